import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as core from '@blameless-lint/core';
import { lint } from '@blameless-lint/core';

// The public surface: a change here is a change to the API and to the README's API section.
const EXPORTS = [
  'ACTIONS_FORMATS', 'ConfigError', 'actionItems', 'clearConfigCache', 'collectActions', 'formatActions', 'configSchema', 'findConfigFiles', 'isResolvedConfig', 'languageOf', 'lint',
  'loadConfig', 'parseDocument', 'readConfigFile', 'resolveConfig', 'rules', 'validateConfig',
  'lintFiles', 'format', 'formatters', 'summarize', 'JSON_REPORT_VERSION',
];

describe('library API', () => {
  it('pins the exported names', () => {
    expect(Object.keys(core).sort()).toEqual([...EXPORTS].sort());
  });

  it('returns plain Diagnostic objects with exact ranges', () => {
    const text = '# Notes\n\nIt was human error.\n';
    const [d] = lint(text).diagnostics;
    expect(d).toMatchObject({
      ruleId: 'human-error',
      severity: expect.stringMatching(/^(error|warning|info)$/),
      source: 'blameless-lint',
      url: 'https://github.com/blameless-lint/blameless-lint/blob/main/rules/human-error.md',
      range: { start: { line: 3, column: 8, offset: 16 }, end: { line: 3, column: 19, offset: 27 } },
    });
    expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe('human error');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('picks the language from the file name and accepts a user config', () => {
    const text = 'It was human error.\n';
    expect(lint(text, { filePath: 'notes.txt' }).diagnostics).toHaveLength(1);
    expect(lint(text, { config: { rules: { 'human-error': 'off' } } }).diagnostics).toEqual([]);
    expect(lint(text, { config: { rules: { 'human-error': 'error' } } }).diagnostics[0].severity).toBe('error');
  });

  it('throws a ConfigError for a bad config and a prefixed Error for misuse', () => {
    expect(() => lint('x', { config: { rules: { 'human-error': 'loud' } } as never })).toThrow(core.ConfigError);
    expect(() => lint(42 as never)).toThrow(/^@blameless-lint\/core: /);
    expect(() => lint('x', { now: 'not a date' })).toThrow(/^@blameless-lint\/core: /);
  });

  it('skips structure rules outside postmortems and runs them inside', () => {
    const structure = new Set(core.rules.filter((r) => r.scope === 'structure').map((r) => r.id));
    const notes = lint('# Release notes\n\nWe shipped the new parser.\n').diagnostics;
    expect(notes.filter((d) => structure.has(d.ruleId))).toEqual([]);
  });
});

describe('properties', () => {
  const markdownish = fc.stringMatching(/^[\s\S]{0,400}$/).map((s) => s);
  const pieces = fc.array(
    fc.constantFrom('# Summary\n', '## Timeline\n', '- [ ] ', '| a | b |\n|---|---|\n', '`code`', '**', '<!-- blameless-disable-next-line counterfactual -->\n', '\r\n', '\uFEFF', '👩🏽‍💻', 'Sam should have known', ' human error ', 'failed to', '14:02 ', '>', '\n\n', 'e\u0301', '[x](http://a.b)', '---\n'),
    { maxLength: 40 },
  ).map((a) => a.join(''));

  it('lint never throws, ranges lie inside the text, output is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, pieces, fc.string({ unit: 'binary' })), fc.constantFrom('a.md', 'a.txt', 'a.mdx'), (text, filePath) => {
        const first = lint(text, { filePath, now: '2026-11-27' });
        for (const d of first.diagnostics) {
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
          expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
          expect(d.range.start.column).toBeGreaterThanOrEqual(1);
        }
        expect(lint(text, { filePath, now: '2026-11-27' })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
