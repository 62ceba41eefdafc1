import type { Language } from '../types.js';
import type { Block } from './types.js';
import { BoundedCache, bytes, flat, MB } from '../engine/bounded-cache.js';
import { blankRange } from './front-matter.js';
import {
  findComments,
  readMarkdownPart,
  type MarkdownStructure,
  type PartStructure,
  type RawHeading,
} from './markdown.js';

/**
 * A Markdown text read part by part, each part parsed once per distinct content: a keystroke in a
 * 20,000-word postmortem re-parses the section it is in, not the whole document (the language server's case).
 *
 * A part starts at an ATX heading in the first column after a blank line. Nothing in CommonMark stays open
 * across such a line except a fenced code block or an HTML block of types 1-5 (`<pre>`, `<!-- ... -->` ...),
 * since a list item, a quote, a table and a paragraph all end there. So each part is parsed on its own, and
 * when a fence or HTML block reaches the end of its part unclosed, the part is joined with the next ones
 * and parsed again: at least doubling how many parts are joined, or up to the line that closes a top-level
 * fence, so a part is parsed at most log2(parts) times whatever the fences and HTML blocks do.
 * The result equals a parse of the whole text: test/core/markdown-parts.test.ts compares them.
 */
export function readMarkdown(text: string, language: Language, frontMatter?: Range): MarkdownStructure {
  // The front matter reads as blank lines: blanked in the part that holds it, not in a copy of the whole text (a
  // 20,000-word document paid for a 250 KB copy on every keystroke, then again to flatten it).
  const skip = frontMatter?.end ?? 0;
  const slice = (from: number, to: number) =>
    frontMatter && from < frontMatter.end
      ? blankRange(text.slice(from, to), frontMatter.start - from, Math.min(frontMatter.end, to) - from)
      : text.slice(from, to);
  const cuts = partStarts(text, skip);
  cuts.push(text.length);
  const blocks: Block[] = [];
  const headings: RawHeading[] = [];
  const code: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; ) {
    let span = 1;
    let part = cachedPart(slice(cuts[i], cuts[i + 1]), language);
    while (part.open && i + span + 1 < cuts.length) {
      // At least twice as many parts each time (fences that close and reopen in a chain would otherwise make
      // this quadratic); for a top-level fence, up to the part after its closing line if that is further.
      const closing =
        part.open.fence === null ? 0 : partsUpTo(cuts, i, closingLine(text, cuts[i + span], part.open.fence));
      span = Math.min(Math.max(span * 2, closing), cuts.length - 1 - i);
      // Joined parts are rare (a fence holding `# comment` lines) and are not cached: no copy of each try.
      part = readMarkdownPart(slice(cuts[i], cuts[i + span]), language);
    }
    place(part, cuts[i], blocks, headings, code);
    i += span;
  }
  return { blocks, headings, comments: findComments(text, code, language === 'mdx', skip) };
}

interface Range {
  start: number;
  end: number;
}

/**
 * The offset just past the first line at or after `from` that closes a fence opened with `marker`: up to
 * three spaces, the same character at least as many times, then only spaces or tabs. -1 if none does.
 */
export function closingLine(text: string, from: number, marker: string): number {
  const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'm');
  const m = close.exec(text.slice(from));
  if (!m) return -1;
  const end = text.indexOf('\n', from + m.index);
  return end === -1 ? text.length : end + 1;
}

/** How many parts from part `i` reach `offset` (all the rest when it is -1). */
function partsUpTo(cuts: readonly number[], i: number, offset: number): number {
  let j = i + 1;
  if (offset === -1) return cuts.length - 1 - i;
  while (j < cuts.length - 1 && cuts[j] < offset) j++;
  return j - i;
}

/**
 * Offsets of the lines that open a part: `#`...`######` then a space, a tab or the line end, after a blank line.
 * Text before `blank` (the front matter) counts as blank lines.
 */
export function partStarts(text: string, blank = 0): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n#', Math.max(0, blank - 1)); at !== -1; at = text.indexOf('\n#', at + 1)) {
    const line = at + 1;
    let hashes = 1;
    while (hashes < 7 && text.charCodeAt(line + hashes) === 35) hashes++;
    const after = text.charCodeAt(line + hashes);
    if (hashes > 6 || !(Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13)) continue;
    if (isBlank(text, Math.max(blank, text.lastIndexOf('\n', at - 1) + 1), at)) starts.push(line);
  }
  return starts;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

// By language, then by the part's text (looked up as it is; stored keys and values are copies).
const parts = new Map<string, BoundedCache<string, PartStructure>>();

function cachedPart(source: string, language: Language): PartStructure {
  let cache = parts.get(language);
  if (!cache)
    parts.set(
      language,
      (cache = new BoundedCache<string, PartStructure>(8 * MB, (k, v) =>
        bytes(k, k.length * 2 + v.blocks.length * 200),
      )),
    );
  let part = cache.get(source);
  if (part === undefined) {
    const own = flat(source);
    part = readMarkdownPart(own, language);
    // An open part is joined with the next ones and parsed again: keeping it would only push others out.
    if (!part.open) cache.set(own, part);
  }
  return part;
}

/** The part's blocks, headings and code ranges at offset `at` of `text`, as new objects (blocks get their section later). */
function place(
  part: PartStructure,
  at: number,
  blocks: Block[],
  headings: RawHeading[],
  code: Array<[number, number]>,
): void {
  for (const b of part.blocks) {
    const block: Block = { ...b, start: b.start + at, end: b.end + at, origin: b };
    if (b.cells) block.cells = b.cells.map((c) => ({ ...c, start: c.start + at, end: c.end + at }));
    blocks.push(block);
  }
  for (const h of part.headings) headings.push({ ...h, start: h.start + at, end: h.end + at });
  for (const [a, b] of part.code) code.push([a + at, b + at]);
}
