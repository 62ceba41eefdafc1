import type { CheckKind } from './types.js';
import { phraseParams } from './schemas/phrase.js';
import type { PhraseParams } from './schemas/generated.js';

export type { PhraseParams };
import type { Analysis } from '../people/index.js';
import { compilePhrases, findPhrases, isQuoted, negatedBefore, proseSentences, type Phrase } from './prose.js';


type CompiledPhrases = { phrases: Phrase[]; notBefore: Set<string>; notAfter: Set<string>; framed: Set<string>; causes: Set<string> };
const compiled = new WeakMap<object, CompiledPhrases>();

export function compilePhraseParams(params: PhraseParams): CompiledPhrases {
  let c = compiled.get(params);
  if (!c) {
    c = {
      phrases: compilePhrases(params.phrases ?? []), notBefore: new Set(params.notBefore ?? []), notAfter: new Set(params.notAfter ?? []),
      framed: new Set((params.causeFrameOnly ?? []).map((p) => p.toLowerCase())), causes: new Set(params.causeWords ?? []),
    };
    compiled.set(params, c);
  }
  return c;
}

/** The lexeme ranges where a phrase of the vocabulary is used (not quoted, negated, named as a term or part of a longer one). */
export function* phraseHits(a: Analysis, c: CompiledPhrases): Generator<[number, number]> {
  for (const m of findPhrases(a, c.phrases)) {
    const next = a.lx[m.last + 1];
    const prev = a.lx[m.first - 1];
    if (next?.kind === 'word' && c.notBefore.has(next.lower)) continue;
    if (prev?.kind === 'word' && c.notAfter.has(prev.lower)) continue;
    // ("Human error is not an acceptable root cause": the term negated right after it.)
    const after = a.lx.slice(m.last + 1, m.last + 3).map((t) => t.lower);
    if (isQuoted(a, m.first) || negatedBefore(a, m.first, 2) || /^(is|was|are|were)$/.test(after[0] ?? '') && after[1] === 'not' || /^(isn't|wasn't|aren't|weren't)$/.test(after[0] ?? '')) continue;
    if (c.framed.has(m.phrase.text.toLowerCase()) && prev?.text !== ':' && !a.lx.some((t) => c.causes.has(t.lower))) continue;
    yield [m.first, m.last];
  }
}

/**
 * `phrase`: a plain vocabulary. Fires on each phrase of the list, except where it is quoted to be
 * discussed (“human error”), negated ("not human error"), named as a term ("the phrase human error")
 * or part of a longer technical term ("user error rate").
 */
export const phrase: CheckKind<'phrase'> = {
  name: 'phrase',
  params: phraseParams,
  run(ctx) {
    const c = compilePhraseParams(ctx.rule.params);
    const suggestions = ctx.rule.params.suggestion;
    for (const { a } of proseSentences(ctx)) {
      for (const [first, last] of phraseHits(a, c)) {
        ctx.report({ start: a.lx[first]!.start, end: a.lx[last]!.end, suggestions: suggestions ? [{ description: suggestions }] : undefined });
      }
    }
  },
};
