/**
 * The library contract the workspace command relies on: `lintFiles`' `overrides` is a whole config (rule
 * options, people, teams) merged after the config files, exactly as loadConfig merges the CLI's `--rule`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '@blameless-lint/core/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bl-overrides-'));
  writeFileSync(
    join(root, '.blamelessrc.json'),
    '{ "rules": { "required-sections": ["warning", { "sections": ["summary", "timeline"] }] } }\n',
  );
  writeFileSync(
    join(root, 'b.md'),
    '# Summary\n\nThe root cause was Quill. The cache expired early.\n\n## Action items\n\n- [ ] Add a cache check (owner: Dana Reyes, due 2027-01-10)\n',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Rule ids found in b.md (summary-shape and summary-impact, which no setting here touches, left out). */
const codes = async (options: Parameters<typeof lintFiles>[1]) =>
  (await lintFiles(['.'], { cwd: root, ...options }))[0].diagnostics
    .map((d) => d.ruleId)
    .filter((id) => id !== 'summary-shape' && id !== 'summary-impact');

describe('lintFiles overrides', () => {
  it('merges rule options and people after the config files', async () => {
    expect(await codes({})).toEqual(['required-sections']);
    expect(
      await codes({
        overrides: {
          rules: { 'required-sections': ['warning', { sections: ['summary', 'action-items'] }] },
          people: ['Quill'],
        },
      }),
    ).toEqual(['names-as-root-cause']);
  });

  it('applies `rules` severities over the overrides, keeping their options', async () => {
    const overrides = {
      rules: {
        'required-sections': ['warning', { sections: ['summary', 'lessons'] }] as ['warning', Record<string, unknown>],
      },
    };
    const results = await lintFiles(['.'], { cwd: root, overrides, rules: { 'required-sections': 'error' } });
    const found = results[0].diagnostics.filter((d) => d.ruleId === 'required-sections');
    expect(found.map((d) => d.severity)).toEqual(['error']);
    expect(found[0].message).toMatch(/What we learned/);
    expect(await codes({ overrides, rules: { 'required-sections': 'off' } })).toEqual([]);
  });

  it('reports invalid overrides on every file, like an invalid config file', async () => {
    const [result] = await lintFiles(['.'], { cwd: root, overrides: { rules: { 'no-such-rule': 'error' } } });
    expect(result.error).toMatch(/no-such-rule/);
  });
});
