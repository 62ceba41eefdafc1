#!/usr/bin/env node
// Scores a blind batch of language rows (`<section> | <label> | <sentence>`, see BLIND.md) with the built
// library, each row linted alone under its section's heading with the `language` preset, as the labelled
// development set is. Prints counts only; --verbose lists every miss and false alarm (read them only after
// the score is recorded). usage: node test/labelled/language/blind/score.mjs FILE [--verbose]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lint } from '@blameless-lint/core';

const HEADINGS = {
  summary: 'Summary',
  timeline: 'Timeline',
  'contributing-factors': 'Contributing factors',
  lessons: 'What we learned',
  'action-items': 'Action items',
};
const RULES = ['names-as-root-cause', 'judgmental-language', 'counterfactual', 'human-error'];
const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const [file] = main ? process.argv.slice(2).filter((a) => !a.startsWith('--')) : [];
const verbose = process.argv.includes('--verbose');

export function rowsOf(text) {
  return text
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .filter(({ l }) => l.trim() && !l.startsWith('#'))
    .map(({ l, line }) => {
      const [section, label, ...rest] = l.split('|').map((s) => s.trim());
      if (!HEADINGS[section] || !(label === 'clean' || RULES.includes(label)) || !rest.length)
        throw new Error(`${line}: not a row: ${l}`);
      return { section, label, text: rest.join('|'), line };
    });
}

export function fired(row) {
  const body =
    row.section === 'timeline' ? `- ${row.text}` : row.section === 'action-items' ? `- [ ] ${row.text}` : row.text;
  const text = `# Postmortem\n\n## ${HEADINGS[row.section]}\n\n${body}\n`;
  return lint(text, { config: { extends: 'language' }, now: '2026-12-01' })
    .diagnostics.filter((d) => d.range.start.line === 5 && RULES.includes(d.ruleId))
    .map((d) => d.ruleId);
}

export function score(rows) {
  const per = Object.fromEntries(RULES.map((r) => [r, { n: 0, hit: 0 }]));
  let blameful = 0,
    anyHit = 0,
    clean = 0,
    falseAlarms = 0;
  const misses = [],
    falses = [];
  for (const row of rows) {
    const f = fired(row);
    if (row.label === 'clean') {
      clean++;
      if (f.length) falseAlarms++, falses.push(`${row.line} [${f.join(',')}] ${row.section} | ${row.text}`);
      continue;
    }
    blameful++;
    per[row.label].n++;
    if (f.includes(row.label)) per[row.label].hit++;
    if (f.length) anyHit++;
    if (!f.includes(row.label))
      misses.push(`${row.line} ${row.label}${f.length ? ` (got ${f.join(',')})` : ''} ${row.section} | ${row.text}`);
  }
  const ruleHits = RULES.reduce((a, r) => a + per[r].hit, 0);
  return {
    blameful,
    clean,
    recallByRule: ruleHits / blameful,
    recallAny: anyHit / blameful,
    falseAlarmRate: falseAlarms / Math.max(1, clean),
    falseAlarms,
    per,
    misses,
    falses,
  };
}

if (file) {
  const s = score(rowsOf(readFileSync(file, 'utf8')));
  const f = (x) => x.toFixed(2);
  console.log(`${file}: ${s.blameful} blameful, ${s.clean} look-alikes`);
  console.log(
    `recall (the labelled rule fires) ${f(s.recallByRule)}; recall (any language rule fires) ${f(s.recallAny)}; look-alike false alarms ${s.falseAlarms}/${s.clean} = ${f(s.falseAlarmRate)}`,
  );
  for (const [r, v] of Object.entries(s.per))
    console.log(`  ${r.padEnd(22)} ${v.hit}/${v.n} = ${f(v.hit / Math.max(1, v.n))}`);
  if (verbose) {
    for (const m of s.misses) console.log(`MISSED ${m}`);
    for (const x of s.falses) console.log(`FALSE ${x}`);
  }
}
