import { describe, expect, it } from 'vitest';
import { firedOn, loadCases } from './cases.js';

const FLOOR = { precision: 0.95, recall: 0.85 };
const cases = loadCases();
const rules = [...new Set(cases.map((c) => c.ruleId))].sort();

describe('labelled language set', () => {
  it('has at least 150 positives and 150 look-alike negatives, 25 of each per rule, no duplicates', () => {
    expect(cases.filter((c) => c.positive).length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => !c.positive).length).toBeGreaterThanOrEqual(150);
    for (const r of rules) {
      expect(cases.filter((c) => c.ruleId === r && c.positive).length, r).toBeGreaterThanOrEqual(25);
      expect(cases.filter((c) => c.ruleId === r && !c.positive).length, r).toBeGreaterThanOrEqual(25);
    }
    const texts = cases.map((c) => `${c.ruleId}|${c.text}`);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it.each(rules)(`%s keeps precision >= ${FLOOR.precision} and recall >= ${FLOOR.recall}`, (ruleId) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    const wrong: string[] = [];
    for (const c of cases.filter((x) => x.ruleId === ruleId)) {
      const fired = firedOn(c).includes(ruleId);
      if (fired && c.positive) tp++;
      else if (fired) fp++, wrong.push(`false positive ${c.file}:${c.line} ${c.text}`);
      else if (c.positive) fn++, wrong.push(`missed ${c.file}:${c.line} ${c.text}`);
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `${ruleId}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})${wrong.length ? '\n  ' + wrong.join('\n  ') : ''}`,
    );
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall, wrong.join('\n')).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
