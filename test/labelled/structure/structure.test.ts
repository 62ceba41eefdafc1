import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, type RuleSetting, type UserConfig } from '@blameless-lint/core';
import { ruleData } from '../../../packages/core/src/rules/generated.js';

// Precision and recall per structure rule over the labelled cases in this folder. CI fails when a rule
// drops below precision 0.95 or recall 0.90: a linter that cries wolf is switched off.
const FLOOR = { precision: 0.95, recall: 0.9 };
const NOW = '2026-11-27';

interface Case {
  text: string;
  expected: Set<string>;
  line: number;
}

function readBlocks(file: string, codes: Record<string, string>): Case[] {
  const src = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/<!--[\s\S]*?-->/, (c) =>
    c.replace(/[^\n]/g, ''),
  );
  const lines = src.split('\n');
  const cases: Case[] = [];
  lines.forEach((line, i) => {
    const m = /^=== (.+)$/.exec(line);
    if (!m) return;
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith('=== ')) j++;
    cases.push({
      text: lines
        .slice(i + 1, j)
        .join('\n')
        .trim(),
      expected: toRules(m[1], codes),
      line: i + 1,
    });
  });
  return cases;
}

function readLines(file: string, codes: Record<string, string>): Case[] {
  const src = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/<!--[\s\S]*?-->/, (c) =>
    c.replace(/[^\n]/g, ''),
  );
  return src.split('\n').flatMap((line, i) => {
    const m = /^([A-Z-]+) \| (.*)$/.exec(line);
    return m
      ? [{ text: `## Action items\n\n${m[2].replace(/\\n/g, '\n')}`, expected: toRules(m[1], codes), line: i + 1 }]
      : [];
  });
}

function toRules(spec: string, codes: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const c of spec.replace(/[\s-]/g, '')) {
    if (!codes[c]) throw new Error(`unknown label code ${c}`);
    out.add(codes[c]);
  }
  return out;
}

function score(cases: Case[], ids: string[]) {
  const config: UserConfig = {
    rules: Object.fromEntries(
      ruleData.map((r): [string, RuleSetting] => [r.id, ids.includes(r.id) ? 'warning' : 'off']),
    ),
  };
  const stats = Object.fromEntries(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0, errors: [] as string[] }]));
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.text)) throw new Error(`duplicate case at line ${c.line}`);
    seen.add(c.text);
    const fired = new Set(
      lint(`---\ntype: postmortem\n---\n${c.text}\n`, { config, now: NOW }).diagnostics.map((d) => d.ruleId),
    );
    for (const id of ids) {
      const s = stats[id];
      if (fired.has(id) && c.expected.has(id)) s.tp++;
      else if (fired.has(id)) s.fp++, s.errors.push(`FP line ${c.line}`);
      else if (c.expected.has(id)) s.fn++, s.errors.push(`FN line ${c.line}`);
    }
  }
  return Object.entries(stats).map(([id, s]) => ({
    id,
    ...s,
    precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1,
    recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1,
  }));
}

const groups = [
  {
    name: 'timeline',
    cases: readBlocks('./timeline.cases.md', {
      Z: 'timeline-timezone',
      R: 'timeline-order',
      T: 'timeline-timestamp',
      I: 'interpretive-timeline',
    }),
    ids: ['timeline-timezone', 'timeline-order', 'timeline-timestamp', 'interpretive-timeline'],
  },
  {
    name: 'action items',
    cases: readLines('./action-items.cases.md', {
      O: 'action-item-owner',
      D: 'action-item-deadline',
      X: 'action-item-overdue',
      V: 'vague-action-item',
    }),
    ids: ['action-item-owner', 'action-item-deadline', 'action-item-overdue', 'vague-action-item'],
  },
];

describe('labelled structure set', () => {
  for (const g of groups) {
    it(`${g.name}: at least 120 cases with positives and negatives for every rule`, () => {
      expect(g.cases.length).toBeGreaterThanOrEqual(120);
      for (const id of g.ids) {
        expect(g.cases.filter((c) => c.expected.has(id)).length, id).toBeGreaterThanOrEqual(10);
        expect(g.cases.filter((c) => !c.expected.has(id)).length, id).toBeGreaterThanOrEqual(10);
      }
    });

    it(`${g.name}: precision >= ${FLOOR.precision} and recall >= ${FLOOR.recall} per rule`, () => {
      const results = score(g.cases, g.ids);
      for (const r of results) {
        console.log(
          `${r.id.padEnd(24)} P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} tp=${r.tp} fp=${r.fp} fn=${r.fn} ${r.errors.join(', ')}`,
        );
      }
      for (const r of results) {
        expect(r.precision, `${r.id} precision (${r.errors.join(', ')})`).toBeGreaterThanOrEqual(FLOOR.precision);
        expect(r.recall, `${r.id} recall (${r.errors.join(', ')})`).toBeGreaterThanOrEqual(FLOOR.recall);
      }
    });
  }
});
