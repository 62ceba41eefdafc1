import type { Block, Comment } from './types.js';
import type { RawHeading } from './markdown.js';
import { makeBlock, pushParagraph } from './blocks.js';
import { classifyLabel } from './sections.js';
import type { SectionKind } from '../types.js';

/**
 * Plain text: paragraphs are runs of non-blank lines; a short line that names a section
 * ("Timeline:", "ACTION ITEMS") is a heading, since .txt postmortems mark sections that way. A line that is
 * only `<!-- … -->` is a comment (where suppressions live), not prose.
 */
export function readPlainText(
  text: string,
  aliases: Partial<Record<SectionKind, string[]>>,
): { blocks: Block[]; headings: RawHeading[]; comments: Comment[] } {
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  const headings: RawHeading[] = [];
  const lines: Array<[number, number]> = [];
  let s = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', s)) {
    lines.push([s, nl > s && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl]);
    s = nl + 1;
  }
  lines.push([s, text.length]);
  let para: [number, number] | null = null;
  const flush = () => {
    if (para) pushParagraph(blocks, text, para[0], para[1], 'text');
    para = null;
  };
  for (const [a, b] of lines) {
    const line = text.slice(a, b);
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const lead = line.length - line.trimStart().length;
    // Plain text has no comment syntax, so a line holding only an HTML-style comment carries directives.
    const directive = /^<!--([\s\S]*?)-->$/.exec(trimmed);
    if (directive) {
      flush();
      comments.push({ start: a + lead, end: a + lead + trimmed.length, body: directive[1].trim() });
      continue;
    }
    const name = trimmed.replace(/:$/, '');
    if (
      trimmed.length <= 60 &&
      classifyLabel(name, aliases) &&
      (trimmed.endsWith(':') || trimmed === trimmed.toUpperCase() || !para)
    ) {
      flush();
      const start = a + lead;
      const end = start + trimmed.length;
      headings.push({ level: 2, start, end, text: trimmed });
      blocks.push(makeBlock('heading', text, start, end, 'text', { level: 2 }));
      continue;
    }
    const list = /^([-*•]|\d+[.)])\s+/.exec(trimmed);
    if (list) {
      flush();
      const start = a + lead + list[0].length;
      const end = a + lead + trimmed.length;
      const task = /^\[([ xX])\]\s+/.exec(text.slice(start, end));
      blocks.push(
        makeBlock('list-item', text, task ? start + task[0].length : start, end, 'text', {
          checked: task ? task[1] !== ' ' : null,
          depth: 0,
        }),
      );
      continue;
    }
    para = para ? [para[0], a + lead + trimmed.length] : [a + lead, a + lead + trimmed.length];
  }
  flush();
  return { blocks, headings, comments };
}
