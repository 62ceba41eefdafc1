import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '@blameless-lint/core';

const LANGUAGE = new Set(['counterfactual', 'human-error', 'judgmental-language', 'names-as-root-cause']);
// Words the language rules and person detection react to, so random text reaches every branch.
const WORDS = [
  'Sam',
  "Wei's",
  '@kim',
  '@infra-team',
  'the',
  'on-call',
  'engineer',
  'Engineer',
  'B',
  'was',
  'by',
  'caused',
  'failed',
  'to',
  'missed',
  'should',
  'have',
  'had',
  'if',
  'only',
  'human',
  'error',
  'blame',
  'fault',
  'careless',
  'that',
  'took',
  'down',
  'root',
  'cause',
  ':',
  'due',
  'because',
  'not',
  'he',
  'they',
  'who',
  'and',
  ',',
  '.',
  '“',
  '”',
  '"',
  '`x`',
  '14:20',
  'UTC',
  'Nguyễn',
  'Zoë',
  'Jenkins',
  'in',
  'hindsight',
  'remove',
  'access',
  "'s",
  '’',
  '-',
  '(',
  ')',
  '\n',
  '- ',
  '# ',
  '|',
  'x',
];

describe('language rules on arbitrary input', () => {
  it('never fail (a failing rule shows up as a "failed on this file" finding) and stay inside the text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const d of lint(t, { config: { extends: 'language', people: ['Sam'], teams: ['Platform'] } })
          .diagnostics) {
          if (!LANGUAGE.has(d.ruleId)) continue;
          expect(d.message).not.toMatch(/failed on this file/);
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
          expect(d.range.end.offset).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on long runs of trigger words', () => {
    const line =
      'Sam said the on-call should have known that Wei’s change caused it due to human error, and he missed the alert. ';
    const time = (n: number) => {
      const text = line.repeat(n);
      const t = performance.now();
      lint(text, { config: { extends: 'language' } });
      return performance.now() - t;
    };
    time(50);
    const small = time(200);
    const big = time(800);
    expect(big / small).toBeLessThan(8);
  });
});
