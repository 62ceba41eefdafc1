import type { Language } from '../types.js';
import MarkdownIt from 'markdown-it';
import type { Block, Comment, TableCell } from './types.js';
import { lineEnd, lineStarts } from './positions.js';
import { makeBlock, pushParagraph } from './blocks.js';

/** A heading as found in the source, before sections are built from it. */
export interface RawHeading {
  level: number;
  start: number;
  end: number;
  text: string;
}

export interface MarkdownStructure {
  blocks: Block[];
  headings: RawHeading[];
  comments: Comment[];
}

/** One part of a text parsed on its own (document/markdown-parts.ts): offsets relative to the part. */
export interface PartStructure {
  blocks: Block[];
  headings: RawHeading[];
  /** Fenced and indented code: where comments are examples, not directives. */
  code: Array<[number, number]>;
  /**
   * A fence or HTML block reached the end of the part unclosed: it may go on in the text after it. For a
   * fence at the top level, its marker (```` ``` ````, `~~~~`...): the line that closes it can be looked for.
   */
  open: false | { fence: string | null };
}

// Made on the first parse: building one costs ~1.3 ms (it compiles linkify-it's patterns even with linkify
// off), which a CLI run that only replays its cache never needs.
let parser: MarkdownIt | undefined;
function markdownIt(): MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false });
    // Only the block structure is read (inline content is located and masked here): skip inline tokenising.
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  }
  return parser;
}

/**
 * Block structure of a Markdown text (front matter already blanked), or of a part of one that starts where
 * no block is open. markdown-it gives line maps only, so each block's content is located in its source
 * lines here; inline offsets come from the masker. `section` is filled in later, once headings are classified.
 */
export function readMarkdownPart(text: string, language: Language): PartStructure {
  const tokens = markdownIt().parse(text, {});
  const starts = lineStarts(text);
  const blocks: Block[] = [];
  const headings: RawHeading[] = [];
  const codeRanges: Array<[number, number]> = [];
  let listDepth = -1;
  let inItem = 0;
  let itemFirstPara = false;
  let tableHeader: string[] = [];
  let inHead = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        inItem++;
        itemFirstPara = true;
        break;
      case 'list_item_close':
        inItem--;
        itemFirstPara = false;
        break;
      case 'heading_open': {
        const inline = tokens[i + 1];
        const span = locate(text, starts, t.map!, inline.content);
        if (!span) break;
        const level = Number(t.tag.slice(1));
        headings.push({ level, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
        blocks.push(makeBlock('heading', text, span.start, span.end, language, { level }));
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const span = locate(text, starts, t.map!, inline.content);
        if (!span) break;
        if (inItem > 0 && itemFirstPara) {
          itemFirstPara = false;
          const task = /^\[([ xX])\][ \t]+/.exec(text.slice(span.start, span.end));
          const start = task ? span.start + task[0].length : span.start;
          blocks.push(
            makeBlock('list-item', text, start, span.end, language, {
              checked: task ? task[1] !== ' ' : null,
              depth: listDepth,
            }),
          );
        } else {
          pushParagraph(blocks, text, span.start, span.end, language);
        }
        break;
      }
      case 'thead_open':
        inHead = true;
        tableHeader = [];
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open': {
        const line = t.map![0];
        const cells = splitRow(text, starts[line], lineEnd(text, starts, line));
        if (inHead) {
          tableHeader = cells.map((c) => c.text);
          break;
        }
        // `{: .table.table-striped }` under a table is a kramdown attribute list, markup rather than a row.
        if (cells.length === 0 || (cells.length === 1 && /^\{:.*\}$/.test(cells[0].text.trim()))) break;
        const withHeader: TableCell[] = cells.map((c, k) => ({ ...c, header: tableHeader[k] ?? '' }));
        const start = cells[0].start;
        const end = cells[cells.length - 1].end;
        const row = makeBlock('table-row', text, start, end, language, { cells: withHeader });
        // Cell separators are not prose: each cell reads as its own sentence.
        let prose = row.prose.slice(0, cells[0].end - start);
        for (let k = 1; k < cells.length; k++)
          prose +=
            '\n'.repeat(cells[k].start - cells[k - 1].end) +
            row.prose.slice(cells[k].start - start, cells[k].end - start);
        row.prose = prose;
        blocks.push(row);
        break;
      }
      case 'fence':
      case 'code_block':
        codeRanges.push([starts[t.map![0]], t.map![1] < starts.length ? starts[t.map![1]] : text.length]);
        break;
      default:
        break;
    }
  }
  recoverDropped(tokens, text, starts, blocks, language);
  blocks.sort((a, b) => a.start - b.start);
  // markdown-it counts a line break after the last line as no further line.
  const lines = text.endsWith('\n') ? starts.length - 1 : starts.length;
  const unclosed = tokens.find((t) => (t.type === 'fence' || t.type === 'html_block') && t.map![1] >= lines);
  const open = unclosed ? { fence: unclosed.type === 'fence' && unclosed.level === 0 ? unclosed.markup : null } : false;
  return { blocks, headings, code: codeRanges, open };
}

/** Locate the inline content of a block in its source lines: the first content line starts the span. */
function locate(
  text: string,
  starts: number[],
  map: [number, number],
  content: string,
): { start: number; end: number } | null {
  const lines = content.split('\n');
  const first = lines[0];
  const lineStart = starts[map[0]];
  const firstLineEnd = lineEnd(text, starts, map[0]);
  const sourceLine = text.slice(lineStart, firstLineEnd);
  let col = first.length ? sourceLine.indexOf(first) : -1;
  if (col === -1) col = sourceLine.length - sourceLine.trimStart().length;
  const start = lineStart + col;
  const lastIdx = Math.min(map[0] + lines.length - 1, map[1] - 1, starts.length - 1);
  const lastLineEnd = lineEnd(text, starts, lastIdx);
  const lastSource = text.slice(starts[lastIdx], lastLineEnd);
  let end = lastLineEnd - (lastSource.length - lastSource.trimEnd().length);
  // Setext underline and closing `#`s are not content.
  if (end < start) end = start;
  return { start, end };
}

/** Cells of a table row with exact offsets: split on `|` outside code spans and escapes. */
function splitRow(text: string, start: number, end: number): Array<{ text: string; start: number; end: number }> {
  const cells: Array<{ text: string; start: number; end: number }> = [];
  let i = start;
  while (i < end && /\s/.test(text[i])) i++;
  if (text[i] === '|') i++;
  let cellStart = i;
  let inCode = false;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    cells.push({ text: text.slice(a, b), start: a, end: b });
  };
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      push(cellStart, i);
      cellStart = i + 1;
    }
  }
  const rest = text.slice(cellStart, end);
  if (rest.trim()) push(cellStart, end);
  return cells;
}

const LEAVES = new Set([
  'paragraph_open',
  'heading_open',
  'tr_open',
  'fence',
  'code_block',
  'html_block',
  'hr',
  'table_open',
]);

/**
 * markdown-it stops descending at its nesting limit (deeper levels would overflow the stack) and drops
 * those lines. They are still text a person wrote, so each run of them is linted as a plain paragraph.
 */
function recoverDropped(
  tokens: ReturnType<MarkdownIt['parse']>,
  text: string,
  starts: number[],
  blocks: Block[],
  language: Language,
): void {
  const covered = new Uint8Array(starts.length);
  for (const t of tokens) if (t.map && LEAVES.has(t.type)) covered.fill(1, t.map[0], t.map[1]);
  const pending = new Uint8Array(starts.length);
  for (const t of tokens) {
    if (!t.map || (t.type !== 'list_item_open' && t.type !== 'blockquote_open')) continue;
    for (let l = t.map[0]; l < t.map[1]; l++) if (!covered[l]) pending[l] = 1;
  }
  for (let l = 0; l < starts.length; l++) {
    if (!pending[l]) continue;
    const lineText = text.slice(starts[l], lineEnd(text, starts, l));
    const lead = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/.exec(lineText)![0].length;
    if (lead >= lineText.trimEnd().length) continue;
    blocks.push(makeBlock('paragraph', text, starts[l] + lead, starts[l] + lineText.trimEnd().length, language));
  }
}

// HTML comments (and MDX comment expressions) outside code blocks: where suppressions live.
export function findComments(text: string, code: Array<[number, number]>, mdx: boolean, from = 0): Comment[] {
  const out: Comment[] = [];
  const scan = (open: string, close: string) => {
    for (let s = text.indexOf(open, from); s !== -1; ) {
      const e = text.indexOf(close, s + open.length);
      if (e === -1) break;
      const lineStart = text.lastIndexOf('\n', s) + 1;
      const ticksBefore = (text.slice(lineStart, s).match(/`/g) ?? []).length;
      // Inside a code block or an inline code span it is an example, not a directive.
      if (!code.some(([a, b]) => s >= a && s < b) && ticksBefore % 2 === 0) {
        out.push({ start: s, end: e + close.length, body: text.slice(s + open.length, e).trim() });
      }
      s = text.indexOf(open, e + close.length);
    }
  };
  scan('<!--', '-->');
  if (mdx) scan('{/*', '*/}');
  return out.sort((a, b) => a.start - b.start);
}
