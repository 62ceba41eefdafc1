import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, rules, type RuleSetting } from '@blameless-lint/core';
import { ruleData } from '../../packages/core/src/rules/generated.js';
import { checkKinds } from '../../packages/core/src/checks/index.js';

const root = new URL('../../', import.meta.url);
const ids = readdirSync(new URL('rules/', root))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.slice(0, -4));

/**
 * Lint with only `id` on, so an example proves its own rule and no other. Post-phase rules judge the
 * other rules' findings (suppressions), so they run with every rule on.
 */
const only = (id: string, text: string) => {
  const post = checkKinds.find((k) => k.name === ruleData.find((r) => r.id === id)!.check)?.phase === 'post';
  const rulesConfig: Record<string, RuleSetting> = post
    ? {}
    : Object.fromEntries(ruleData.map((r) => [r.id, r.id === id ? 'warning' : 'off']));
  return lint(text, { config: { rules: rulesConfig }, now: '2026-11-27' }).diagnostics.filter((d) => d.ruleId === id);
};

describe('every rule has its data, docs and cases', () => {
  it.each(ids)('%s has rules/<id>.yml, rules/<id>.md and a test file', (id) => {
    expect(existsSync(new URL(`rules/${id}.md`, root))).toBe(true);
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root))).toBe(true);
  });

  it('exports metadata for every rule file, sorted by id', () => {
    expect(rules.map((r) => r.id)).toEqual([...ids].sort());
    for (const r of rules) {
      expect(r.url).toBe(`https://github.com/blameless-lint/blameless-lint/blob/main/rules/${r.id}.md`);
      expect(r.options.additionalProperties).toBe(false);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it.each(ids)('%s names a check kind that exists', (id) => {
    const rule = ruleData.find((r) => r.id === id)!;
    expect(checkKinds.map((k) => k.name)).toContain(rule.check);
  });
});

describe('rule docs: incorrect examples fire, correct ones do not', () => {
  for (const rule of ruleData) {
    it(`${rule.id} has examples of both kinds`, () => {
      expect(rule.docs.incorrect.length).toBeGreaterThan(0);
      expect(rule.docs.correct.length).toBeGreaterThan(0);
    });
    rule.docs.incorrect.forEach((example, i) => {
      it(`${rule.id}: incorrect example ${i + 1} is flagged`, () => {
        expect(only(rule.id, example).length).toBeGreaterThan(0);
      });
    });
    rule.docs.correct.forEach((example, i) => {
      it(`${rule.id}: correct example ${i + 1} is clean`, () => {
        expect(only(rule.id, example)).toEqual([]);
      });
    });
  }
});
