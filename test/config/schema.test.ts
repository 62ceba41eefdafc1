import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as config from '../../packages/core/src/config/index.js';
import { configSchema, validateConfig } from '../../packages/core/src/config/index.js';
import { ruleData } from '../../packages/core/src/rules/generated.js';
import { testRules } from './helpers.js';

type Schema = {
  properties: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>;
  additionalProperties: unknown;
};

describe('config schema', () => {
  it('pins the public config API', () => {
    // Validating and merging is the engine's; finding and reading files is the Node layer's (node/config-files.ts).
    expect(Object.keys(config).sort()).toEqual([
      'ConfigError',
      'configSchema',
      'isResolvedConfig',
      'presetRules',
      'resolveConfig',
      'validateConfig',
    ]);
  });

  it('is a valid draft-07 schema that survives JSON (it ships as dist/schema.json)', () => {
    const schema = JSON.parse(JSON.stringify(configSchema()));
    expect(schema).toEqual(configSchema());
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('knows every built-in rule and every UserConfig key, and nothing else', () => {
    const schema = configSchema() as unknown as Schema;
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'root',
      'extends',
      'rules',
      'people',
      'teams',
      'vocabulary',
      'sections',
      'ignore',
      'timezone',
      'zones',
      'now',
      'house',
    ]);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.rules.properties ?? {})).toEqual(ruleData.map((r) => r.id));
  });

  it('accepts every built-in rule at every severity, with its default options', () => {
    for (const rule of ruleData) {
      const defaults = Object.fromEntries(
        Object.entries(rule.options.properties).flatMap(([k, v]) =>
          (v as { default?: unknown }).default === undefined ? [] : [[k, (v as { default?: unknown }).default]],
        ),
      );
      for (const severity of ['error', 'warning', 'info', 'off'] as const) {
        expect(validateConfig({ rules: { [rule.id]: severity } }, 'f')).toBeTruthy();
        expect(validateConfig({ rules: { [rule.id]: [severity, defaults] } }, 'f')).toBeTruthy();
      }
      expect(() => validateConfig({ rules: { [rule.id]: ['error', { 'not-an-option': 1 }] } }, 'f')).toThrow(
        `f: rules.${rule.id}[1].not-an-option: unknown option`,
      );
    }
  });

  it('closes each rule options schema', () => {
    const schema = configSchema(testRules) as unknown as Schema;
    const setting = schema.properties.rules.properties?.['timeline-zone'] as {
      anyOf: Array<{ items?: Array<Record<string, unknown>> }>;
    };
    expect(setting.anyOf[1].items?.[1]).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: { zone: { type: 'string', default: 'UTC' } },
    });
  });
});
