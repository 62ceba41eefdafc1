import type { Language } from '../types.js';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString } from 'nlcst-to-string';
import type { Block, Sentence, Token } from './types.js';
import { maskInline, type Mask } from './mask.js';

// retext-english is quadratic in the length of what it is given and overflows the stack on long runs
// without spaces, so it never sees more than CHUNK characters at once (cut at a sentence end or a space).
const CHUNK = 4000;
const parser = unified().use(retextEnglish);

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Sentences of a block with tokens in source offsets; masked spans (code, URLs) become `masked` tokens. */
export function parseSentences(block: Block, language: Language): Sentence[] {
  const masks = block.kind === 'line' || block.prose !== block.text ? maskInline(block.text, language).masks : [];
  const out: Sentence[] = [];
  for (const [from, to] of chunks(block.prose)) {
    const tree = parser.parse(block.prose.slice(from, to)) as unknown as NlcstNode;
    for (const paragraph of tree.children ?? []) {
      for (const sentence of paragraph.children ?? []) {
        if (sentence.type !== 'SentenceNode') continue;
        out.push(...splitAtLineEnds(toSentence(sentence, block, from, masks), block));
      }
    }
  }
  return out;
}

function toSentence(node: NlcstNode, block: Block, base: number, masks: Mask[]): Sentence {
  const offset = block.start + base;
  const tokens: Token[] = [];
  for (const child of node.children ?? []) {
    const start = offset + (child.position?.start.offset ?? 0);
    const end = offset + (child.position?.end.offset ?? 0);
    const rel = start - block.start;
    const mask = masks.find((m) => rel < m.end && rel + (end - start) > m.start);
    let kind: Token['kind'] =
      child.type === 'WordNode' ? 'word' : child.type === 'WhiteSpaceNode' ? 'whitespace' : child.type === 'PunctuationNode' ? 'punctuation' : 'symbol';
    if (mask && kind !== 'whitespace' && (mask.kind === 'code' || mask.kind === 'url')) kind = 'masked';
    const text = kind === 'masked' ? block.text.slice(rel, rel + (end - start)) : toString(child as never);
    tokens.push({ kind, text, start, end });
  }
  const start = tokens.length ? tokens[0].start : offset;
  const end = tokens.length ? tokens[tokens.length - 1].end : offset;
  return {
    start,
    end,
    text: block.prose.slice(start - block.start, end - block.start),
    tokens,
    words: tokens.filter((t) => t.kind === 'word'),
  };
}

/**
 * retext-english joins "… than v1.5.7.\ncLabs did not …" into one sentence because the next word starts in
 * lower case. A full stop that ends a line ends the sentence, whatever the case of the next word.
 */
function splitAtLineEnds(sentence: Sentence, block: Block): Sentence[] {
  const t = sentence.tokens;
  const cuts: number[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    // The full stop may be a token of its own or the end of a word ("v1.5.7."), but not an abbreviation's.
    const stop = t[i]!.kind === 'punctuation' && /^[.!?]$/.test(t[i]!.text) || t[i]!.kind === 'word' && /[^.]\.$/.test(t[i]!.text) && !/^(e\.g|i\.e|etc|vs|cf|approx|incl|esp|al)\.$/i.test(t[i]!.text);
    if (stop && t[i + 1]!.kind === 'whitespace' && t[i + 1]!.text.includes('\n') && t[i + 2]!.kind === 'word' && /^\p{Ll}/u.test(t[i + 2]!.text)) cuts.push(i + 2);
  }
  if (!cuts.length) return [sentence];
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, t.length]) {
    let to = cut;
    while (to > from && t[to - 1]!.kind === 'whitespace') to--;
    const tokens = t.slice(from, to);
    if (tokens.length) {
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      out.push({ start, end, text: block.prose.slice(start - block.start, end - block.start), tokens, words: tokens.filter((x) => x.kind === 'word') });
    }
    from = cut;
  }
  return out;
}

/** [from, to) windows of at most CHUNK characters, cut after sentence punctuation or whitespace. */
export function chunks(text: string): Array<[number, number]> {
  if (text.length <= CHUNK) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + CHUNK, text.length);
    if (to < text.length) {
      const window = text.slice(from + CHUNK / 2, to);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
      const space = window.search(/\s\S*$/);
      const cut = sentenceEnd !== -1 ? sentenceEnd + 1 : space;
      if (cut > 0) to = from + CHUNK / 2 + cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}
