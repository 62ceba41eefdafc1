import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig, type Diagnostic } from '@blameless-lint/core';
import { configKey, openCache } from '../../packages/core/src/cli/cache.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blameless-cache-'));
  file = join(dir, '.blameless-cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const finding = { ruleId: 'counterfactual', message: 'm' } as unknown as Diagnostic;
const config = resolveConfig([]);
const key = configKey(config, '2026-11-01');

describe('lint cache', () => {
  it('returns stored diagnostics after a save and reopen, for the same text and config', () => {
    const first = openCache(file, '1.0.0');
    expect(first.get('/a.md', Buffer.from('text'), key)).toBeUndefined();
    first.set('/a.md', Buffer.from('text'), key, [finding]);
    first.save();
    const again = openCache(file, '1.0.0');
    expect(again.get('/a.md', Buffer.from('text'), key)).toEqual([finding]);
    expect([again.hits, again.misses]).toEqual([1, 0]);
  });

  it('misses when the text, the config, "today" or the linter version changed', () => {
    const cache = openCache(file, '1.0.0');
    cache.set('/a.md', Buffer.from('text'), key, [finding]);
    cache.save();
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text!'), key)).toBeUndefined();
    const stricter = resolveConfig([{ rules: { counterfactual: 'off' } }]);
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), configKey(stricter, '2026-11-01'))).toBeUndefined();
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), configKey(config, '2026-11-02'))).toBeUndefined();
    expect(openCache(file, '1.0.1').get('/a.md', Buffer.from('text'), key)).toBeUndefined();
  });

  it('gives equal configs the same key whatever the order of their keys', () => {
    const a = { ...config, people: ['Sam'], teams: ['SRE'] };
    const b = { teams: ['SRE'], people: ['Sam'], ...config };
    expect(configKey(a, '2026-11-01')).toBe(configKey({ ...b, people: ['Sam'], teams: ['SRE'] }, '2026-11-01'));
  });

  it('starts empty on a corrupt or foreign cache file, and overwrites it on save', () => {
    writeFileSync(file, '{not json');
    const cache = openCache(file, '1.0.0');
    expect(cache.get('/a.md', Buffer.from('text'), key)).toBeUndefined();
    cache.set('/a.md', Buffer.from('text'), key, []);
    cache.save();
    expect(JSON.parse(readFileSync(file, 'utf8')).files['/a.md'].diagnostics).toEqual([]);
    writeFileSync(file, JSON.stringify({ files: { '/a.md': { hash: 'x', config: key, diagnostics: 'nope' } } }));
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), key)).toBeUndefined();
  });

  it('does not throw when the cache cannot be written', () => {
    const cache = openCache(join(dir, 'missing-folder', 'cache'), '1.0.0');
    cache.set('/a.md', Buffer.from('text'), key, []);
    expect(() => cache.save()).not.toThrow();
  });

  it('does not treat inherited object keys as entries', () => {
    expect(openCache(file, '1.0.0').get('__proto__', Buffer.from('text'), key)).toBeUndefined();
    expect(openCache(file, '1.0.0').get('constructor', Buffer.from('text'), key)).toBeUndefined();
  });
});
