import { lint } from '@blameless-lint/core';
import { readFileSync } from 'node:fs';
for (const l of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const text = `---\ntype: postmortem\n---\n## Summary\n${l}\n`;
  const d = lint(text, { config: { extends: 'strict' }, now: '2026-12-01' }).diagnostics.filter((d) => d.ruleId === 'summary-impact');
  console.log(d.length ? d[0].message.slice(0, 50) : 'CLEAN', ' | ', l.slice(0, 90));
}
