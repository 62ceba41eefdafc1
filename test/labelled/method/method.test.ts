/**
 * The method rules (vague-lesson, summary-impact, action-item-tracked, factor-coverage) on their labelled
 * cases (method.cases.md, in the blind batches' format): every positive is found, no look-alike is flagged.
 * In-sample by construction; BLIND.md has the figures on text nobody tuned to.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { parseCases, scoreCases } from './blind/score.mjs';

const text = readFileSync(fileURLToPath(new URL('./method.cases.md', import.meta.url)), 'utf8').replace(
  /^<!--[\s\S]*?-->/,
  '',
);
const cases = parseCases(text) as Array<{ rule: string; label: string; body: string }>;
const { per, misses, falses } = scoreCases(cases);

describe('method rules on their labelled cases', () => {
  it('has positives and look-alikes for every rule', () => {
    for (const rule of ['vague-lesson', 'summary-impact', 'action-item-tracked', 'factor-coverage']) {
      expect(per[rule].positives, rule).toBeGreaterThanOrEqual(3);
      expect(per[rule].negatives, rule).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds every positive, with the right kind', () => {
    expect(misses.map((c: { rule: string; body: string }) => `${c.rule}: ${c.body}`)).toEqual([]);
    for (const [rule, s] of Object.entries(per) as Array<[string, { hit: number; rightKind: number }]>)
      expect(s.rightKind, rule).toBe(s.hit);
  });

  it('flags no look-alike', () => {
    expect(falses.map((c: { rule: string; body: string }) => `${c.rule}: ${c.body}`)).toEqual([]);
  });
});
