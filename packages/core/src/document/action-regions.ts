// Where a postmortem keeps its action items. Most put them under a heading ("Action items", "Next steps");
// others under a bold label that stands in for a heading ("- **Review actions**:" with the items nested
// or following), after a sentence that announces them ("… we will make these changes:"), or in one
// `Action point:` line at the end of the section it follows from.
import type { Block, PostmortemDocument } from './types.js';
import { boldLabel as openingLabel, classifyLabel } from './sections.js';

interface ActionRegion {
  /** Blocks that may hold items, in document order (the label block itself excluded). */
  blocks: Block[];
  /** The heading or label that opened the region, when it can give its items a period or a status. */
  heading: string;
}

// A bold label alone on its block, with or without a colon: "**Review actions**:", "__Follow-ups:__".
const BOLD_LABEL = /^\s*(?:\*\*|__)\s*([^*_\n]{3,100}?)\s*:?\s*(?:\*\*|__)\s*:?\s*$/;
// A line that names itself an action item wherever it stands: "Action point: enable push alerts".
export const ACTION_LINE =
  /^(?:\*\*|__)?(?:action(?: item| point)?|todo|ai|follow[- ]?up)\s*(?:\d+|#\d+)?\s*[:.)-]\s*(?:\*\*|__)?\s*/i;
// A paragraph that announces follow-up work and ends with a colon introduces the list after it: "To prevent
// this in the future, we've made a few changes along with longer-term improvements:". Both halves are needed:
// "We made the following changes during the incident:" reports the response, not follow-ups.
const INTRO_WHAT =
  /\b(?:improvements?|changes|action items?|actions|follow[- ]?ups?|next steps|remediations?|the following)\b/i;
const INTRO_AHEAD =
  /\b(?:will|we'll|going to|plan(?:s|ned)?|prevent|going forward|in the future|longer[- ]term|long[- ]term|next)\b/i;
const ACTION_LINE_ANYWHERE = /^(?:\*\*|__)?action(?: item| point)\s*(?:\d+|#\d+)?\s*:\s*(?:\*\*|__)?\s*\S/i;

export function inActionSection(doc: PostmortemDocument, block: Block): boolean {
  const s = doc.sections[block.section];
  return Boolean(s && (s.kind === 'action-items' || (!s.kind && s.parentKind === 'action-items')));
}

/** The bold label a block consists of, or null. */
export function boldLabel(block: Block): string | null {
  if (block.kind !== 'paragraph' && block.kind !== 'line' && block.kind !== 'list-item') return null;
  return BOLD_LABEL.exec(block.text)?.[1] ?? null;
}

export function actionRegions(
  doc: PostmortemDocument,
  aliases: Parameters<typeof classifyLabel>[1] = {},
): ActionRegion[] {
  const regions: ActionRegion[] = [];
  // Each action section (with its sub-sections) is a region of its own: a list's depth, an introducing item and
  // the sections that hold lists are read within one section, and an unchanged section reads the same.
  let run: Block[] = [];
  for (const b of doc.blocks) {
    if (inActionSection(doc, b)) run.push(b);
    else if (run.length) regions.push({ blocks: run, heading: '' }), (run = []);
  }
  if (run.length) regions.push({ blocks: run, heading: '' });
  regions.push(...fieldedRegions(doc));
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (inActionSection(doc, b)) continue;
    if ((b.kind === 'paragraph' || b.kind === 'line') && !b.split && ACTION_LINE_ANYWHERE.test(b.text)) {
      regions.push({ blocks: [b], heading: '' });
      continue;
    }
    if (
      (b.kind === 'paragraph' || b.kind === 'line') &&
      !b.split &&
      /:\s*$/.test(b.text) &&
      INTRO_WHAT.test(b.text) &&
      INTRO_AHEAD.test(b.text)
    ) {
      const list: Block[] = [];
      for (let j = i + 1; j < blocks.length && blocks[j].kind === 'list-item' && !inActionSection(doc, blocks[j]); j++)
        list.push(blocks[j]);
      if (list.length) regions.push({ blocks: list, heading: '' });
      continue;
    }
    const label = boldLabel(b);
    if (!label) {
      // A paragraph that a bold label opens and the item follows: "**Do zrobienia (To do):** Replace the reader".
      const inline = (b.kind === 'paragraph' || b.kind === 'line') && !b.split ? openingLabel(b.text, aliases) : null;
      if (inline?.kind === 'action-items' && /[\p{L}\p{N}]/u.test(b.text.slice(inline.end)))
        regions.push({ blocks: [b], heading: '' });
      continue;
    }
    if (classifyLabel(label, aliases) !== 'action-items') continue;
    const region = labelledBlocks(doc, i);
    if (region.length) regions.push({ blocks: region, heading: label });
  }
  return regions;
}

// An action register says what it is by its fields, whatever its heading ("Owners and dates", "Hardening"):
// a table with an owner column and a due column, or a list whose every item names an owner and a due date.
const OWNER_HEADER = /^(?:owners?|assignee|assigned to|responsible|dri)$/i;
const DUE_HEADER = /^(?:due(?: date)?|deadline|target(?: date)?|eta|by when)$/i;
const OWNER_FIELD = /\b(?:owners?|assignee|responsible|dri)\b\s*[:=—–-]|@[a-z][\w-]*/i;
const DUE_FIELD =
  /\b(?:due|deadline|target|eta|by)\b\s*[:=—–-]?\s*(?:\d|q[1-4]\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end of|next)/i;

function fieldedRegions(doc: PostmortemDocument): ActionRegion[] {
  const bySection = new Map<number, Block[]>();
  for (const b of doc.blocks) {
    const s = doc.sections[b.section];
    if (!s || s.kind || s.parentKind || (b.kind !== 'table-row' && b.kind !== 'list-item')) continue;
    const list = bySection.get(b.section);
    if (list) list.push(b);
    else bySection.set(b.section, [b]);
  }
  const out: ActionRegion[] = [];
  for (const blocks of bySection.values()) {
    const rows = blocks.filter((b) => b.kind === 'table-row');
    const header = (rows[0]?.cells ?? []).map((c) => c.header.replace(/[*_`:]/g, '').trim());
    const table = rows.length > 0 && header.some((h) => OWNER_HEADER.test(h)) && header.some((h) => DUE_HEADER.test(h));
    const items = blocks.filter((b) => b.kind === 'list-item' && (b.depth ?? 0) === 0);
    const list = items.length >= 2 && items.every((b) => OWNER_FIELD.test(b.text) && DUE_FIELD.test(b.text));
    if (table || list) out.push({ blocks: table ? rows : items, heading: '' });
  }
  return out;
}

/**
 * The blocks a bold label heads: the list items nested under it, or the list, table or paragraphs that
 * follow it, up to the next heading, the next label, or prose after the list.
 */
function labelledBlocks(doc: PostmortemDocument, at: number): Block[] {
  const label = doc.blocks[at];
  const depth = label.kind === 'list-item' ? (label.depth ?? 0) : -1;
  const out: Block[] = [];
  for (let j = at + 1; j < doc.blocks.length; j++) {
    const b = doc.blocks[j];
    if (b.kind === 'heading' || inActionSection(doc, b) || boldLabel(b) !== null) break;
    const listy = b.kind === 'list-item' || b.kind === 'table-row';
    if (!listy && out.some((o) => o.kind === 'list-item' || o.kind === 'table-row')) break;
    // Items nested under the label's own list item; once nested ones were seen, a sibling ends them.
    if (b.kind === 'list-item' && (b.depth ?? 0) <= depth && out.some((o) => (o.depth ?? 0) > depth)) break;
    out.push(b);
  }
  return out;
}
