// The configuration reference must not drift from the code: every key, file name and preset is
// documented, and every example config in it is valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, validateConfig } from '../../packages/core/src/config/index.js';
import { CONFIG_FILE_NAMES } from '../../packages/core/src/node/config-files.js';
import { PRESET_NAMES, SECTION_KINDS } from '../../packages/core/src/config/schema.js';
import { ruleData } from '../../packages/core/src/rules/generated.js';
import type { RuleData } from '../../packages/core/src/rules/types.js';

const doc = readFileSync(new URL('../../packages/core/docs/configuration.md', import.meta.url), 'utf8');

function fenced(language: string): string[] {
  return [...doc.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/**
 * The built-in rules, plus a stand-in for each rule an example names that is not in rules/ yet (the
 * docs use the rules DESIGN.md promises); a stand-in accepts exactly the options the example gives it.
 */
function rulesFor(config: { rules?: Record<string, unknown> }): RuleData[] {
  const rules = [...ruleData];
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (rules.some((r) => r.id === id)) continue;
    const options = Array.isArray(setting) && setting[1] ? Object.keys(setting[1] as object) : [];
    rules.push({
      id,
      scope: 'language',
      check: 'phrase',
      severity: 'warning',
      description: '',
      message: '',
      note: '',
      triggers: [],
      params: {},
      fixable: false,
      docs: { markdown: '', incorrect: [], correct: [] },
      options: {
        type: 'object',
        properties: Object.fromEntries(options.map((o) => [o, {}])),
        additionalProperties: false,
      },
    });
  }
  return rules;
}

describe('docs/configuration.md', () => {
  it('documents every key of the schema in the keys table', () => {
    const keys = Object.keys((configSchema() as { properties: object }).properties);
    for (const key of keys) expect(doc, key).toMatch(new RegExp('^\\| `' + key.replace('$', '\\$') + '` \\|', 'm'));
    for (const kind of SECTION_KINDS) expect(doc).toContain(`\`${kind}\``);
  });

  it('lists the config file names in search order, and the presets', () => {
    const listed = [...doc.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual([...CONFIG_FILE_NAMES]);
    for (const preset of PRESET_NAMES) expect(doc).toMatch(new RegExp('^\\| `' + preset + '` \\|', 'm'));
  });

  it('shows only valid configs', () => {
    const examples = [
      ...fenced('yaml').map((text) => parse(text) as Record<string, unknown>),
      ...fenced('json').map((text) => JSON.parse(text) as Record<string, unknown>),
    ].map((value) => ('name' in value ? value.blameless : value) as { rules?: Record<string, unknown> });
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const config of examples) expect(validateConfig(config, 'example', { rules: rulesFor(config) })).toBe(config);
  });

  it('the YAML and JSON examples say the same thing', () => {
    const [yamlExample] = fenced('yaml');
    const [jsonExample] = fenced('json');
    const { $schema: _, ...fromJson } = JSON.parse(jsonExample) as Record<string, unknown>;
    expect(parse(yamlExample)).toEqual(fromJson);
  });
});
