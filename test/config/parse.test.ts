import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../packages/core/src/config/index.js';
import { jsonErrorOffset } from '../../packages/core/src/config/json-position.js';
import { formatOf, parseConfigText } from '../../packages/core/src/config/parse.js';

function v8Offset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : undefined;
  }
}

describe('parsing config text', () => {
  it('picks the format by file name', () => {
    expect([
      formatOf('.blamelessrc.json'),
      formatOf('package.json'),
      formatOf('.blamelessrc.yml'),
      formatOf('x.YAML'),
      formatOf('ci-config'),
    ]).toEqual(['json', 'json', 'yaml', 'yaml', 'yaml']);
  });

  it('finds the place of a JSON error where V8 names one', () => {
    const broken = [
      '{"a" 1}',
      '{\n"a": 1,\n}',
      '[1, 2',
      '{"a": tru}',
      '{"a": "\\x"}',
      '{"a": 01}',
      '{} x',
      '{"a":\n\n  }',
      '"\u0001"',
    ];
    for (const text of broken) {
      const v8 = v8Offset(text);
      if (v8 !== undefined) expect([text, jsonErrorOffset(text)]).toEqual([text, v8]);
    }
  });

  it('agrees with V8 on random broken JSON, and never throws', () => {
    const jsonish = fc.stringMatching(/^[{}[\]",:0-9a-z \n\\-]{0,30}$/);
    fc.assert(
      fc.property(jsonish, (text) => {
        const offset = jsonErrorOffset(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        const v8 = v8Offset(text);
        if (v8 !== undefined) expect(offset).toBe(v8);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns any text into data or a ConfigError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('json' as const, 'yaml' as const), (text, format) => {
        try {
          parseConfigText(text, format, 'f');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
