// Builds Sentences the way the document model does (retext-english over masked prose), for unit tests of
// person detection that do not need a whole document.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Sentence, Token } from '../../packages/core/src/document/types.js';

const parser = unified().use(retextEnglish);

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Node[];
}

/** Sentences of `text`; spans in backticks are masked like inline code. */
export function sentencesOf(text: string): Sentence[] {
  const masks: Array<[number, number]> = [];
  const prose = text.replace(
    /`[^`]*`/g,
    (m, at: number) => (masks.push([at, at + m.length]), '\uFFFC'.repeat(m.length)),
  );
  const tree = parser.parse(prose) as unknown as Node;
  const out: Sentence[] = [];
  for (const para of tree.children ?? []) {
    for (const s of para.children ?? []) {
      if (s.type !== 'SentenceNode') continue;
      const tokens: Token[] = [];
      for (const c of s.children ?? []) {
        const start = c.position!.start.offset!;
        const end = c.position!.end.offset!;
        const mask = masks.find(([a, b]) => start >= a && end <= b);
        if (mask) {
          const last = tokens[tokens.length - 1];
          if (last?.kind === 'masked' && last.start === mask[0]) continue;
          tokens.push({ kind: 'masked', text: text.slice(mask[0], mask[1]), start: mask[0], end: mask[1] });
          continue;
        }
        const kind =
          c.type === 'WordNode'
            ? 'word'
            : c.type === 'WhiteSpaceNode'
              ? 'whitespace'
              : c.type === 'PunctuationNode'
                ? 'punctuation'
                : 'symbol';
        tokens.push({ kind, text: text.slice(start, end), start, end });
      }
      const start = s.position!.start.offset!;
      const end = s.position!.end.offset!;
      out.push({ start, end, text: prose.slice(start, end), tokens, words: tokens.filter((t) => t.kind === 'word') });
    }
  }
  return out;
}
