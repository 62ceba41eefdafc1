import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM build script without types
import { replaceTable } from '../../packages/core/scripts/rules-table.mjs';

describe('README', () => {
  it('has the rules table generated from rules/*.yml (run `npm run docs:rules` after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(replaceTable(readme));
  });

  it('does not say the CLI never writes a file: --cache writes one', () => {
    for (const file of ['../../README.md', '../../packages/core/README.md']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\s+/g, ' ');
      expect(text).not.toMatch(/never writes a file\./);
      expect(text).toMatch(/(writes no file but the cache|never writes a file, except the cache file)/);
    }
  });
});
