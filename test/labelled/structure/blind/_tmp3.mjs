import { readFileSync } from 'node:fs';
import { lint } from '@blameless-lint/core';
const dir='/work/blind/structure-4/';
const seq = process.argv.slice(2);
for (const f of seq) { const r = lint(readFileSync(dir+f,'utf8'), { filePath: f, now: '2026-12-01' }); console.log(f, r.diagnostics.length, r.diagnostics.map(d=>d.ruleId+':'+d.range.start.line).join(' ').slice(0,300)); }
