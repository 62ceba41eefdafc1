import { lint } from '@blameless-lint/core';
import { readFileSync } from 'node:fs';
const lines = readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const l of lines) {
  const text = `---\ntype: postmortem\n---\n## Lessons learned\n- ${l}\n`;
  const d = lint(text, { config: { extends: 'strict' }, now: '2026-12-01' }).diagnostics.filter((d) => d.ruleId === 'vague-lesson');
  console.log(d.length ? 'HIT ' : '--- ', l);
}
