import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM build script without types
import { replaceTable } from '../../packages/core/scripts/rules-table.mjs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli/run-cli.js';

describe('README', () => {
  it('has the rules table generated from rules/*.yml (run `npm run docs:rules` after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(replaceTable(readme));
  });

  it('quick start: the first command prints the number of findings the README says, whatever the date', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const command = /^npm ci && npx blameless-lint (.+?)\s+#/m.exec(readme)![1]!.split(/\s+/);
    const claimed = /prints the findings in `examples\/`: (\d+) of them/.exec(readme.replace(/\s+/g, ' '))![1];
    const run = runCli([...command, '--format', 'json'], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    const findings = (JSON.parse(run.stdout) as { files: Array<{ diagnostics: unknown[] }> }).files.reduce(
      (n, f) => n + f.diagnostics.length,
      0,
    );
    expect(String(findings)).toBe(claimed);
  });

  it('does not say the CLI never writes a file: --cache writes one', () => {
    for (const file of ['../../README.md', '../../packages/core/README.md']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\s+/g, ' ');
      expect(text).not.toMatch(/never writes a file\./);
      expect(text).toMatch(/(writes no file but the cache|never writes a file, except the cache file)/);
    }
  });
});
