#!/usr/bin/env node
// Scores a blind batch of method cases (one text file of `=== <rule> <label>` cases, see ../BLIND.md) with the
// built library under the strict preset, now = 2026-12-01. Each case is one labelled unit with its heading.
// Prints counts only; --verbose lists misses and false alarms. usage: node test/labelled/method/blind/score.mjs FILE [--verbose]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lint } from '@blameless-lint/core';

const RULES = ['vague-lesson', 'summary-impact', 'action-item-tracked', 'factor-coverage'];
const POSITIVE = {
  'vague-lesson': ['vague'],
  'summary-impact': ['no-impact', 'no-affected', 'neither'],
  'action-item-tracked': ['untracked'],
  'factor-coverage': ['single'],
};

export function parseCases(text) {
  const cases = [];
  for (const part of text.split(/^=== /m).slice(1)) {
    const nl = part.indexOf('\n');
    const [rule, label] = part.slice(0, nl).trim().split(/\s+/);
    cases.push({
      rule,
      label,
      body: part
        .slice(nl + 1)
        .replace(/<!--[\s\S]*?-->/g, '')
        .trim(),
    });
  }
  return cases;
}

export function scoreCases(cases) {
  const per = Object.fromEntries(
    RULES.map((r) => [r, { positives: 0, hit: 0, rightKind: 0, negatives: 0, falseAlarms: 0 }]),
  );
  const misses = [],
    falses = [];
  for (const c of cases) {
    if (!per[c.rule]) continue;
    const text = `---\ntype: postmortem\n---\n${c.body}\n`;
    const found = lint(text, { config: { extends: 'strict' }, now: '2026-12-01' }).diagnostics.filter(
      (d) => d.ruleId === c.rule,
    );
    const positive = POSITIVE[c.rule].includes(c.label.split(':')[0]);
    const s = per[c.rule];
    if (positive) {
      s.positives++;
      if (found.length) {
        s.hit++;
        const kind =
          c.rule === 'summary-impact'
            ? found[0].message.startsWith(
                {
                  'no-impact': 'The summary says who',
                  'no-affected': 'The summary measures the impact',
                  neither: 'The summary measures no',
                }[c.label],
              )
            : c.rule === 'factor-coverage'
              ? found[0].message.includes(`about ${c.label.split(':')[1]}`)
              : true;
        if (kind) s.rightKind++;
      } else misses.push(c);
    } else {
      s.negatives++;
      if (found.length) {
        s.falseAlarms++;
        falses.push({ ...c, message: found[0].message });
      }
    }
  }
  return { per, misses, falses };
}

const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (main) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const { per, misses, falses } = scoreCases(parseCases(readFileSync(file, 'utf8')));
  const f = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
  for (const [r, s] of Object.entries(per)) {
    console.log(
      `${r.padEnd(20)} recall ${f(s.hit, s.positives)} (${s.hit}/${s.positives}, right kind ${s.rightKind})  false alarms ${f(s.falseAlarms, s.negatives)} (${s.falseAlarms}/${s.negatives})`,
    );
  }
  if (process.argv.includes('--verbose')) {
    for (const c of misses) console.log(`\nMISSED ${c.rule} ${c.label}\n${c.body}`);
    for (const c of falses) console.log(`\nFALSE ${c.rule} ${c.label}: ${c.message}\n${c.body}`);
  }
}
