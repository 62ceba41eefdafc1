#!/usr/bin/env node
// Scores a blind batch of structure documents (a folder of Markdown postmortems and labels.json, see BLIND.md)
// with the built library and the default config, now = 2026-12-01. Every timeline entry and action item is
// labelled with the rules that must fire on it ([] for a clean one); a timeline with its once-per-timeline rules.
// Prints counts only; --verbose lists misses and false alarms. usage: node test/labelled/structure/blind/score.mjs DIR [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '@blameless-lint/core';

const ITEM_RULES = [
  'timeline-timestamp',
  'timeline-order',
  'interpretive-timeline',
  'action-item-owner',
  'action-item-deadline',
  'action-item-overdue',
  'vague-action-item',
];
const TIMELINE_RULES = ['timeline-timezone'];
const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const [dir] = main ? process.argv.slice(2).filter((a) => !a.startsWith('--')) : [];
const verbose = process.argv.includes('--verbose');

export function scoreFolder(folder, rules = [...ITEM_RULES, ...TIMELINE_RULES]) {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8'));
  const per = Object.fromEntries(rules.map((r) => [r, { expected: 0, hit: 0, false: 0 }]));
  let units = 0,
    falseUnits = 0,
    stray = 0;
  const misses = [],
    falses = [];
  for (const doc of labels) {
    const text = readFileSync(join(folder, doc.file), 'utf8');
    const diags = lint(text, { filePath: doc.file, now: '2026-12-01' }).diagnostics.filter((d) =>
      rules.includes(d.ruleId),
    );
    const used = new Set();
    const units_ = [
      ...(doc.items ?? []).map((u) => ({ ...u, scope: ITEM_RULES })),
      ...(doc.timelines ?? []).map((u) => ({ ...u, kind: 'timeline-section', scope: TIMELINE_RULES })),
    ];
    for (const u of units_) {
      const end = u.endLine ?? u.line;
      const here = diags.filter(
        (d) => u.scope.includes(d.ruleId) && d.range.start.line >= u.line && d.range.start.line <= end,
      );
      here.forEach((d) => used.add(d));
      const got = new Set(here.map((d) => d.ruleId));
      const want = new Set(u.expected.filter((r) => rules.includes(r)));
      units++;
      let wrong = false;
      for (const r of want) {
        per[r].expected++;
        if (got.has(r)) per[r].hit++;
        else misses.push(`${doc.file}:${u.line} ${r}`);
      }
      for (const r of got)
        if (!want.has(r)) {
          per[r].false++;
          wrong = true;
          falses.push(`${doc.file}:${u.line} ${r}: ${here.find((d) => d.ruleId === r).message}`);
        }
      if (wrong) falseUnits++;
    }
    for (const d of diags)
      if (!used.has(d) && ITEM_RULES.includes(d.ruleId)) {
        stray++;
        per[d.ruleId].false++;
        falses.push(`${doc.file}:${d.range.start.line} ${d.ruleId} (outside any labelled item): ${d.message}`);
      }
  }
  const expected = Object.values(per).reduce((a, v) => a + v.expected, 0);
  const hit = Object.values(per).reduce((a, v) => a + v.hit, 0);
  const fp = Object.values(per).reduce((a, v) => a + v.false, 0);
  return {
    units,
    expected,
    hit,
    recall: hit / Math.max(1, expected),
    precision: hit / Math.max(1, hit + fp),
    falseAlarmRate: (falseUnits + stray) / Math.max(1, units),
    falseUnits,
    stray,
    per,
    misses,
    falses,
  };
}

if (dir) {
  const s = scoreFolder(dir);
  const f = (x) => x.toFixed(2);
  console.log(`${dir}: ${s.units} labelled items and timelines, ${s.expected} expected findings`);
  console.log(
    `recall ${f(s.recall)}; precision ${f(s.precision)}; false alarms ${s.falseUnits} items + ${s.stray} outside items = ${f(s.falseAlarmRate)} of items`,
  );
  for (const [r, v] of Object.entries(s.per))
    console.log(`  ${r.padEnd(22)} hit ${v.hit}/${v.expected}, false ${v.false}`);
  if (verbose) {
    for (const m of s.misses) console.log(`MISSED ${m}`);
    for (const x of s.falses) console.log(`FALSE ${x}`);
  }
}
