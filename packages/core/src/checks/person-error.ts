import { agentKind, isPeopleKind } from '../grammar/agents.js';
import { isPersonNoun } from '../grammar/lexicon.js';
import { unpossess } from '../people/lexemes.js';
import { parseOf, triggered } from './clauses.js';
import { scanWord } from '../grammar/inflect.js';
import { compilePhraseParams, phraseHits } from './phrase.js';
import { isQuoted, negatedBefore, peopleOptions, proseSentences } from './prose.js';
import type { CheckKind } from './types.js';
import { personErrorParams } from './schemas/person-error.js';

/**
 * `person-error`: "human error" and its kin. The rule's phrases ("human error", "operator error", "PEBKAC"),
 * and an error noun attributed to people by grammar: a person noun or manual work before it ("a keying
 * error", "a technician mistake") or a person after it ("a slip by the operator", "an error on the part of
 * staff"). Quoted, negated or named as a term, it is not a cause.
 */
export const personError: CheckKind<'person-error'> = {
  name: 'person-error',
  params: personErrorParams,
  triggers(params) {
    const p = params;
    return [...p.phrases.map(scanWord), ...p.errorNouns];
  },
  run(ctx) {
    const p = ctx.rule.params;
    const c = compilePhraseParams(p);
    const errors = new Set(p.errorNouns);
    const manual = new Set(p.manualModifiers);
    const suggestions = p.suggestion ? [{ description: p.suggestion }] : undefined;
    // Two-word terms of the vocabulary ("user error", "human errors") are the phrase check's to judge.
    const sing = (w: string): string => w.replace(/s$/, '');
    const terms = new Set(
      p.phrases
        .map((x) => x.toLowerCase().split(/\s+/))
        .filter((w) => w.length === 2)
        .map((w) => `${sing(w[0]!)} ${sing(w[1]!)}`),
    );
    const options = peopleOptions(ctx.config, ctx.doc);
    for (const { a } of proseSentences(ctx, triggered(ctx))) {
      const taken: Array<[number, number]> = [];
      const report = (first: number, last: number): void => {
        if (taken.some(([f, l]) => first <= l && last >= f)) return;
        taken.push([first, last]);
        ctx.report({ start: a.lx[first]!.start, end: a.lx[last]!.end, suggestions });
      };
      for (const [first, last] of phraseHits(a, c)) report(first, last);
      // The noun frames need an error noun after a modifier or before "by", "of" or "on the part of": only
      // then is the sentence parsed.
      const i = a.lx.findIndex((t) => errors.has(unpossess(t.lower).base));
      if (
        i < 0 ||
        (!a.lx.slice(i + 1).some((t) => /^(by|of|part)$/.test(t.lower)) &&
          !a.lx.some(
            (t, k) =>
              errors.has(unpossess(t.lower).base) &&
              k > 0 &&
              (manual.has(a.lx[k - 1]!.lower) || isPersonNoun(a.lx[k - 1]!.lower)),
          ))
      )
        continue;
      const parse = parseOf(a, options);
      for (const np of parse.phrases) {
        const head = unpossess(a.lx[np.head]!.lower).base;
        if (!errors.has(head) || isQuoted(a, np.head) || negatedBefore(a, np.first, 2)) continue;
        const next = a.lx[np.last + 1];
        if (next?.kind === 'word' && c.notBefore.has(next.lower)) continue;
        // "a keying error", "a technician mistake", "manual errors".
        const before = a.lx[np.head - 1];
        if (
          np.head > np.first &&
          before &&
          !terms.has(`${sing(before.lower)} ${sing(head)}`) &&
          !c.notAfter.has(a.lx[np.head - 2]?.lower ?? '') &&
          (manual.has(before.lower) ||
            (isPersonNoun(before.lower) &&
              !/^(users?|customers?|clients?)$/.test(before.lower) &&
              !a.at(np.head - 1)?.incidentRole))
        ) {
          report(np.head - 1, np.head);
          continue;
        }
        // "a slip by the operator", "an error on the part of staff", "a mistake of the technician".
        if (
          np.pp &&
          /^(by|of)$/.test(np.pp.prep) &&
          isPeopleKind(agentKind(parse, np.pp.np)) &&
          !/^(we|us|our)$/.test(a.lx[np.pp.np.head]!.lower)
        )
          report(np.head, np.pp.np.last);
        else if (
          a.lx[np.last + 1]?.lower === 'on' &&
          a.lx[np.last + 2]?.lower === 'the' &&
          a.lx[np.last + 3]?.lower === 'part' &&
          a.lx[np.last + 4]?.lower === 'of'
        ) {
          const who = parse.phraseAt(np.last + 5) ?? parse.phraseAt(np.last + 6);
          if (who && isPeopleKind(agentKind(parse, who))) report(np.head, who.last);
        }
      }
    }
  },
};
