// Shared by the config tests: a tiny rule set of our own (so messages can be asserted exactly whatever
// rules/*.yml holds today) and real temporary folders.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ConfigError } from '../../packages/core/src/config/index.js';
import type { RuleData } from '../../packages/core/src/rules/types.js';

function rule(
  id: string,
  scope: RuleData['scope'],
  severity: RuleData['severity'],
  properties: Record<string, unknown>,
): RuleData {
  return {
    id,
    scope,
    severity,
    check: 'phrase',
    description: `Test rule ${id}.`,
    message: '{actual}',
    note: 'Test.',
    triggers: [],
    params: {},
    options: { type: 'object', properties, additionalProperties: false },
    fixable: false,
    docs: { markdown: '', incorrect: [], correct: [] },
  };
}

/** Three throwaway rules: a language rule with options, a structure rule with an option, one without. */
export const testRules: readonly RuleData[] = [
  rule('blame-words', 'language', 'warning', {
    words: { type: 'array', items: { type: 'string' }, default: ['careless'] },
    strict: { type: 'boolean', default: false },
  }),
  rule('timeline-zone', 'structure', 'error', {
    zone: { type: 'string', default: 'UTC' },
    limit: { type: 'integer', minimum: 1 },
  }),
  rule('plain-rule', 'language', 'info', {}),
];

/** A fresh folder under os.tmpdir() filled with `files` (path -> text); returns its path and a cleanup. */
export function tempTree(files: Record<string, string>): {
  root: string;
  path: (p: string) => string;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'blameless-config-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return { root, path: (p) => join(root, p), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The ConfigError `fn` throws (the test fails if it throws anything else or nothing). */
export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}
