// One action item's text (a list item, a table row with cells, an `Action:` line) -> owner, due date,
// status and ticket references. Pure: no config. Whether an owner is a team or a role is for the check.
import { findDueDate, type DateOrder, type DueDate } from './dates.js';
import { isEnglishWord, isKnownName } from '../people/index.js';
import { reportsDoneWork } from './item-tense.js';
import { isStatusWord, readStatusWord, writtenStatus } from './item-status.js';
import { BoundedCache, bytes, flat, MB, own } from '../engine/bounded-cache.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

interface ActionItemInput {
  text: string;
  /** Source offset of `text[0]`: all returned offsets are source offsets. */
  start: number;
  /** Table cells (with their header), when the item is a table row. */
  cells?: Array<{ header: string; text: string; start: number; end: number }>;
  /** Task checkbox: true = [x], false = [ ], null/undefined = none. */
  checked?: boolean | null;
  /** Names and teams from config (`people`, `teams`): always read as owners when they open an item. */
  known?: readonly string[];
  /** How the document orders day and month in numeric dates (`dateOrderOf`). */
  dateOrder?: DateOrder;
}

export interface ParsedActionItem {
  /** Each person, team or role named as owner (several = shared ownership). */
  owners: Span[];
  /** The owner field as written when it names nobody ("TBD", "?"). */
  ownerPlaceholder: Span | null;
  due: DueDate | null;
  /** A deadline written as something other than a date ("ASAP", "next sprint", "Friday"). */
  vagueDue: Span | null;
  status: 'open' | 'done' | null;
  tickets: Span[];
}

// In a RACI table the owner is the Responsible column ("R"); Accountable, Consulted and Informed are not owners.
const OWNER_HEADER =
  /^(?:owners?|assignee|assigned(?: to)?|who|dri|responsible|lead|r|responsible \(r\)|pic|person in charge|responsable|responsável|verantwortlich|zuständig|ansvarlig|ansvarig|eigenaar|vastuuhenkilö|omistaja)$/i;
const DUE_HEADER = /^(?:due|due date|deadline|target|target date|eta|date|when|by)$/i;
const STATUS_HEADER = /^(?:status|state|done\??)$/i;
// "owner: X", "Owner - X" (a field on a line of its own under the item), "assigned to X".
const OWNER_LABEL =
  /\b(?:owners?|assignee|assigned to|owned by|dri|responsible|pic|person in charge|responsable|responsável|verantwortlich|ansvarlig|ansvarig|eigenaar)\s*(?:[:=]|[-–—](?=\s))\s*|\b(?:owners?|assigned to|owned by|dri)\s+(?=@|[A-Z])/gi;
const OWNER_VALUE_END =
  /\s*(?:[;|)\]\n·]|(?<![\s.][A-Z])\.(?:\s|$)|,\s*(?:due|by|eta|status|deadline|target)\b|\s[-–—]\s|\s(?:due|by|eta|deadline|status)\b|$)/i;
const DUE_LABEL =
  /\b(?:due(?: date| by| on)?|deadline|target(?: date)?|eta|by|before|no later than)\s*(?:[:=]|[-–—](?=\s))?\s*/gi;
// A date after these words is part of the task, not its deadline: "freeze deploys until 2027-01-05",
// "replay the events since 2026-03-01", "add a test for the 2026-03-01 outage".
const NOT_A_DEADLINE = /\b(?:until|till|til|through|since|from|after|during|between|following|of|the|in the)\s*$/i;

/** The first date in a text that can be its deadline. */
function deadlineIn(text: string, order: DateOrder): DueDate | null {
  for (let at = 0; at < text.length; ) {
    const found = findDueDate(text.slice(at), undefined, order);
    if (!found) return null;
    const before = text.slice(0, at + found.start);
    // "— until 30/09/2026" as a field of its own after the task is the deadline; inside the task it is not.
    if (!NOT_A_DEADLINE.test(before) || /\s[-–—|]\s*(?:until|till)\s*$/i.test(before))
      return { ...found, start: at + found.start, end: at + found.end };
    at += found.end;
  }
  return null;
}
// … also spelt out: "to be confirmed", "to be agreed", "not yet assigned".
const PLACEHOLDER =
  /^(?:tbd|tba|tbc|none|nobody|n\/a|unassigned|unknown|\?+|-+|—|to be [a-z]+(?:ed|en)|not (?:yet )?(?:assigned|known|decided|agreed))$/i;
const VAGUE_DUE =
  /^(?:asap|a\.s\.a\.p\.?|soon|soonish|tbd|tba|tbc|later|someday|eventually|when possible|next (?:sprint|week|month|quarter|release|year)|this (?:sprint|week|month|quarter|release)|end of (?:the )?(?:week|sprint|month|quarter)|eo[dwmq]|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|q[1-4]|h[12]|tomorrow|today|immediately|n\/a|ongoing)\b/i;
const TICKET =
  /(?<![\w/#-])(?:[A-Z][A-Z0-9]{1,9}-\d+|#\d+|GH-\d+)(?![\w-])|https?:\/\/\S+?\/(?:issues|pull|merge_requests|browse|tickets?)\/[\w-]+/g;
const TRACKER_LABEL =
  /\b(?:ticket|tracking|tracked in|reference|ref|jira|change|issue|problem|incident)\s*(?:no\.?|number|#)?\s*[:#]\s*([A-Za-z]{0,10}[-_]?\d{3,}[\w-]*)\b/i;
const HANDLE = /(?<![\w.@])@[A-Za-z0-9][\w.-]*[A-Za-z0-9_]|(?<![\w.@])@[A-Za-z0-9]/g;
// "Ana to add ...", "Platform team will migrate ...": the subject before "to"/"will" is the owner.
const NAME = `(?:@[\\w.-]+|[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}(?:\\s+team)?)`;
const SUBJECT = new RegExp(
  `^(${NAME}(?:\\s*(?:,|&|/|\\band\\b)\\s*${NAME})*)\\s+(?:to|will|shall|is to|owns)\\s+\\p{Ll}`,
  'u',
);
// Imperatives and pronouns that open an item without naming anyone ("Move to the new cluster").
const NOT_A_SUBJECT =
  /^(?:we|i|you|they|it|this|that|these|those|someone|somebody|add|move|switch|write|migrate|upgrade|change|send|post|reply|talk|return|go|roll|set|reach|escalate|link|point|limit|commit|subscribe|pin|stick|get|push|copy|port|downgrade|revert|fall|listen|respond|default|redirect|apply|attach|connect|convert|map|restrict|scale|expand|agree|needs?|plan|want|try|continue|begin|start|make|ensure|update|create|document|implement|investigate|review|consider|improve|automate|fix|remove|enable|disable|run|test|verify|check|monitor|define|setup|set up|build|deploy|introduce|configure|use|adopt|rotate|audit|train)$/i;

// Teams and roles are owners too (the check judges them); other capitalised English words open an
// imperative ("Publish to the status page …"), not a name.
const GROUP_SUBJECT =
  /^(?:on-?call|everyone|everybody|all|engineering|incident|tech|team|security|platform|infra(?:structure)?|product|support|ops|devops|sre|qa|data|network|release)\b|\b(?:team|squad|crew|guild|group|department|manager|lead|commander|owner|engineer)s?$/i;

function looksLikeOwner(subject: string, known: readonly string[]): boolean {
  if (known.some((k) => k.replace(/^@/, '').toLowerCase() === subject.replace(/^@/, '').toLowerCase())) return true;
  const first = subject.split(/[\s,&/]+/)[0];
  if (first.startsWith('@') || /^[A-Z]{2,6}$/.test(first) || GROUP_SUBJECT.test(subject)) return true;
  const lower = first.toLowerCase();
  return !isEnglishWord(lower) || isKnownName(lower);
}

/**
 * Markdown links read as their text, offsets kept: "[Ana Souza](https://github.com/ana)" is one owner, not
 * three pieces split at the URL's slashes. Emphasis around a header ("**Owner**") is not part of it.
 */
const maskLinks = (s: string) =>
  s.replace(/\[([^\][]*)\]\([^()\s]*\)/g, (m, label: string) => ` ${label}${' '.repeat(m.length - label.length - 1)}`);
const header = (h: string) => h.replace(/[*_`]/g, '').replace(/:\s*$/, '').trim();

function span(text: string, start: number, base: number): Span {
  return { text, start: base + start, end: base + start + text.length };
}

function splitOwners(value: string, at: number): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number) => {
    const raw = value.slice(from, to);
    const text = raw.trim().replace(/[*_`.]+$/, '');
    if (text) out.push(span(text, from + raw.indexOf(text), at));
  };
  let last = 0;
  for (const m of value.matchAll(/\s*(?:,|&|\/|;|\band\b|\bor\b)\s*/g)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, value.length);
  // "Priyanka Rao, Head of Engineering": a title after a name says who she is, not a second owner.
  return out.filter(
    (o, i) =>
      i === 0 ||
      !(
        ROLE_TITLE.test(o.text) &&
        value
          .slice(0, o.start - at)
          .trimEnd()
          .endsWith(',')
      ),
  );
}

const ROLE_TITLE =
  /^(?:(?:head|director|vp|vice president|manager|lead|chief [\p{L}]+ officer)\s+of\s+\p{Lu}.*|c[etofi]o|ciso)$/iu;

function readOwners(text: string, base: number, r: ParsedActionItem, known: readonly string[]): void {
  OWNER_LABEL.lastIndex = 0;
  const label = OWNER_LABEL.exec(text);
  if (label) {
    const from = label.index + label[0].length;
    const rest = text.slice(from);
    const value = rest.slice(0, OWNER_VALUE_END.exec(rest)!.index).replace(/[*_`]+$/, '');
    if (PLACEHOLDER.test(value.trim()) || !value.trim()) {
      r.ownerPlaceholder = span(
        value.trim() || label[0].trim(),
        value.trim() ? from + value.indexOf(value.trim()) : label.index,
        base,
      );
    } else r.owners.push(...splitOwners(value, base + from));
    return;
  }
  // "Ana Souza: add the canary", "**@kim**: …": a name and a colon before the task.
  // … also after a status word and a dash: "OPEN — Dana Whitfield: add the alert".
  const unstatused = text.replace(/^[\s*_]*([\p{L}' ]{2,15}?)\s*[-–—]\s+/u, (m, word: string) =>
    isStatusWord(word) ? ' '.repeat(m.length) : m,
  );
  const named =
    /^[\s*_]*(@[\w.-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}(?:\s+team)?)[*_]*\s*:\s+(?=\S)/u.exec(
      unstatused,
    );
  if (
    named &&
    !PLACEHOLDER.test(named[1]) &&
    !isStatusWord(named[1]) &&
    looksLikeOwner(named[1], known) &&
    !NOT_A_SUBJECT.test(named[1])
  ) {
    r.owners.push(span(named[1], named.index + named[0].indexOf(named[1]), base));
    return;
  }
  // "TODO(jo): add the alert": the owner in a TODO's brackets, as code comments write it.
  const todo = /^[\s*_]*(?:todo|fixme)\(\s*(@?[\p{L}][\p{L}\d._-]*)\s*\)/iu.exec(text);
  if (todo) {
    r.owners.push(span(todo[1]!, todo.index + todo[0].indexOf(todo[1]!, 5), base));
    return;
  }
  // "[kim] add the canary", "[@kim?] …": a bracketed name before the task, as meeting notes write it.
  const bracket = /^[\s*_]*\[(@?[\p{L}][\p{L}\d._-]*\??)\](?![([:])\s+/u.exec(text);
  if (bracket && !PLACEHOLDER.test(bracket[1]) && !isStatusWord(bracket[1])) {
    r.owners.push(span(bracket[1].replace(/\?$/, ''), bracket.index + bracket[0].indexOf(bracket[1]), base));
    return;
  }
  const subject = SUBJECT.exec(text.replace(/^[*_\s]+/, (m) => ' '.repeat(m.length)).trimStart());
  const lead = text.length - text.replace(/^[*_\s]+/, '').length;
  if (subject && !NOT_A_SUBJECT.test(subject[1].split(/\s/)[0]) && looksLikeOwner(subject[1], known)) {
    r.owners.push(...splitOwners(subject[1], base + lead));
    return;
  }
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) r.owners.push(span(m[0], m.index, base));
  if (r.owners.length) return;
  if (readDashField(text, base, r, known)) return;
  // A trailing "— Ana Souza" or "(Ana Souza)" names the owner.
  // A name between dashes before a date or a status is one too: "Add X — Ana Souza — 2027-02-01".
  const suffix =
    /(?:\s[-–—]\s*|\(\s*)([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}(?:\s+team)?)\s*(?:(?:[,;]|\s[-–—])\s*[^,;()]{1,40})?\s*\)?\s*\.?$/u.exec(
      text,
    );
  const between = suffix && /^\s[-–—]/.test(suffix[0].slice(suffix[0].indexOf(suffix[1]) + suffix[1].length));
  if (
    suffix &&
    !PLACEHOLDER.test(suffix[1]) &&
    !VAGUE_DUE.test(suffix[1]) &&
    !isStatusWord(suffix[1]) &&
    (!between || looksLikeOwner(suffix[1], known))
  ) {
    r.owners.push(span(suffix[1], suffix.index + suffix[0].indexOf(suffix[1]), base));
    return;
  }
  readOwnerField(text, base, r, known);
}

// One person as written in an item's field: "Ana Souza", "Dmitri K.", "J. Rivera", "Lucía", "@kim".
const PERSON = String.raw`(?:@[\w.-]+|(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.)){0,3})`;
const PEOPLE = String.raw`${PERSON}(?:\s*(?:,|&|\/|\band\b|\bor\b)\s*${PERSON})*`;
const PEOPLE_FIELD = new RegExp(String.raw`^(${PEOPLE})[.\s]*$`, 'u');
// The item's last sentence is only who and when: "Move X behind the ingress. Lucía, by 2026-12-20."
const WHO_WHEN = new RegExp(String.raw`(?:^|[.!?;]\s+)(${PEOPLE})\s*,\s*(?:by\s+|due\s+)?([^,;]{1,30}?)[.\s]*$`, 'u');

/**
 * Owners in a field of their own: between dashes after the task ("Add X — Tom Becker, Lucía Ferrer —
 * 2027-02-01", "— Dmitri K. —", "— Farah or Bruno —"), first in a record of dashes ("Ana Souza — add X —
 * 2027-02-01"), or as the item's last sentence with its date. Every
 * name of the field must read as a person (not a status, a placeholder or a date word), or it is a remark.
 */
function readDashField(text: string, base: number, r: ParsedActionItem, known: readonly string[]): boolean {
  const fields: Array<[string, number]> = [];
  const seps = [...text.matchAll(/\s[-–—]\s+/g)];
  seps.forEach((m, k) =>
    fields.push([text.slice(m.index + m[0].length, seps[k + 1]?.index ?? text.length), m.index + m[0].length]),
  );
  // The owner may head the record instead: "Mostafa Adel — configure the eviction policy — 2026-11-20".
  if (seps.length) {
    const lead = /^[\s*_]*/.exec(text)![0].length;
    fields.push([text.slice(lead, seps[0].index), lead]);
  }
  const who = WHO_WHEN.exec(text);
  if (who && (findDueDate(who[2])?.start === 0 || VAGUE_DUE.test(who[2])))
    fields.push([who[1], who.index + who[0].indexOf(who[1])]);
  for (const [field, at] of fields) {
    const m = PEOPLE_FIELD.exec(field.replace(/\s+$/, ''));
    if (!m) continue;
    const names = splitOwners(m[1], base + at);
    const person = (n: Span) =>
      !PLACEHOLDER.test(n.text) &&
      !VAGUE_DUE.test(n.text) &&
      !isStatusWord(n.text) &&
      !findDueDate(n.text) &&
      looksLikeOwner(n.text, known);
    if (!names.length || !names.every(person)) continue;
    r.owners.push(...names);
    return true;
  }
  return false;
}

// A field of the item set off by brackets, pipes or dashes that holds only names: "[Ana Souza] [2027-02-01]",
// "| Ana Souza | 2027-02-01", "(Ana Souza & Ben Ode, 2027-02-01)". The task itself is the first field.
const FIELD =
  /(?:\s[-–—|]\s+|[([]\s*|,\s+)((?:@[\w.-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}(?:\s+team)?)(?:\s*(?:&|\band\b|\/)\s*(?:@[\w.-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}))*)\s*(?=[)\]|,;]|\s[-–—]\s|$)/gu;

/**
 * Stricter than a subject: a field in brackets is often a remark ("(Longer-term)", "[PR]", "(Frankfurt)"), so
 * only a handle, a configured name, a team, or words that are each a known first name or no English word.
 */
function isNameField(text: string, known: readonly string[]): boolean {
  if (
    text.startsWith('@') ||
    known.some((k) => k.replace(/^@/, '').toLowerCase() === text.replace(/^@/, '').toLowerCase())
  )
    return true;
  if (/\steam$/i.test(text)) return true;
  return text.split(/\s+/).every(
    (w) =>
      /^[\p{Lu}][\p{Ll}'’]/u.test(w) &&
      w.split('-').every((part) => {
        const lower = part.toLowerCase();
        return isKnownName(lower) || !isEnglishWord(lower);
      }),
  );
}

function readOwnerField(text: string, base: number, r: ParsedActionItem, known: readonly string[]): void {
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    const names = splitOwners(m[1], base + m.index + m[0].indexOf(m[1]));
    if (
      !names.every(
        (n) =>
          !PLACEHOLDER.test(n.text) && !VAGUE_DUE.test(n.text) && !isStatusWord(n.text) && isNameField(n.text, known),
      )
    )
      continue;
    r.owners.push(...names);
    return;
  }
}

function readDue(text: string, base: number, r: ParsedActionItem, labelledOnly: boolean, order: DateOrder): void {
  DUE_LABEL.lastIndex = 0;
  for (let m = DUE_LABEL.exec(text); m; m = DUE_LABEL.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const found = findDueDate(rest.slice(0, 40), undefined, order);
    if (found && found.start === 0) {
      r.due = { ...found, start: base + from + found.start, end: base + from + found.end };
      return;
    }
    const vague = VAGUE_DUE.exec(rest);
    const strong = !/^by|before$/i.test(m[0].trim().replace(/\s*[:=]$/, ''));
    if (vague) {
      r.vagueDue ??= span(vague[0], from, base);
    } else if (strong && /[:=–—-]/.test(m[0]) && !r.vagueDue) {
      const value = /^[^;,)\]|]*/.exec(rest)![0].trim();
      if (value) r.vagueDue = span(value, from, base);
    }
  }
  if (labelledOnly) return;
  const found = deadlineIn(text, order);
  if (found) {
    r.due = { ...found, start: base + found.start, end: base + found.end };
    return;
  }
  const loose =
    /(?<![\w-])(?:asap|a\.s\.a\.p\.?|next sprint|this sprint|end of (?:the )?(?:week|sprint|month))(?![\w-])/i.exec(
      text,
    );
  if (loose) r.vagueDue ??= span(loose[0], loose.index, base);
}

/**
 * What an item says, read once per distinct item: the same text, cells, box, roster and date order give the
 * same fields at offsets relative to the item's start. While someone types elsewhere in a long postmortem,
 * every item is read from here (at its new offset), not parsed again. Each call gets its own copy (callers
 * amend the fields).
 */
export function parseActionItem(input: ActionItemInput): ParsedActionItem {
  const at = input.start;
  const cells =
    input.cells?.map((c) => `${c.header}\u0001${c.text}\u0001${c.start - at}\u0001${c.end - at}`).join('\u0002') ?? '';
  const key = `${input.text}\u0000${cells}\u0000${input.checked}\u0000${input.dateOrder ?? ''}\u0000${(input.known ?? []).join('\u0001')}`;
  let stored = parsedItems.get(key);
  if (stored === undefined) parsedItems.set(flat(key), (stored = own(shifted(readItem(input), -at))));
  return shifted(stored, at);
}

const parsedItems = new BoundedCache<string, ParsedActionItem>(4 * MB, (k) => bytes(k, 512));

function shifted(r: ParsedActionItem, by: number): ParsedActionItem {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    owners: r.owners.map(move),
    ownerPlaceholder: r.ownerPlaceholder && move(r.ownerPlaceholder),
    due: r.due && { ...move(r.due), date: { ...r.due.date } },
    vagueDue: r.vagueDue && move(r.vagueDue),
    status: r.status,
    tickets: r.tickets.map(move),
  };
}

function readItem(input: ActionItemInput): ParsedActionItem {
  const r: ParsedActionItem = {
    owners: [],
    ownerPlaceholder: null,
    due: null,
    vagueDue: null,
    status: null,
    tickets: [],
  };
  const cells = input.cells ?? [];
  const ownerCell = cells.find((c) => OWNER_HEADER.test(header(c.header)));
  const dueCell = cells.find((c) => DUE_HEADER.test(header(c.header)));
  const statusCell = cells.find((c) => STATUS_HEADER.test(header(c.header)));
  const prose = cells.length
    ? cells.filter((c) => c !== ownerCell && c !== dueCell && c !== statusCell)
    : [{ text: input.text, start: input.start }];

  if (ownerCell) {
    const cell = maskLinks(ownerCell.text);
    const value = cell.trim();
    if (!value || PLACEHOLDER.test(value))
      r.ownerPlaceholder = value ? span(value, cell.indexOf(value), ownerCell.start) : null;
    else r.owners.push(...splitOwners(cell, ownerCell.start));
  } else
    for (const p of prose)
      if (!r.owners.length && !r.ownerPlaceholder) readOwners(maskLinks(p.text), p.start, r, input.known ?? []);

  if (dueCell) {
    const value = dueCell.text.trim();
    const found = findDueDate(dueCell.text, undefined, input.dateOrder);
    if (found) r.due = { ...found, start: dueCell.start + found.start, end: dueCell.start + found.end };
    else if ((value && !PLACEHOLDER.test(value.replace(/^-+$/, '-'))) || VAGUE_DUE.test(value))
      r.vagueDue = span(value, dueCell.text.indexOf(value), dueCell.start);
  }
  for (const p of prose) if (!r.due) readDue(p.text, p.start, r, Boolean(dueCell), input.dateOrder ?? 'month-first');
  if (r.due) r.vagueDue = null;

  if (input.checked === true || input.checked === false) r.status = input.checked ? 'done' : 'open';
  if (statusCell) r.status = readStatusWord(statusCell.text) ?? r.status;
  for (const p of prose) {
    // Up to a separator, the end of emphasis ("**Status: Done**") or a time ("Status: Completed 05:52"); the
    // value may be set apart by emphasis of its own ("Status: **Closed** 20/06/2025").
    const label = /\bstatus\s*[:=]\s*[*_]*\s*([\w/.'’-][\w /.'’-]*?)(?=\s*[;,()\]|*_]|\s+\d|$)/i.exec(p.text);
    if (label && !statusCell) r.status = readStatusWord(label[1]) ?? r.status;
    // A written "(done)", "— won't do", a tick or a strike-through wins over an unticked box nobody updated.
    const written = statusCell || label ? null : writtenStatus(p.text);
    if (written === 'done' || (written === 'open' && !r.status)) r.status = written;
    if (!r.status && reportsDoneWork(p.text)) r.status = 'done';
    TICKET.lastIndex = 0;
    for (let m = TICKET.exec(p.text); m; m = TICKET.exec(p.text)) r.tickets.push(span(m[0], m.index, p.start));
    // A reference under a tracker label, in whatever form the tracker numbers them: "Reference: CHG0034519".
    if (!r.tickets.length) {
      const labelled = TRACKER_LABEL.exec(p.text);
      if (labelled)
        r.tickets.push(span(labelled[1]!, labelled.index + labelled[0].length - labelled[1]!.length, p.start));
    }
  }
  return r;
}
