// A timeline written as a list but indented four spaces renders as a code block; it is still the timeline
// ("## Timeline (PST)" over "    - 11:16 ::::: deploy"). Read only when the section has no entries of its
// own, and only lines that look like timed list items: a log excerpt in a fence stays code.
import type { Block, PostmortemDocument } from './types.js';
import { makeBlock } from './blocks.js';

const INDENTED_ENTRY = /^ {4,}(?:[-*+]\s+)?(?=\[?\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2})/;

/** `line` blocks for the timed lines of an indented code block between `from` and `to`. */
export function indentedEntries(doc: PostmortemDocument, from: number, to: number): Block[] {
  if (doc.language !== 'markdown' && doc.language !== 'mdx') return [];
  const out: Block[] = [];
  let inFence = false;
  for (let start = from; start < to; ) {
    let end = doc.text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = doc.text.slice(start, end);
    if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : INDENTED_ENTRY.exec(line);
    if (m) out.push(makeBlock('line', doc.text, start + m[0].length, start + line.trimEnd().length, doc.language, {}));
    start = end + 1;
  }
  return out.length >= 2 ? out : [];
}
