import type { CheckContext, CheckKind } from './types.js';
import { actionItemParams } from './schemas/action-item.js';
import type { LessonsParams } from './schemas/generated.js';
import { readActionItems, type ActionItem } from '../document/action-items.js';
import { dayNumber } from '../document/dates.js';
import { PhraseSet } from '../document/phrase-match.js';
import type { Span } from '../document/action-item-fields.js';
import { trackerRefs, type Tracker } from '../document/trackers.js';
import { vagueShape, type ShapeWords } from './task-shape.js';
import { isEnglishWord, isKnownName } from '../people/index.js';
import { canBeVerb } from '../grammar/lexicon.js';
import { flat } from '../engine/bounded-cache.js';
import { findRule } from '../rules/index.js';
import { exhortsPeople } from './lessons.js';
import { peopleOptions } from './prose.js';
import type { Sentence } from '../document/types.js';
import { actionItemsFootprint } from '../document/action-items-footprint.js';

/**
 * Action items: `problem` picks what a rule checks.
 *   owner    — none, a placeholder, several, a team or a role instead of one named person
 *   deadline — none, or something that is not a date ("ASAP", "next sprint")
 *   overdue  — an open item whose due date has passed ("today" is ctx.now)
 *   vague    — an item that cannot show progress: "look into", "be more careful", "migrate all services"
 *   tracked  — an open item with no reference to the team's tracker (option `trackers`)
 * Done items are left alone: nobody needs nagging about finished work.
 */
export const actionItem: CheckKind<'action-item'> = {
  name: 'action-item',
  footprint: actionItemsFootprint,
  params: actionItemParams,
  run(ctx) {
    const problem = ctx.rule.params.problem;
    for (const item of readActionItems(ctx.doc, [...ctx.config.people, ...ctx.config.teams])) {
      if (item.status === 'done') continue;
      if (problem === 'owner') checkOwner(ctx, item);
      else if (problem === 'deadline') checkDeadline(ctx, item);
      else if (problem === 'overdue') checkOverdue(ctx, item);
      else if (problem === 'vague') checkVague(ctx, item);
      else if (problem === 'tracked') checkTracked(ctx, item);
    }
  },
};

const sets = new WeakMap<object, Record<string, PhraseSet>>();

function phrases(ctx: CheckContext<'action-item'>, key: 'roles' | 'leading' | 'anywhere' | 'tooBig'): PhraseSet {
  let s = sets.get(ctx.rule.params);
  if (!s) sets.set(ctx.rule.params, (s = {}));
  return (s[key] ??= new PhraseSet(ctx.rule.params[key] ?? []));
}

function msg(ctx: CheckContext<'action-item'>, key: string): string {
  return ctx.rule.params.messages[key] ?? ctx.rule.message;
}

// By rule options, config and the owner as written: a keystroke reads every item of a long postmortem again.
const kinds = new WeakMap<object, WeakMap<object, Map<string, 'team' | 'role' | null>>>();

/** What kind of owner a name is: a team, a role, or (null) a person. */
function ownerKind(ctx: CheckContext<'action-item'>, owner: Span): 'team' | 'role' | null {
  let byConfig = kinds.get(ctx.rule.params);
  if (!byConfig) kinds.set(ctx.rule.params, (byConfig = new WeakMap()));
  let byOwner = byConfig.get(ctx.config);
  if (!byOwner) byConfig.set(ctx.config, (byOwner = new Map()));
  let kind = byOwner.get(owner.text);
  if (kind === undefined) {
    // Owners are names: a few hundred distinct ones at most, unless something generates them.
    if (byOwner.size > 10_000) byOwner.clear();
    byOwner.set(flat(owner.text), (kind = ownerKindOf(ctx, owner)));
  }
  return kind;
}

function ownerKindOf(ctx: CheckContext<'action-item'>, owner: Span): 'team' | 'role' | null {
  const text = owner.text
    .replace(/^@/, '')
    .replace(/[*_`]/g, '')
    .replace(/^(?:the|our|a|an)\s+/i, '')
    .trim();
  const lower = text.toLowerCase();
  // A name on the roster (`people`) is a person, whatever it looks like ("@sam-ops").
  if (ctx.config.people.some((p) => p.replace(/^@/, '').toLowerCase() === lower)) return null;
  const configured = ctx.config.teams.map((t) => t.replace(/^@/, '').toLowerCase());
  if (configured.includes(lower)) return 'team';
  // A role in the plural ("Leads", "tech leads") is several people in that role: a role all the same.
  for (const form of lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower]) {
    const role = phrases(ctx, 'roles').find(form);
    // At the start ("On-call") or as the head at the end ("Messaging on-call").
    if (
      role.some((r) => r.start === 0 || form.slice(r.end).replace(/[\s.]+/g, '') === '') &&
      role.some((r) => form.slice(r.end).replace(/[\s.]+/g, '') === '')
    )
      return 'role';
  }
  if (/\b(?:team|squad|crew|guild|group|department|dept|org|organi[sz]ation|committee|folks|people)s?$/i.test(text))
    return 'team';
  if (
    owner.text.startsWith('@') &&
    /[-_](?:team|squad|sre|ops|eng|engineering|devs|oncall|on-call|admins|group)$/i.test(text)
  )
    return 'team';
  // A handle whose last part is a post or a unit: "@oncall-leads", "@tl-office", "@bidding-infra".
  if (owner.text.startsWith('@') && /[-_]/.test(text)) {
    const last = lower.split(/[-_]/).pop()!;
    if (ROLE_HEADS.test(last)) return 'role';
    if (UNIT_HEADS.test(last)) return 'team';
  }
  const teams = (ctx.rule.params.teams ?? []).map((t) => t.toLowerCase());
  if (teams.includes(lower)) return 'team';
  return headKind(text);
}

// The head noun of an owner written as a common noun phrase says what it names: a post ("Security desk
// supervisor", "Nursing informatics lead") or a function of the organisation ("Command center", "Integration",
// "Security Systems Engineering"). A personal name is no such phrase: "Keisha Grant", "Ben Manning".
const ROLE_HEADS =
  /^(?:supervisor|lead|leader|manager|director|coordinator|officer|administrator|analyst|specialist|nurse|technician|chief|head|champion|liaison|owner|steward|architect|rep|representative|producer|editor|engineer|developer|operator|controller|planner|dispatcher|agent|principal|trustee)s?$/;
// Heads that name a part of the organisation or what it runs ("Support ops", "Device Cloud", "Customer success").
const UNIT_HEADS =
  /^(?:center|centre|desk|office|unit|lab|labs|services|operations|ops|systems|helpdesk|pharmacy|board|council|function|vendor|platform|cloud|success|support|care|backend|frontend|core|it|infra|infrastructure|trustees|principals)$/;
// Nouns of an activity or a field: integration, engineering, informatics, security, radiology, infrastructure,
// compliance, finance.
const FIELD = /(?:tion|sion|ing|ics|ment|ity|ogy|ure|ance|ence)$/;

function headKind(text: string): 'team' | 'role' | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4 || !words.every((w) => /^[A-Za-z][A-Za-z&-]*$/.test(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (isKnownName(lower[0])) return null;
  // Every word a common word or an acronym ("ED informatics", "EHR integration"): no name among them.
  const common = (w: string, i: number) =>
    /^[A-Z]{2,5}$/.test(words[i]) || isEnglishWord(w) || UNIT_HEADS.test(w) || (FIELD.test(w) && w.length >= 6);
  if (!lower.every(common)) return null;
  const head = lower[lower.length - 1];
  if (ROLE_HEADS.test(head)) return 'role';
  if (UNIT_HEADS.test(head) || (FIELD.test(head.replace(/s$/, '')) && head.length >= 6)) return 'team';
  return null;
}

function checkOwner(ctx: CheckContext<'action-item'>, item: ActionItem): void {
  const at = { start: item.start, end: Math.min(item.end, item.start + 80) };
  if (item.ownerPlaceholder) {
    ctx.report({
      start: item.ownerPlaceholder.start,
      end: item.ownerPlaceholder.end,
      message: msg(ctx, 'placeholder'),
    });
    return;
  }
  if (!item.owners.length) {
    ctx.report({ ...at, message: msg(ctx, 'missing') });
    return;
  }
  if (item.owners.length > 1) {
    const first = item.owners[0];
    const last = item.owners[item.owners.length - 1];
    ctx.report({
      start: first.start,
      end: last.end,
      message: msg(ctx, 'several'),
      data: { owners: item.owners.map((o) => o.text).join(', ') },
    });
    return;
  }
  const owner = item.owners[0];
  const kind = ownerKind(ctx, owner);
  // A group's label names the team for each item under it: each item is the finding, not the label.
  if (!kind) return;
  if (item.ownerFromLabel)
    ctx.report({ start: at.start, end: at.end, message: msg(ctx, kind), data: { actual: owner.text } });
  else ctx.report({ start: owner.start, end: owner.end, message: msg(ctx, kind) });
}

function checkDeadline(ctx: CheckContext<'action-item'>, item: ActionItem): void {
  if (item.due) return;
  if (item.vagueDue) {
    ctx.report({ start: item.vagueDue.start, end: item.vagueDue.end, message: msg(ctx, 'notDate') });
    return;
  }
  ctx.report({ start: item.start, end: Math.min(item.end, item.start + 80), message: msg(ctx, 'missing') });
}

function checkOverdue(ctx: CheckContext<'action-item'>, item: ActionItem): void {
  if (!item.due) return;
  const today = Math.floor(ctx.now.getTime() / 86400000);
  const days = today - dayNumber(item.due.date);
  if (days <= 0) return;
  // A sub-heading's period is shared by its items: each overdue item is the finding, not the heading.
  const at = item.dueFromHeading ? { start: item.start, end: Math.min(item.end, item.start + 80) } : item.due;
  ctx.report({
    start: at.start,
    end: at.end,
    data: { days: days === 1 ? '1 day' : `${days} days`, due: item.due.text },
  });
}

/** The item's own words: owner, due date, tickets and parentheticals blanked, so they are not read as the task. */
function taskText(item: ActionItem): string {
  let text = item.text;
  const blank = (s: number, e: number) => {
    const a = Math.max(0, s - item.start);
    const b = Math.min(text.length, e - item.start);
    if (b > a) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  };
  for (const o of item.owners) blank(o.start, o.end);
  if (item.due) blank(item.due.start, item.due.end);
  if (item.vagueDue) blank(item.vagueDue.start, item.vagueDue.end);
  for (const t of item.tickets) blank(t.start, t.end);
  return (
    text
      .replace(/\([^()]*\)|\[[^\][]*\]/g, (m) => ' '.repeat(m.length))
      // The fields after the task ("… pipeline. Owner: …, due …") are no part of it.
      .replace(
        /(?:^|[.;,]\s*|\s[-–—|·]\s*)\b(?:owners?|assignee|assigned to|due|eta|deadline|status|target)\s*[:=][\s\S]*$/i,
        (m) => ' '.repeat(m.length),
      )
  );
}

// What opens an item before its verb: markers, template braces, an `Action:` label, the blanked owner of
// "Ana to …", a slot where the owner is still to come ("??? add …"), and a subject with a modal ("We need to …").
const LEAD =
  /^[\s*_`~>#{:-]*(?:(?:action(?: item| point)?|todo|ai)\s*\d*\s*[:.)-]\s*)?[\s*_]*(?:\?{2,}\s+)?(?:(?:and|&|,)\s*)*(?:(?:we|i|they|you)\s+(?:need to|needs to|have to|should|must|want to|plan to|are going to|will)\s+|(?:to|will)\s+)?/i;

const SUBJECT =
  /^([\p{Lu}@][\p{L}\d@.'’-]*)(?:\s+(?:[\p{L}][\p{L}\d.'’-]*|&)){0,4}?\s+(?:will|to|shall|must|should|needs? to)\s+/u;

const shapeWords = new WeakMap<object, ShapeWords>();
function wordsOf(ctx: CheckContext<'action-item'>): ShapeWords {
  let w = shapeWords.get(ctx.rule.params);
  if (!w) {
    const set = (key: 'degree' | 'recurring' | 'wholes') =>
      new Set((ctx.rule.params[key] ?? []).map((x) => x.toLowerCase()));
    shapeWords.set(
      ctx.rule.params,
      (w = { degree: set('degree'), recurring: set('recurring'), wholes: set('wholes') }),
    );
  }
  return w;
}

function checkVague(ctx: CheckContext<'action-item'>, item: ActionItem): void {
  const text = taskText(item);
  // What the item says and where its fields are is all the finding reads: replayed while typing elsewhere.
  ctx.cached(item.block, `${item.start - item.block.start}\u0000${item.end - item.block.start}\u0000${text}`, (found) =>
    vagueIn(ctx, item, text, found),
  );
}

function vagueIn(
  ctx: CheckContext<'action-item'>,
  item: ActionItem,
  text: string,
  found: CheckContext['report'],
): void {
  const report = (start: number, end: number, key: string) =>
    found({ start: item.start + start, end: item.start + end, message: msg(ctx, key) });
  const anywhere = phrases(ctx, 'anywhere').find(text)[0];
  if (anywhere) return report(anywhere.start, anywhere.end, 'vague');
  const big = phrases(ctx, 'tooBig').find(text)[0];
  if (big) return report(big.start, big.end, 'tooBig');
  // Leading verbs ("Investigate …", "Ana to look into …") are vague only as the item's first words.
  const skip = LEAD.exec(text)![0].length;
  const first = phrases(ctx, 'leading').find(text.slice(skip))[0];
  if (first && first.start === 0 && !changeAfterColon(ctx, text, skip + first.end))
    return report(skip + first.start, skip + first.end, 'vague');
  const shape = vagueShape(text.slice(skip), wordsOf(ctx));
  if (shape) return report(skip + shape.start, skip + shape.end, shape.key);
  // An item that asks people for a behaviour is a lesson's exhortation in an item's clothes ("Everyone making
  // export changes to take more care", "Shift leads to stay alert"): read it with the lessons' grammar, from
  // the task's verb on, as an imperative.
  const named = SUBJECT.exec(text.slice(skip));
  const exhortation = exhortationIn(
    ctx,
    item,
    skip + (named && !canBeVerb(named[1]!.toLowerCase()) ? named[0].length : 0),
  );
  if (exhortation) return report(exhortation.start - item.start, exhortation.end - item.start, 'vague');
  // A subject the owner reader did not take ("Nursing informatics to remind …", "Someone from X will …"):
  // the task's verb follows "to" / "will". Not an imperative's own "to" ("Write a note to …"), nor a noun
  // phrase's purpose ("Quarterly drills to ensure readiness"): only a vague opening verb counts there.
  const subject = SUBJECT.exec(text.slice(skip));
  if (!subject || canBeVerb(subject[1].toLowerCase())) return;
  const at = skip + subject[0].length;
  const shaped = vagueShape(text.slice(at), wordsOf(ctx));
  if (shaped) return report(at + shaped.start, at + shaped.end, shaped.key);
  const verb = phrases(ctx, 'leading').find(text.slice(at))[0];
  if (verb && verb.start === 0) report(at + verb.start, at + verb.end, 'vague');
}

/**
 * "Look into the alert text: append links to the last deploys": after a colon in the same sentence, an order
 * that is not itself vague says what the look changes. "Look into: why it paged" names no change.
 */
function changeAfterColon(ctx: CheckContext<'action-item'>, text: string, from: number): boolean {
  const m = /^[^.;!?:\n]{0,80}:\s+([a-z][a-z-]*)\b/i.exec(text.slice(from));
  if (!m) return false;
  const verb = m[1]!.toLowerCase();
  if (!canBeVerb(verb) || /s$/.test(verb)) return false;
  const rest = text.slice(from + m[0].length - m[1]!.length);
  const lead = phrases(ctx, 'leading').find(rest)[0];
  return !(lead && lead.start === 0) && !vagueShape(rest, wordsOf(ctx));
}

const conducts = new WeakMap<object, Set<string>>();
/** Words of people's conduct in the lessons' vocabulary: qualities, manners, nouns of conduct, "remember". */
function conduct(params: LessonsParams): Set<string> {
  let set = conducts.get(params);
  if (!set) {
    const list = (k: 'qualities' | 'manners' | 'nouns') => params[k].flatMap((w) => w.toLowerCase().split(/\s+/));
    set = new Set([
      ...list('qualities'),
      ...list('manners'),
      ...list('nouns'),
      'remember',
      'double-check',
      'double',
      'twice',
    ]);
    conducts.set(params, set);
  }
  return set;
}

/** The part of the item's sentence, from `from` (an offset in its text) on, that exhorts people. */
function exhortationIn(
  ctx: CheckContext<'action-item'>,
  item: ActionItem,
  from: number,
): { start: number; end: number } | null {
  const rule = ctx.rule.params.exhortations ? findRule(ctx.rule.params.exhortations) : undefined;
  // The build checks params, not which rule a name points at: a rule of another kind reads as none.
  if (rule?.check !== 'lessons') return null;
  const at = item.start + from;
  // The task ends where its fields begin: the first owner, date or ticket, or a dash before them.
  const task = taskText(item);
  const field = /\s[-–—|]\s|\s{3,}/.exec(task.slice(from));
  let end = item.start + (field ? from + field.index : task.trimEnd().length);
  // What the change is for is not what it asks: "…, so nobody has to remember", "so that on-call need not …".
  const purpose = /,?\s+(?:so(?:\s+that)?|in\s+order\s+(?:to|that))\s+/i.exec(task.slice(from));
  if (purpose) end = Math.min(end, item.start + from + purpose.index);
  for (const s of ctx.doc.sentences(item.block)) {
    if (s.end <= at || s.start >= end) continue;
    const words = s.words.filter((w) => w.start >= at && w.end <= end);
    if (words.length < 2) continue;
    const tokens = s.tokens.filter((t) => t.start >= words[0]!.start && t.end <= words[words.length - 1]!.end);
    const clause: Sentence = {
      start: tokens[0]!.start,
      end: tokens[tokens.length - 1]!.end,
      text: ctx.doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end),
      tokens,
      words,
    };
    // Items are imperatives about things ("verify on origin", "pin all images"): only an exhortation that asks
    // for a quality or conduct of people ("take more care", "stay alert", "remember to ask") is vague here.
    if (!words.some((w) => conduct(rule.params).has(w.text.toLowerCase()))) continue;
    if (exhortsPeople(clause, peopleOptions(ctx.config, ctx.doc), rule.params))
      return { start: clause.start, end: clause.end };
  }
  return null;
}

/** An open item that the tracker does not know about: no ticket key, issue reference, issue link or ticket column. */
function checkTracked(ctx: CheckContext<'action-item'>, item: ActionItem): void {
  const trackers = (ctx.options.trackers ?? []) as Tracker[];
  if (trackerRefs(item.block.text, item.block.start, item.block.cells, trackers).length) return;
  ctx.report({
    start: item.start,
    end: item.end,
    message: msg(ctx, 'untracked'),
    data: { trackers: trackers.map((t) => t.name).join(', ') },
  });
}
