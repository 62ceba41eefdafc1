import type { CheckKind } from './types.js';
import { compilePhrases, findPhrases, isQuoted, negatedBefore, proseSentences, type Phrase } from './prose.js';

interface Params {
  /** The phrases that fire, in the rule's words. */
  phrases: string[];
  /** Words that, right after a match, make it a different term ("user error rate", "user error messages"). */
  notBefore?: string[];
  /** Words right before a match that make it a mention of the term rather than a use ("the phrase human error"). */
  notAfter?: string[];
  /** Phrases that are also ordinary terms ("user error" as a 4xx): they fire only in a sentence with a cause word. */
  causeFrameOnly?: string[];
  /** Words that make a sentence state a cause ("cause", "due", "blamed"). */
  causeWords?: string[];
  /** Advice attached to every finding. */
  suggestion?: string;
}

const compiled = new WeakMap<object, { phrases: Phrase[]; notBefore: Set<string>; notAfter: Set<string>; framed: Set<string>; causes: Set<string> }>();

/**
 * `phrase`: a plain vocabulary. Fires on each phrase of the list, except where it is quoted to be
 * discussed (“human error”), negated ("not human error"), named as a term ("the phrase human error")
 * or part of a longer technical term ("user error rate").
 */
export const phrase: CheckKind = {
  name: 'phrase',
  params: {
    type: 'object',
    required: ['phrases'],
    additionalProperties: false,
    properties: {
      phrases: { type: 'array', items: { type: 'string' } },
      notBefore: { type: 'array', items: { type: 'string' } },
      notAfter: { type: 'array', items: { type: 'string' } },
      causeFrameOnly: { type: 'array', items: { type: 'string' } },
      causeWords: { type: 'array', items: { type: 'string' } },
      suggestion: { type: 'string' },
    },
  },
  run(ctx) {
    const params = ctx.rule.params as unknown as Params;
    let c = compiled.get(params);
    if (!c) {
      c = {
        phrases: compilePhrases(params.phrases), notBefore: new Set(params.notBefore ?? []), notAfter: new Set(params.notAfter ?? []),
        framed: new Set((params.causeFrameOnly ?? []).map((p) => p.toLowerCase())), causes: new Set(params.causeWords ?? []),
      };
      compiled.set(params, c);
    }
    for (const { a } of proseSentences(ctx)) {
      for (const m of findPhrases(a, c.phrases)) {
        const next = a.lx[m.last + 1];
        const prev = a.lx[m.first - 1];
        if (next?.kind === 'word' && c.notBefore.has(next.lower)) continue;
        if (prev?.kind === 'word' && c.notAfter.has(prev.lower)) continue;
        if (isQuoted(a, m.first) || negatedBefore(a, m.first, 2)) continue;
        if (c.framed.has(m.phrase.text.toLowerCase()) && prev?.text !== ':' && !a.lx.some((t) => c.causes.has(t.lower))) continue;
        ctx.report({
          start: a.lx[m.first]!.start,
          end: a.lx[m.last]!.end,
          suggestions: params.suggestion ? [{ description: params.suggestion }] : undefined,
        });
      }
    }
  },
};
