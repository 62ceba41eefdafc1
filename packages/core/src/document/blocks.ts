import type { Language } from '../types.js';
import type { Block } from './types.js';
import { maskInline } from './mask.js';
import { maskedProse } from '../engine/block-cache.js';
import { ACTION_LINE } from './action-regions.js';

type Extra = Partial<Pick<Block, 'checked' | 'depth' | 'cells' | 'level' | 'split'>>;

export function makeBlock(
  kind: Block['kind'],
  text: string,
  start: number,
  end: number,
  language: Language,
  extra: Extra = {},
): Block {
  const source = text.slice(start, end);
  const prose = maskedProse(source, language, () => maskInline(source, language).prose);
  // Every field, in one order, on every block (and `origin` for placed ones, markdown-parts.ts): blocks of one
  // shape keep each property read of a block monomorphic.
  return {
    kind,
    start,
    end,
    text: source,
    prose: maskLinePrefixes(prose, source),
    section: -1,
    checked: extra.checked,
    depth: extra.depth,
    cells: extra.cells,
    level: extra.level,
    split: extra.split,
    origin: undefined,
  };
}

/** Continuation lines of a block inside a quote or list carry `>` and indentation: not prose. */
function maskLinePrefixes(prose: string, source: string): string {
  if (!source.includes('\n')) return prose;
  return prose.replace(/\n[ \t>]*/g, (m) => '\n' + ' '.repeat(m.length - 1));
}

// A time may sit in emphasis or brackets: `*2023-01-04 05:13*:`, `[14:02]`, `**09:12**`.
const TIMED_LINE = /^\s*>?\s*[*_[({]{0,3}\s*(?:\d{1,4}[:.h]?\d{0,2}|T\+|\d{4}-\d\d-\d\d)/;
// A chat log's speaker line ("liggitt [6:27 AM]", "**ana** 14:02"): a short name, then a time that ends the line.
const SPEAKER_LINE =
  /^\s*>?\s*[*_]*@?\p{L}[\p{L}\d._-]{0,30}(?:\s\p{L}[\p{L}\d._-]{0,30})?[*_]*:?\s+[[(]?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?[\])]?[\s:]*$/iu;

/**
 * Split paragraphs whose lines start with a time into `line` blocks (plain-line timelines), and those whose
 * lines each open with `Action:` (one item per line, written without blank lines between them).
 */
export function pushParagraph(blocks: Block[], text: string, start: number, end: number, language: Language): void {
  const para = makeBlock('paragraph', text, start, end, language);
  const lines: Array<[number, number]> = [];
  let s = start;
  for (let nl = text.indexOf('\n', s); nl !== -1 && nl < end; nl = text.indexOf('\n', s)) {
    lines.push([s, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl]);
    s = nl + 1;
  }
  lines.push([s, end]);
  const timed = lines.filter(
    ([a, b]) => TIMED_LINE.test(text.slice(a, b)) || SPEAKER_LINE.test(text.slice(a, b)),
  ).length;
  const actions = lines.filter(([a, b]) => ACTION_LINE.test(text.slice(a, b).trimStart())).length;
  if (lines.length < 2 || (timed < 2 && actions < 2)) {
    blocks.push(para);
    return;
  }
  para.split = true;
  blocks.push(para);
  for (const [a, b] of lines) {
    const lead = /^[ \t>]*/.exec(text.slice(a, b))![0].length;
    if (a + lead < b) blocks.push(makeBlock('line', text, a + lead, b, language));
  }
}
