import type { Language } from '../types.js';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString as nlcstToString } from 'nlcst-to-string';
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
        out.push(...splitAtStops(toSentence(sentence, block, from, masks), block));
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
    const mask = masks.length ? maskOver(masks, rel, rel + (end - start)) : undefined;
    let kind: Token['kind'] =
      child.type === 'WordNode'
        ? 'word'
        : child.type === 'WhiteSpaceNode'
          ? 'whitespace'
          : child.type === 'PunctuationNode'
            ? 'punctuation'
            : 'symbol';
    if (mask && kind !== 'whitespace' && (mask.kind === 'code' || mask.kind === 'url')) kind = 'masked';
    // The parser's offsets are exact: a slice of the prose is the token's text, without walking its children.
    // Positions are optional in nlcst (as the offsets above read them): a node without one keeps its own text.
    const text = !child.position
      ? nlcstToString(child as never)
      : (kind === 'masked' ? block.text : block.prose).slice(rel, rel + (end - start));
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

function maskOver(masks: Mask[], from: number, to: number): Mask | undefined {
  for (const m of masks) if (from < m.end && to > m.start) return m;
  return undefined;
}

/**
 * retext-english joins "… than v1.5.7.\ncLabs did not …" into one sentence because the next word starts in
 * lower case, and leaves the full stop inside the word ("Zhang.") when what follows is lower case or a symbol
 * (chat logs, "… Zhang. it was …"). A full stop that ends a line ends the sentence, whatever the case of the
 * next word; so does one after a plain word (not an abbreviation or an initial) before a lower-case word or a
 * symbol, and that word loses the full stop.
 */
function splitAtStops(sentence: Sentence, block: Block): Sentence[] {
  const t = detachStops(sentence.tokens);
  const cuts: number[] = [];
  for (let i = 0; i + 2 < t.length; i++) {
    // (Most tokens end in no stop: the tests below run only for those that do.)
    if (t[i + 1]!.kind !== 'whitespace' || !STOP_AT_END.test(t[i]!.text)) continue;
    const next = t[i + 2]!;
    const opensLower = next.kind === 'word' && /^\p{Ll}/u.test(next.text);
    if (t[i]!.kind === 'punctuation' && /^[.!?]$/.test(t[i]!.text)) {
      if (opensLower || next.kind === 'symbol') cuts.push(i + 2);
    } else if (t[i]!.kind === 'word' && /[^.]\.$/.test(t[i]!.text) && !ABBREVIATION.test(t[i]!.text)) {
      // A word that keeps its full stop ("v1.5.7.") ends a sentence only at a line end.
      if (opensLower && t[i + 1]!.text.includes('\n')) cuts.push(i + 2);
    }
  }
  if (t !== sentence.tokens) sentence = { ...sentence, tokens: t, words: t.filter((x) => x.kind === 'word') };
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
      out.push({
        start,
        end,
        text: block.prose.slice(start - block.start, end - block.start),
        tokens,
        words: tokens.filter((x) => x.kind === 'word'),
      });
    }
    from = cut;
  }
  return out;
}

const STOP_AT_END = /[.!?]$/;
const ABBREVIATION =
  /^(e\.g|i\.e|etc|vs|cf|approx|incl|esp|al|ca|fig|figs|no|nos|vol|ver|mr|mrs|ms|dr|prof|st|jr|sr|inc|ltd|co|corp|dept|min|mins|max|sec|secs|hr|hrs|est|resp|ref|eq)\.$/i;

/** A full stop retext left inside a plain word ("Zhang." before "it"), as a token of its own. */
function detachStops(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const split =
      tok.kind === 'word' &&
      tok.text.endsWith('.') &&
      i + 1 < tokens.length &&
      tokens[i + 1]!.kind === 'whitespace' &&
      /^[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]\.$/u.test(tok.text) &&
      !ABBREVIATION.test(tok.text);
    if (split) {
      out ??= tokens.slice(0, i);
      out.push(
        { kind: 'word', text: tok.text.slice(0, -1), start: tok.start, end: tok.end - 1 },
        { kind: 'punctuation', text: '.', start: tok.end - 1, end: tok.end },
      );
    } else out?.push(tok);
  }
  return out ?? tokens;
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
      const sentenceEnd = Math.max(
        window.lastIndexOf('. '),
        window.lastIndexOf('? '),
        window.lastIndexOf('! '),
        window.lastIndexOf('\n'),
      );
      const space = window.search(/\s\S*$/);
      const cut = sentenceEnd !== -1 ? sentenceEnd + 1 : space;
      if (cut > 0) to = from + CHUNK / 2 + cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}
