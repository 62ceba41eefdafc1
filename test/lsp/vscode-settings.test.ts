/**
 * The VS Code extension's `blameless-lint.rules` setting (what the server receives as `rules`) lists
 * exactly the rules: one property per rules/*.yml, typed by core's config schema, nothing else accepted.
 * package.json is what the sync script writes, so a rule added, removed or redescribed without
 * `npm run sync-settings -w packages/vscode-extension` fails here (and the extension's build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '@blameless-lint/core';
import { describe, expect, it } from 'vitest';
import { repo } from './harness.js';
import {
  packageJsonPath,
  RULES_SETTING,
  ruleProperties,
  withRuleProperties,
} from '../../packages/vscode-extension/scripts/rule-settings.mjs';

const text = readFileSync(packageJsonPath, 'utf8');
const setting = JSON.parse(text).contributes.configuration.properties[RULES_SETTING];
const ruleFiles = readdirSync(join(repo, 'rules'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('blameless-lint.rules setting', () => {
  it('has one property per rule file and accepts no other key', () => {
    expect(Object.keys(setting.properties).sort()).toEqual(ruleFiles);
    expect(setting.additionalProperties).toBe(false);
  });

  it('offers the severities and describes each rule', () => {
    for (const [id, schema] of Object.entries(
      setting.properties as Record<string, { description: string; anyOf: Array<{ enum?: string[] }> }>,
    )) {
      expect(schema.anyOf[0].enum, id).toEqual(['error', 'warning', 'info', 'off']);
      const yml = readFileSync(join(repo, 'rules', `${id}.yml`), 'utf8');
      const description = /^description: (.*)$/m.exec(yml)?.[1].replace(/^(['"])(.*)\1$/, '$2');
      expect(schema.description, id).toContain(description);
    }
  });

  it('is exactly what the sync script generates from the rule data', () => {
    expect(setting.properties).toEqual(ruleProperties(configSchema()));
    expect(withRuleProperties(text, ruleProperties(configSchema()))).toBe(text);
  });
});
