// The action items of a document: list items and table rows of its action regions (the Action items
// section and its sub-sections, a bold "Review actions" label), and `Action:` lines. Each is parsed for
// owner, due date, status and tickets.
import type { Block, PostmortemDocument, TableCell } from './types.js';
import { parseActionItem, type ParsedActionItem } from './action-item-fields.js';
import { dateOrderOf, findDueDate, type DateOrder, type DueDate } from './dates.js';
import { ACTION_LINE, actionRegions, boldLabel, inActionSection } from './action-regions.js';
import { boldLabel as openingLabel } from './sections.js';
import { perDocument } from '../engine/block-cache.js';
import { readRegionAcrossLints } from './action-items-cache.js';
import { canBeVerb } from '../grammar/lexicon.js';
import { isEnglishWord, isKnownName } from '../people/index.js';
import type { Span } from './action-item-fields.js';

export interface ActionItem extends ParsedActionItem {
  block: Block;
  /** Source offsets and text of what is to be done (for a table row: the action cell). */
  start: number;
  end: number;
  text: string;
  /** The due date came from a sub-heading ("Long-term (Q4 2025 - Q1 2026)") or a group label, not from the item. */
  dueFromHeading?: boolean;
  /** The owner came from the label of the item's group ("- **Routing team**:"), not from the item. */
  ownerFromLabel?: boolean;
}

const ACTION_HEADER = /^(?:action(?: item)?s?|item|task|what|description|follow[- ]?ups?|remediation|todo|to do)$/i;
// Sub-headings such as "Immediate actions (completed)" or "Done" mark their items as done.
// Not what is still to come: "to be completed by …", "will be closed", "not yet done".
// Dropped work is closed too, when that is all the heading says: "🚫 Won't do", "Cancelled" (not "Cancelled orders").
const DONE_HEADING =
  /(?<!\b(?:to|will|must|should|shall|not|yet|needs? to)\s+(?:be\s+)?)\b(?:completed|done|finished|closed|already (?:done|taken))\b|^[^\p{L}]*(?:won[’']?t do|will not do|wontfix|not doing|cancell?ed)[^\p{L}]*$/iu;
// Items that report what was already done: "Reverted the change…", "Sent communications…". Only trusted
// where the context says so (an "immediate"/"mitigation" heading, or done siblings), since "Improved
// runbooks" in a plan is a noun phrase, not a report.
const PAST_TENSE =
  /^[\s*_]*(?:(?!\w*eed\b)[A-Z][a-z]+ed|Sent|Built|Wrote|Made|Ran|Took|Put|Shut|Cut|Began|Gave|Held|Kept|Led|Paid|Told|Spun)\b/;
const REPORT_HEADING = /\b(?:immediate|mitigation|taken|during the incident)\b/i;

// A template's slot for an item: only a placeholder in `${…}`, angle brackets or brackets. Mustache braces
// also wrap filled-in items ("{{ Enable logging on all hubs }}"), so only a word or two in them is a slot.
const TEMPLATE_SLOT =
  /^\s*(?:\[[ xX]?\]\s*)?(?:\$\{[^{}]*\}|\{\{\s*[\w-]+(?:\s+[\w-]+)?\s*\}\}|<[^<>]*>|\[[^\][]*\](?!\()|\.{3}|…)\s*$/;

// A table that contrasts wording ("Poorly Worded | Better", "Bad | Good", "Before | After") shows examples of
// items, not items: every header is such a word.
const EXAMPLE_HEADER =
  /^(?:(?:too|not|less|more|very)\s+)?(?:bad|good|poor|poorly[- ]worded|better|worse|best|before|after|instead of|avoid|prefer|incorrect|correct|wrong|right|vague|specific|weak|strong|don['’]?t|do)(?:\s+(?:example|version|wording|action items?|items?))?$/i;
// A bold term defined in terms of action items in general ("**Bounded:** Word each action item to indicate …")
// is advice about writing items, not one.
const DEFINITION = /^[\s*_]*(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)|^[\s*_]*(?:\*\*|__)[^*_\n]{1,30}:/;
const ITEMS_IN_GENERAL = /\b(?:each|every|an|any|your|all)\s+action[- ]items?\b/i;

/** The source text between the start of the item's line and its text: `- [ ] `, `1. `. */
function marker(doc: PostmortemDocument, block: Block): string {
  return doc.text.slice(doc.text.lastIndexOf('\n', block.start - 1) + 1, block.start);
}
const ordered = (m: string) => /\d+[.)]/.test(m);

/** The due date a sub-heading gives its items ("Long-term (Q4 2025 - Q1 2026)"): the end of the range. */
function headingDue(heading: string, order: DateOrder) {
  let last = null;
  for (
    let rest = heading, at = 0, d = findDueDate(rest, undefined, order);
    d;
    d = findDueDate(rest, undefined, order)
  ) {
    last = { ...d, start: d.start + at, end: d.end + at };
    at += d.end;
    rest = rest.slice(d.end);
  }
  return last;
}

// A paragraph that commits to future work: a modal or future of the item's doer ("the team will
// investigate …", "Back-up systems should be implemented", "we need to …", "Chia is going to rebuild …").
const PLAN = /\b(?:will|shall|should|must|need(?:s)? to|going to|plan(?:s)? to|we'll|aim(?:s|ing)? to)\b/i;
const m0 = (block: Block) => ACTION_LINE.test(block.text);
/**
 * The headline form of an item: a doer, "to" and a base verb ("Risk & Controls to review …", "7.3 Platform
 * team to add …"), after an outline number if the section numbers its paragraphs.
 */
const OUTLINE_NUMBER = /^\s*\d+(?:\.\d+)+\.?\s+/;
function headlineItem(text: string): boolean {
  const m = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?([^\s.,;:!?][^.,;:!?]{0,40}?)\s+to\s+([a-z]+)\b/.exec(text);
  if (
    !m ||
    !canBeVerb(m[2]!) ||
    /^(?:the|an?|this|that|these|those|its|their|our|your|his|her|my|all|each|every)$/.test(m[2]!)
  )
    return false;
  // The doer is a name, not a clause: "Cron scheduled to remove …" reports what was done, "Due to …" explains.
  const doer = m[1]!.split(/\s+/);
  return (
    doer.length <= 5 &&
    !doer.some((w) =>
      /^(?:due|according|prior|owing|thanks|next|up|back|order|as|how|what|where|when|whether|is|was|are|were|has|have|had|will|would|we've|i've|\p{L}+(?:ed|ing))$/iu.test(
        w,
      ),
    )
  );
}

/** "7.3 Establish a regulatory calendar …": a numbered paragraph of an action section that opens with an order. */
function outlineImperative(text: string): boolean {
  const number = OUTLINE_NUMBER.exec(text);
  // "5.1 [P1] Split …": a priority tag may come first.
  const verb = number && /^(?:\[[^\]]{1,12}\]\s*)?([A-Z][a-z]+)\b/.exec(text.slice(number[0].length))?.[1];
  return (
    !!verb && canBeVerb(verb.toLowerCase()) && !/^(?:The|This|That|These|Those|Our|Their|All|Each|Every|No)$/.test(verb)
  );
}

// A paragraph laid out as an item's fields: "**Owner:** Elif — **Task:** Add a crash-rate gate — **Due:** next sprint".
const OWNER_FIELD = /(?:^|[\s*_—–|-])(?:owners?|responsible|assignee|assigned to|dri|lead)[*_]*\s*:/i;
const WORK_FIELD =
  /(?:^|[\s*_—–|-])(?:task|action|what|due(?: date)?|deadline|target(?: date)?|eta|priority)[*_]*\s*:/i;
const fielded = (text: string) => OWNER_FIELD.test(text) && WORK_FIELD.test(text);

/**
 * Where a section (or an action sub-heading) writes its items as prose instead of a list, each paragraph that
 * commits to future work is an item. A paragraph that ends with a colon introduces what follows.
 */
function proseItem(doc: PostmortemDocument, listed: ReadonlySet<number>, block: Block): boolean {
  if (
    !inActionSection(doc, block) ||
    /:\s*$/.test(block.text) ||
    !(PLAN.test(block.text) || headlineItem(block.text) || fielded(block.text) || outlineImperative(block.text))
  )
    return false;
  // Prose beside a list or table of the same section (or of its sub-sections) introduces or discusses them.
  const own = doc.sections[block.section];
  for (const i of listed)
    if (
      i === block.section ||
      (own && doc.sections[i] && doc.sections[i].start > own.start && doc.sections[i].start < own.bodyEnd)
    )
      return false;
  return true;
}

/**
 * What a group label says of the items under it, where the item does not say it itself: closed ("**Completed**"),
 * a period ("**By end of January 2027**"), an owner ("**Priya Raman**", "**Payments team**"). Says which of the last
 * two it gave.
 */
function fromLabel(
  label: Block,
  parsed: ParsedActionItem,
  known: readonly string[],
  order: DateOrder,
): { due: boolean; owner: boolean } {
  const gave = { due: false, owner: false };
  if (!parsed.status && DONE_HEADING.test(label.text)) parsed.status = 'done';
  if (!parsed.owners.length && !parsed.ownerPlaceholder) {
    const owner = labelOwner(label, known);
    if (owner) (parsed.owners = [owner]), (gave.owner = true);
  }
  const due = parsed.due ? null : headingDue(label.text, order);
  if (due) (parsed.due = { ...due, start: label.start + due.start, end: label.start + due.end }), (gave.due = true);
  return gave;
}

// A label that names who does the items under it: a handle, a known owner, a personal name, a team.
const TEAM_WORD = /\s(?:team|squad|crew|group|guild|on-?call)$/i;
function labelOwner(label: Block, known: readonly string[]): Span | null {
  const name = boldLabel(label) ?? (PLAIN_LABEL.test(label.text) ? label.text.replace(/:\s*$/, '').trim() : null);
  return name === null ? null : ownerNamed(name, label.start + label.text.indexOf(name), known);
}

/**
 * The owner a group's name gives its items, or null: "Owner: Priya Nair" (a field), a handle, a known owner, a
 * personal name (two or three capitalised words, each a known first name or no English word: "Priya Nair", not
 * "Kafka Migration"), a team ("Storage Engineering team"). A role after the name in brackets is left out
 * ("Hannah Whitford (Head of Storage)").
 */
function ownerNamed(written: string, at: number, known: readonly string[]): Span | null {
  const name = written.replace(/\s*\([^)]*\)\s*$/, '');
  if (!name) return null;
  if (name.includes(':')) {
    const field = parseActionItem({ text: name, start: at, known });
    return field.owners.length === 1 ? field.owners[0]! : null;
  }
  const words = name.split(/\s+/);
  // Capitalised words led by a known first name ("Ilse Vermeer"), or two or three that are all names or no
  // English word ("Priya Nair").
  const personal =
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{L}'-]*$/u.test(w)) &&
    (isKnownName(words[0]!.toLowerCase()) ||
      (words.length >= 2 && words.every((w) => isKnownName(w.toLowerCase()) || !isEnglishWord(w.toLowerCase()))));
  const named =
    /^@[\w.-]+$/.test(name) ||
    known.some((k) => k.replace(/^@/, '').toLowerCase() === name.replace(/^@/, '').toLowerCase()) ||
    personal ||
    (words.length <= 4 && TEAM_WORD.test(name));
  return named ? { text: name, start: at, end: at + name.length } : null;
}

/** An item written as a sub-heading with a paragraph under it ("### Better CPU alerting `@dma`"): the heading names the owner. */
function ownersFromHeading(
  doc: PostmortemDocument,
  block: Block,
  parsed: ParsedActionItem,
  known: readonly string[],
): void {
  const s = doc.sections[block.section];
  if (!s || s.kind === 'action-items') return;
  const fromHeading = parseActionItem({ text: s.heading, start: s.start, known });
  if (fromHeading.owners.length) parsed.owners = fromHeading.owners;
}

/** Memoised per document and argument (several rules read it); see engine/block-cache.ts perDocument. */
const readActionItemsOnce = perDocument((doc: PostmortemDocument, known: readonly string[]) =>
  readActionItemsUncached(doc, known),
);
/** `known`: config `people` and `teams`, read as owners when they open an item. */
export function readActionItems(doc: PostmortemDocument, known: readonly string[] = []): ActionItem[] {
  return readActionItemsOnce(doc, known);
}

function readActionItemsUncached(doc: PostmortemDocument, known: readonly string[] = []): ActionItem[] {
  const out: ActionItem[] = [];
  const order = dateOrderOf(doc.text);
  for (const region of actionRegions(doc))
    out.push(...readRegionAcrossLints(doc, region.blocks, known, order, readRegion));
  // A past-tense report among done siblings, or under an "Immediate actions" heading, is done too.
  for (const item of out) {
    if (item.status || !PAST_TENSE.test(item.text)) continue;
    const siblings = out.filter((o) => o.block.section === item.block.section);
    if (
      REPORT_HEADING.test(doc.sections[item.block.section]?.heading ?? '') ||
      siblings.some((o) => o.status === 'done')
    )
      item.status = 'done';
  }
  return out;
}

// A list item with nothing but an empty checkbox; a cell with text; a cell of three words or more.
const EMPTY_BOX = /^(?:\[[ xX]?\])?\s*$/;
const NOT_BLANK = /\S/;
const THREE_WORDS = /\S\s+\S+\s+\S/;

// A sub-item that is one of the item's fields ("   - Responsible: @rodrigo", "   - Deadline: 11/12/2026").
const FIELD_LINE =
  /^[\s*_]*(?:owners?|responsible|assignee|assigned to|dri|who|due(?: date)?|deadline|target(?: date)?|eta|status|ticket|jira|issue|tracking)[*_]*\s*(?:[:=]|[-–—]\s)/i;

// A group's name written plainly: up to four words, none a number, a handle or a date, and no sentence.
const PLAIN_LABEL = /^\p{L}[\p{L}'&/-]*(?:\s+[\p{L}'&/-]+){0,3}\s*:?$/u;

/** Past this many words a list item is a task or a sentence, not the name of a group. */
const GROUP_NAME_WORDS = 12;

/**
 * A list item of an action section that names a group of the items nested under it rather than being one
 * ("1. Monitoring" over "   1. Alert the on-call …"), when what is nested under it is work, not only the fields
 * of an item ("   - Owner: …"), and either
 * - it reads as a name, not a task: up to four words, none a number or a date, and one word, or a colon after it,
 *   or a first word that is no verb ("Batch pipeline", not "Fix alerting"); or
 * - the work under it says who does it or by when, and the entry itself names nobody ("1. Purge tooling" over
 *   items with their owners and dates; "4. Exercises, to be completed by the end of January 2027"): an item's
 *   details do not each have an owner, and a group's period or name is what the entry says.
 */
function groupHead(
  doc: PostmortemDocument,
  blocks: readonly Block[],
  at: number,
  known: readonly string[],
  order: DateOrder,
): boolean {
  const b = blocks[at]!;
  if (typeof b.checked === 'boolean' || !inActionSection(doc, b)) return false;
  const depth = b.depth ?? 0;
  const nested: Block[] = [];
  for (let j = at + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.kind !== 'list-item' || (next.depth ?? 0) <= depth) break;
    if (!FIELD_LINE.test(next.text)) nested.push(next);
  }
  if (!nested.length) return false;
  if (PLAIN_LABEL.test(b.text)) {
    const words = b.text.replace(/:\s*$/, '').trim().split(/\s+/);
    if (words.length === 1 || /:\s*$/.test(b.text) || !canBeVerb(words[0]!.toLowerCase())) return true;
  }
  if (b.text.trim().split(/\s+/).length > GROUP_NAME_WORDS) return false;
  const says = (text: string, start: number) => parseActionItem({ text, start, known, dateOrder: order });
  const self = says(b.text, b.start);
  if (self.owners.length || self.ownerPlaceholder) return false;
  return nested.some((n) => {
    const item = says(n.text, n.start);
    return item.owners.length > 0 || item.due !== null;
  });
}

function readRegion(
  doc: PostmortemDocument,
  blocks: Block[],
  known: readonly string[],
  order: DateOrder,
): ActionItem[] {
  // This runs on every keystroke of a long postmortem: loops and tests, not arrays and copies of each block's text.
  const out: ActionItem[] = [];
  let minDepth = Number.POSITIVE_INFINITY;
  // Sections of the region that hold a list or a table (a handful), so prose is judged without a rescan.
  const listed = new Set<number>();
  // A list item that is only a bold label ("- **Short term**:") heads the items nested under it: they are items,
  // not details of an item, and the label may close them ("**Completed**"), date them or name their owner. So a
  // list item's level is its depth less the labels it is nested under, and the items are those at the top level.
  const level = new Map<Block, number>();
  const labelOf = new Map<Block, Block>();
  const labels = new Set<Block>();
  const open: Array<{ depth: number; label: Block | null }> = [];
  for (let at = 0; at < blocks.length; at++) {
    const b = blocks[at]!;
    if (b.kind === 'list-item' || b.kind === 'table-row') listed.add(b.section);
    if (b.kind !== 'list-item') continue;
    const depth = b.depth ?? 0;
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
    let above = 0;
    for (const o of open)
      if (o.label) {
        above++;
        labelOf.set(b, o.label);
      }
    const label = boldLabel(b) !== null || groupHead(doc, blocks, at, known, order);
    if (label) labels.add(b);
    open.push({ depth, label: label ? b : null });
    level.set(b, depth - above);
    if (!label) minDepth = Math.min(minDepth, depth - above);
  }
  if (minDepth === Number.POSITIVE_INFINITY) minDepth = 0;
  let intro: Block | null = null;
  // A table's rows share their headers: each is cleaned once.
  const headers = new Map<string, string>();
  const header = (c: TableCell) => {
    let clean = headers.get(c.header);
    if (clean === undefined)
      headers.set(c.header, (clean = c.header.replace(/[*_`]/g, '').replace(/:\s*$/, '').trim()));
    return clean;
  };
  // A bold label on a line of its own ("**Immediate**", "**Done during the incident**") heads the list after it.
  let groupLabel: Block | null = null;
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    let start = block.start;
    let text = block.text;
    if (block.kind === 'heading') groupLabel = null;
    else if ((block.kind === 'paragraph' || block.kind === 'line') && boldLabel(block) !== null) {
      groupLabel = block;
      continue;
    }
    if (block.kind === 'list-item') {
      if (level.get(block)! > minDepth) continue; // details of the item above
      if (EMPTY_BOX.test(block.text)) continue; // an empty template box
      if (labels.has(block)) continue; // "- **Short term**:", "1. Monitoring" head the items under them
      if (TEMPLATE_SLOT.test(block.text)) continue; // "- [ ] ${first item}": a template's empty slot
      if (DEFINITION.test(block.text) && ITEMS_IN_GENERAL.test(block.text)) continue; // "**Specific:** Define each action item's scope …"
      // "1. Add alerts around:" followed by a bullet list that lost its indentation: the bullets are details.
      if (intro && ordered(marker(doc, intro)) !== ordered(marker(doc, block))) continue;
      intro = /:\s*$/.test(block.text) ? block : null;
    } else if (block.kind === 'table-row') {
      const cells = block.cells ?? [];
      if (!cells.some((c) => NOT_BLANK.test(c.text))) continue;
      if (cells.length >= 2 && cells.every((c) => EXAMPLE_HEADER.test(header(c)))) continue;
      const action =
        cells.find((c) => ACTION_HEADER.test(header(c))) ?? cells.find((c) => THREE_WORDS.test(c.text)) ?? cells[0];
      start = action.start;
      text = action.text;
    } else if (block.kind === 'paragraph' || block.kind === 'line') {
      if (block.split) continue;
      const m = ACTION_LINE.exec(block.text);
      // "**Do zrobienia (To do):** Replace the reader": a label that names the action items opens the item.
      const opened = m ? null : openingLabel(block.text);
      if (m) {
        start = block.start + m[0].length;
        text = block.text.slice(m[0].length);
      } else if (opened?.kind === 'action-items') {
        const lead = /^[\s:—–-]*/.exec(block.text.slice(opened.end))![0].length;
        start = block.start + opened.end + lead;
        text = block.text.slice(opened.end + lead);
      } else if (!proseItem(doc, listed, block)) continue;
      else {
        // "7.3 Risk & Controls to review …": the outline number of a numbered paragraph is not part of the item.
        const number = OUTLINE_NUMBER.exec(text);
        if (number) {
          start += number[0].length;
          text = text.slice(number[0].length);
        }
      }
    } else continue;
    // Read from the task on ("Action: Ana to add …" names Ana); a list item keeps its whole text.
    let own = block.kind === 'table-row' || block.kind === 'paragraph' || block.kind === 'line';
    // "- **Action:** Ana to add …": the label opens a list item as it opens a line.
    const label = block.kind === 'list-item' ? ACTION_LINE.exec(block.text) : null;
    if (label) {
      own = true;
      start = block.start + label[0].length;
      text = block.text.slice(label[0].length);
    }
    // An item's fields may sit in sub-items under it: read the item through its last such field.
    let through = block.text;
    if (block.kind === 'list-item') {
      let last: Block | null = null;
      for (
        let j = at + 1;
        j < blocks.length && blocks[j]!.kind === 'list-item' && level.get(blocks[j]!)! > minDepth;
        j++
      )
        if (FIELD_LINE.test(blocks[j]!.text)) last = blocks[j]!;
      if (last) through = doc.text.slice(block.start, last.end);
    }
    const parsed = parseActionItem({
      text: own ? text : through,
      start: own ? start : block.start,
      cells: block.cells,
      checked: block.checked,
      known,
      dateOrder: order,
    });
    if (block.kind === 'paragraph' && !m0(block) && !parsed.owners.length) ownersFromHeading(doc, block, parsed, known);
    const group = labelOf.get(block) ?? (block.kind === 'paragraph' || block.kind === 'line' ? null : groupLabel);
    const fromGroup = group ? fromLabel(group, parsed, known, order) : { due: false, owner: false };
    const heading = doc.sections[block.section]?.heading ?? '';
    if (!parsed.status && DONE_HEADING.test(heading)) parsed.status = 'done';
    let dueFromHeading = false;
    let ownerFromHeading = false;
    const subSection = inActionSection(doc, block) && doc.sections[block.section]?.kind !== 'action-items';
    // "### Hannah Whitford (Head of Storage)" over a list: the sub-heading names the owner of its items.
    if (subSection && block.kind !== 'paragraph' && !parsed.owners.length && !parsed.ownerPlaceholder) {
      const owner = ownerNamed(heading, doc.sections[block.section]!.start, known);
      if (owner) (parsed.owners = [owner]), (ownerFromHeading = true);
    }
    if (!parsed.due && subSection) {
      // Only a sub-heading's period applies; the top "Action items" heading has none.
      const due: DueDate | null = headingDue(heading, order);
      if (due) {
        parsed.due = {
          ...due,
          start: doc.sections[block.section].start + due.start,
          end: doc.sections[block.section].start + due.end,
        };
        dueFromHeading = true;
      }
    }
    const trimmed = text.replace(/\s+$/, '');
    out.push({
      ...parsed,
      block,
      start,
      end: start + trimmed.length,
      text: trimmed,
      dueFromHeading: dueFromHeading || fromGroup.due,
      ...(fromGroup.owner || ownerFromHeading ? { ownerFromLabel: true } : {}),
    });
  }
  return out;
}
