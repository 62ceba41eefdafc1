import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig, type Diagnostic } from '@blameless-lint/core';
import { CacheLocationError, configKey, openCache } from '../../packages/core/src/node/cache.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blameless-cache-'));
  file = join(dir, '.blameless-cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const finding = {
  ruleId: 'counterfactual',
  severity: 'warning',
  message: 'm',
  source: 'blameless-lint',
  url: 'https://example.test/counterfactual',
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
} as Diagnostic;
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
    expect(
      openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), configKey(stricter, '2026-11-01')),
    ).toBeUndefined();
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), configKey(config, '2026-11-02'))).toBeUndefined();
    expect(openCache(file, '1.0.1').get('/a.md', Buffer.from('text'), key)).toBeUndefined();
  });

  it('gives equal configs the same key whatever the order of their keys', () => {
    const a = { ...config, people: ['Sam'], teams: ['SRE'] };
    const b = Object.fromEntries(Object.entries(a).reverse()) as typeof a; // the same keys, in the opposite order
    expect(Object.keys(b)).not.toEqual(Object.keys(a));
    expect(configKey(a, '2026-11-01')).toBe(configKey(b, '2026-11-01'));
  });

  it('starts empty on a damaged cache of its own (or one of an older format), and replaces it on save', () => {
    for (const damaged of [
      '{"blameless-lint-cache":4,"linter":"x","files":{"/a.md":',
      '{"format":3,"linter":"abc","files":{}}',
    ]) {
      writeFileSync(file, damaged);
      const cache = openCache(file, '1.0.0');
      expect(cache.get('/a.md', Buffer.from('text'), key)).toBeUndefined();
      cache.set('/a.md', Buffer.from('text'), key, []);
      cache.save();
      expect(JSON.parse(readFileSync(file, 'utf8')).files['/a.md'].diagnostics).toEqual([]);
    }
  });

  it('refuses a file it did not write instead of overwriting it', () => {
    for (const contents of ['# My notes\n', '', '{"files":{}}']) {
      writeFileSync(file, contents);
      expect(() => openCache(file, '1.0.0')).toThrow(CacheLocationError);
      expect(() => openCache(file, '1.0.0')).toThrow(
        /^@blameless-lint\/core: cannot use .* as the cache: .*did not write/,
      );
      expect(readFileSync(file, 'utf8')).toBe(contents);
    }
  });

  it('does not replace a file put at the cache path during the run', () => {
    const cache = openCache(file, '1.0.0');
    cache.set('/a.md', Buffer.from('text'), key, []);
    writeFileSync(file, "a user's file");
    cache.save();
    expect(readFileSync(file, 'utf8')).toBe("a user's file");
  });

  it('keeps the cache inside a folder given as the location, as ESLint does', () => {
    const cache = openCache(`${dir}/`, '1.0.0');
    expect(cache.path).toBe(join(dir, '.blameless-cache'));
    cache.set('/a.md', Buffer.from('text'), key, []);
    cache.save();
    expect(openCache(dir, '1.0.0').get('/a.md', Buffer.from('text'), key)).toEqual([]);
  });

  it('never truncates a file that has the temporary name', () => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, 'keep me');
    const cache = openCache(file, '1.0.0');
    cache.set('/a.md', Buffer.from('text'), key, []);
    cache.save();
    expect(readFileSync(tmp, 'utf8')).toBe('keep me');
  });

  it('a named pipe at the cache path is not opened for reading or writing: a notice, and no cache', () => {
    rmSync(file, { force: true });
    execFileSync('mkfifo', [file]);
    const notices: string[] = [];
    const cache = openCache(file, '1.0.0', { onNotice: (_, message) => notices.push(message) });
    expect(notices).toEqual(['the cache path is a named pipe, not a file: linting without the cache']);
    cache.set('/a.md', Buffer.from('text'), key, []);
    cache.save();
    expect(statSync(file).isFIFO()).toBe(true);
  });
});

describe('lint cache entries', () => {
  const real = finding;
  /** A saved cache with one real entry for /a.md, as parsed JSON to tamper with. */
  function saved(): { files: Record<string, Record<string, unknown>> } {
    const cache = openCache(file, '1.0.0');
    cache.set('/a.md', Buffer.from('text'), key, [real]);
    cache.save();
    return JSON.parse(readFileSync(file, 'utf8'));
  }
  const replay = () => openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), key);

  it('replays an untouched entry', () => {
    saved();
    expect(replay()).toEqual([real]);
  });

  it('a malformed entry whose hash and config match is a miss, never a crash', () => {
    const malformed: unknown[] = [
      'nope',
      null,
      [null],
      [{}],
      [{ ruleId: 'counterfactual' }],
      [{ ...real, range: 5 }],
      [{ ...real, ruleId: 'no-such-rule' }],
      [{ ...real, severity: 'fatal' }],
      [{ ...real, range: { start: { line: 0, column: 1, offset: 0 }, end: real.range.end } }],
      [{ ...real, suggestions: [{ description: 'x', fix: { text: 1 } }] }],
      [{ ...real, message: { toString: 1 } }],
    ];
    for (const diagnostics of malformed) {
      const data = saved();
      data.files['/a.md'].diagnostics = diagnostics;
      writeFileSync(file, JSON.stringify(data));
      expect(replay).not.toThrow();
      expect(replay()).toBeUndefined();
    }
  });

  it('an entry emptied or edited by hand does not hide findings: its seal no longer matches', () => {
    const data = saved();
    data.files['/a.md'].diagnostics = [];
    writeFileSync(file, JSON.stringify(data));
    expect(replay()).toBeUndefined();
    const moved = saved();
    moved.files['/b.md'] = moved.files['/a.md'];
    writeFileSync(file, JSON.stringify(moved));
    expect(openCache(file, '1.0.0').get('/b.md', Buffer.from('text'), key)).toBeUndefined();
  });

  it('a range past the end of the file is a miss', () => {
    saved();
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('text'), key)).toBeDefined();
    const cache = openCache(file, '1.0.0');
    cache.set('/a.md', Buffer.from('tex'), key, [real]);
    cache.save();
    expect(openCache(file, '1.0.0').get('/a.md', Buffer.from('tex'), key)).toBeUndefined();
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
