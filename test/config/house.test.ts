import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig, type UserConfig } from '@blameless-lint/core';
import { loadConfig } from '@blameless-lint/core/node';
import { tempTree } from './helpers.js';

// House rules are validated by the shipped config schema and by the checks it cannot express (patterns that
// RE2 runs, ids declared once, `rules` entries naming declared house rules).
const rule = { id: 'acme/no-war-room', phrases: ['war room'], message: 'Say "incident channel".' };

function problem(config: unknown): { key: string; problem: string } {
  try {
    resolveConfig([config as UserConfig]);
  } catch (error) {
    if (error instanceof ConfigError) return { key: error.key, problem: error.problem };
    throw error;
  }
  throw new Error('no ConfigError');
}

describe('house rules in config', () => {
  it('resolves house rules on at their severity, next to the built-in rules', () => {
    const config = resolveConfig([
      { house: [rule, { ...rule, id: 'acme/no-hero', phrases: ['hero'], severity: 'error' }] },
    ]);
    expect(config.rules['acme/no-war-room']).toEqual({ severity: 'warning', options: {} });
    expect(config.rules['acme/no-hero']).toEqual({ severity: 'error', options: {} });
    expect(config.rules['judgmental-language']).toBeDefined();
  });

  it('a nearer config redefines a house rule of the same id or turns it off', () => {
    const nearer = { ...rule, phrases: ['war-room'] };
    expect(resolveConfig([{ house: [rule] }, { house: [nearer] }]).house).toEqual([nearer]);
    expect(
      resolveConfig([{ house: [rule] }, { rules: { 'acme/no-war-room': 'off' } }]).rules['acme/no-war-room'],
    ).toBeUndefined();
  });

  it.each([
    [{ house: [{ ...rule, id: 'no-war-room' }] }, 'house[0].id', 'must be namespaced'],
    [{ house: [{ id: 'acme/x', message: 'm' }] }, 'house[0]', 'needs `phrases` or `patterns`'],
    [{ house: [{ ...rule, phrase: ['war room'] }] }, 'house[0].phrase', 'unknown key'],
    [{ house: [{ ...rule, scope: 'postmortem' }] }, 'house[0].scope', 'prose'],
    [{ house: [{ ...rule, phrases: [] }] }, 'house[0].phrases', 'at least 1 item'],
    [{ house: [{ ...rule, url: 'javascript:alert(1)' }] }, 'house[0].url', 'must be an http(s) URL'],
    [{ house: [{ ...rule, patterns: ['(war'] }] }, 'house[0].patterns[0]', 'missing closing )'],
    [{ house: [{ ...rule, patterns: ['(?<!no )war room'] }] }, 'house[0].patterns[0]', 'RE2 syntax'],
    [{ house: [{ ...rule, patterns: ['(war) \\1'] }] }, 'house[0].patterns[0]', 'RE2 syntax'],
    [{ house: [{ ...rule, patterns: ['x*'] }] }, 'house[0].patterns[0]', 'matches the empty string'],
    [{ house: [rule, rule] }, 'house[1].id', 'declared twice'],
    [
      { rules: { 'acme/no-war-room': 'error' } },
      'rules.acme/no-war-room',
      'no house rule "acme/no-war-room" is declared',
    ],
    [
      { house: [rule], rules: { 'acme/no-war-room': ['error', { strict: true }] } },
      'rules.acme/no-war-room',
      'takes no options',
    ],
  ])('rejects %j', (config, key, words) => {
    const p = problem(config);
    expect(p.key).toBe(key);
    expect(p.problem).toContain(words);
  });

  it('names the file, line and column of a bad pattern in a config file', () => {
    const tree = tempTree({
      '.blamelessrc.yml':
        'house:\n  - id: acme/no-war-room\n    message: Say "incident channel".\n    patterns:\n      - war room\n      - "(war"\n',
      'doc.md': 'text\n',
    });
    try {
      expect(() => loadConfig(tree.path('doc.md'))).toThrowError(
        /\.blamelessrc\.yml:6:9: house\[0\]\.patterns\[1\]: is not a pattern blameless-lint can run/,
      );
    } finally {
      tree.cleanup();
    }
  });
});
