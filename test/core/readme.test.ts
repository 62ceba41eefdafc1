import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM build script without types
import { replaceTable } from '../../packages/core/scripts/rules-table.mjs';

describe('README', () => {
  it('has the rules table generated from rules/*.yml (run `npm run docs:rules` after changing a rule)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(replaceTable(readme));
  });
});
