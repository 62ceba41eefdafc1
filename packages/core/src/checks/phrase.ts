import type { CheckContext, CheckKind, FindingSuggestion } from './types.js';
import { phraseParams } from './schemas/phrase.js';
import type { PhraseParams } from './schemas/generated.js';
import type { Analysis } from '../people/index.js';
import type { Block } from '../document/types.js';
import { scanWord } from '../grammar/inflect.js';
import { compilePhrases, findPhrases, isQuoted, negatedBefore, proseSentences, type Phrase } from './prose.js';
import { compilePattern, patternMatches } from './patterns.js';
import { scopedBlocks } from './phrase-scope.js';

export type { PhraseParams };

/** The parts of a phrase vocabulary that matching reads (the phrase kind's params, and person-error's). */
type Vocabulary = Pick<
  PhraseParams,
  'phrases' | 'notBefore' | 'notAfter' | 'causeFrameOnly' | 'causeWords' | 'negatedIsMention'
>;
type CompiledPhrases = {
  phrases: Phrase[];
  notBefore: Set<string>;
  notAfter: Set<string>;
  framed: Set<string>;
  causes: Set<string>;
  negated: boolean;
};
const compiled = new WeakMap<object, CompiledPhrases>();

export function compilePhraseParams(params: Vocabulary): CompiledPhrases {
  let c = compiled.get(params);
  if (!c) {
    c = {
      phrases: compilePhrases(params.phrases ?? []),
      notBefore: new Set(params.notBefore ?? []),
      notAfter: new Set(params.notAfter ?? []),
      framed: new Set((params.causeFrameOnly ?? []).map((p) => p.toLowerCase())),
      causes: new Set(params.causeWords ?? []),
      negated: params.negatedIsMention ?? true,
    };
    compiled.set(params, c);
  }
  return c;
}

/**
 * Is the word run first..last a use of the term, not a mention: not quoted to be discussed (“human error”),
 * not named as a term ("the phrase human error"), not part of a longer term ("user error rate"), and, unless
 * the vocabulary says a negated use counts, not negated ("not human error", "human error was not the cause").
 */
function isUse(a: Analysis, first: number, last: number, c: CompiledPhrases): boolean {
  const next = a.lx[last + 1];
  const prev = a.lx[first - 1];
  if (next?.kind === 'word' && c.notBefore.has(next.lower)) return false;
  if (prev?.kind === 'word' && c.notAfter.has(prev.lower)) return false;
  if (isQuoted(a, first)) return false;
  if (!c.negated) return true;
  // ("Human error is not an acceptable root cause": the term negated right after it.)
  const after = a.lx.slice(last + 1, last + 3).map((t) => t.lower);
  return !(
    negatedBefore(a, first, 2) ||
    (/^(is|was|are|were)$/.test(after[0] ?? '') && after[1] === 'not') ||
    /^(isn't|wasn't|aren't|weren't)$/.test(after[0] ?? '')
  );
}

/** The lexeme ranges where a phrase of the vocabulary is used (see `isUse`). */
export function* phraseHits(a: Analysis, c: CompiledPhrases): Generator<[number, number]> {
  for (const m of findPhrases(a, c.phrases)) {
    if (!isUse(a, m.first, m.last, c)) continue;
    if (
      c.framed.has(m.phrase.text.toLowerCase()) &&
      a.lx[m.first - 1]?.text !== ':' &&
      !a.lx.some((t) => c.causes.has(t.lower))
    )
      continue;
    yield [m.first, m.last];
  }
}

/**
 * `phrase`: a plain vocabulary, built-in or a house rule from config. Fires on each phrase of the list (whole
 * words, any case) and on each match of its patterns (RE2, whole words), where the rule's `within` looks,
 * except where the term is quoted to be discussed, named as a term or part of a longer one (and, by default,
 * negated). A `rewrite` is offered as a fix.
 */
export const phrase: CheckKind<'phrase'> = {
  name: 'phrase',
  params: phraseParams,
  // The candidate scan may only skip blocks when every finding needs one of the phrases' words and the block's
  // own facts (its section kind) decide where the rule looks: not for patterns, timeline entries or items.
  triggers(params) {
    const within = params.within ?? 'prose';
    if (params.patterns?.length || within === 'timeline' || within === 'action-items') return [];
    return (params.phrases ?? []).map(scanWord);
  },
  run(ctx) {
    const p = ctx.rule.params;
    const c = compilePhraseParams(p);
    const blocks = scopedBlocks(ctx, p.within ?? 'prose');
    const taken: Array<[number, number]> = [];
    const report = (start: number, end: number): void => {
      if (taken.some(([s, e]) => start < e && end > s)) return;
      taken.push([start, end]);
      ctx.report({ start, end, suggestions: suggestionsOf(p) });
    };
    if (c.phrases.length) {
      for (const { a } of proseSentences({ ...ctx, blocks })) {
        for (const [first, last] of phraseHits(a, c)) report(a.lx[first]!.start, a.lx[last]!.end);
      }
    }
    if (p.patterns?.length) for (const [start, end] of patternHits(ctx, blocks, p, c)) report(start, end);
  },
};

/** Matches of the rule's patterns in the blocks' prose that are uses of the term (the same test as phrases'). */
function* patternHits(
  ctx: CheckContext<'phrase'>,
  blocks: Block[],
  p: PhraseParams,
  c: CompiledPhrases,
): Generator<[number, number]> {
  const matchers = (p.patterns ?? []).map((source) => compilePattern(source, p.matchCase ?? false));
  for (const block of blocks) {
    if (block.kind === 'heading' || block.split) continue;
    const found: Array<[number, number]> = [];
    for (const re of matchers) {
      for (const [s, e] of patternMatches(re, block.prose)) {
        // Masked spans (inline code, URLs, markup) read differently in the prose than in the source: not words.
        if (block.prose.slice(s, e) === ctx.doc.text.slice(block.start + s, block.start + e))
          found.push([block.start + s, block.start + e]);
      }
    }
    if (!found.length) continue;
    // Only a block with a match is split into sentences, to judge each match as the phrases are judged.
    for (const { a } of proseSentences({ ...ctx, blocks: [block] })) {
      for (const [start, end] of found) {
        const first = a.lx.findIndex((t) => t.end > start);
        if (first < 0 || a.lx[first]!.start >= end || start < a.sentence.start || start >= a.sentence.end) continue;
        let last = first;
        while (a.lx[last + 1] && a.lx[last + 1]!.start < end) last++;
        if (isUse(a, first, last, c)) yield [start, end];
      }
    }
  }
}

function suggestionsOf(p: PhraseParams): FindingSuggestion[] | undefined {
  const out: FindingSuggestion[] = [];
  if (p.rewrite !== undefined) out.push({ description: `Replace with "${p.rewrite}"`, text: p.rewrite });
  if (p.suggestion) out.push({ description: p.suggestion });
  return out.length ? out : undefined;
}
