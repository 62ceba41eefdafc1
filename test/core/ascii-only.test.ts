import fc from 'fast-check';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { asciiOnly } from '../../packages/core/scripts/ascii-only.mjs';

const quoteMeta = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
// Words with curly quotes, dashes, accents, CJK and astral characters (an emoji is a surrogate pair).
const text = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', "'", '’', '–', '—', 'é', 'ß', '中', '😀', '✔', '\uFE0F'),
});

describe('asciiOnly (the bundles are written in ASCII)', () => {
  it('leaves ASCII alone and leaves nothing else', () => {
    const source = 'const a = /[’–—]/u; // “quoted” 😀\nvar b = "plain";';
    const out = asciiOnly(source);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(asciiOnly('var b = "plain"; /x/g')).toBe('var b = "plain"; /x/g');
  });

  it('writes a regular expression that matches what the original matched, with and without the u flag', () => {
    fc.assert(
      fc.property(text, text, (pattern, subject) => {
        for (const flags of ['', 'u', 'i', 'giu']) {
          const before = new RegExp(quoteMeta(pattern), flags);
          const after = new RegExp(asciiOnly(quoteMeta(pattern)), flags);
          for (const s of [subject, pattern, subject + pattern + subject])
            expect(s.match(after)?.[0]).toBe(s.match(before)?.[0]);
        }
      }),
    );
  });

  it('keeps character classes and ranges, and an identity escape means the character', () => {
    // Compiled as code: the escapes must be read by the JavaScript parser, as the bundle's are.
    const re = (literal: string) => runInThisContext(asciiOnly(literal)) as RegExp;
    expect(re('/^[-–—·]+$/').test('–—·-')).toBe(true);
    expect(re('/^[à-ÿ]$/').test('é')).toBe(true);
    expect(re('/^[à-ÿ]$/').test('a')).toBe(false);
    expect(re('/\\’/').test('it’s')).toBe(true);
    expect(re('/^😀$/u').test('😀')).toBe(true);
    expect(re('/^[😀✔]$/u').test('😀')).toBe(true);
    expect(re('/✔️?/').exec('✔️')?.[0]).toBe('✔️');
    // A String.raw template that becomes a regular expression, as item-status.ts writes them.
    expect(runInThisContext(asciiOnly('new RegExp(String.raw`\\s[-–—]\\s`)')).test('a — b')).toBe(true);
  });

  it('keeps strings and comments meaning the same', () => {
    expect(runInThisContext(asciiOnly('"naïve “x” 😀" // é'))).toBe('naïve “x” 😀');
  });
});
