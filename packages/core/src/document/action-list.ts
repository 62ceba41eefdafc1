// The action items of a document: list items and table rows of the Action items section (and its
// sub-sections), and `Action:` lines there. Each is parsed for owner, due date, status and tickets.
import type { Block, PostmortemDocument } from './types.js';
import { parseActionItem, type ParsedActionItem } from './action-items.js';

export interface ActionItem extends ParsedActionItem {
  block: Block;
  /** Source offsets and text of what is to be done (for a table row: the action cell). */
  start: number;
  end: number;
  text: string;
}

const ACTION_HEADER = /^(?:action(?: item)?s?|item|task|what|description|follow[- ]?ups?|remediation|todo|to do)$/i;
const ACTION_LINE = /^(?:\*\*|__)?(?:action(?: item)?|todo|ai|follow[- ]?up)\s*(?:\d+|#\d+)?\s*[:.)-]\s*(?:\*\*|__)?\s*/i;
// Sub-headings such as "Immediate actions (completed)" or "Done" mark their items as done.
const DONE_HEADING = /\b(?:completed|done|finished|closed|already (?:done|taken))\b/i;

function inActionItems(doc: PostmortemDocument, block: Block): boolean {
  const s = doc.sections[block.section];
  return Boolean(s && (s.kind === 'action-items' || (!s.kind && s.parentKind === 'action-items')));
}

export function readActionItems(doc: PostmortemDocument): ActionItem[] {
  const out: ActionItem[] = [];
  const blocks = doc.blocks.filter((b) => inActionItems(doc, b));
  const depths = blocks.filter((b) => b.kind === 'list-item').map((b) => b.depth ?? 0);
  const minDepth = depths.length ? Math.min(...depths) : 0;
  for (const block of blocks) {
    let start = block.start;
    let text = block.text;
    if (block.kind === 'list-item') {
      if ((block.depth ?? 0) > minDepth) continue; // details of the item above
    } else if (block.kind === 'table-row') {
      const cells = block.cells ?? [];
      if (!cells.some((c) => c.text.trim())) continue;
      const action = cells.find((c) => ACTION_HEADER.test(c.header.trim())) ?? cells.find((c) => c.text.trim().split(/\s+/).length > 2) ?? cells[0];
      start = action.start;
      text = action.text;
    } else if (block.kind === 'paragraph' || block.kind === 'line') {
      const m = ACTION_LINE.exec(block.text);
      if (!m || block.split) continue;
      start = block.start + m[0].length;
      text = block.text.slice(m[0].length);
    } else continue;
    const parsed = parseActionItem({ text: block.kind === 'table-row' ? text : block.text, start: block.kind === 'table-row' ? start : block.start, cells: block.cells, checked: block.checked });
    if (!parsed.status && DONE_HEADING.test(doc.sections[block.section]?.heading ?? '')) parsed.status = 'done';
    const trimmed = text.replace(/\s+$/, '');
    out.push({ ...parsed, block, start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}
