import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as core from '@blameless-lint/core';
import * as node from '@blameless-lint/core/node';
import { lint } from '@blameless-lint/core';

// The public surface: a change here is a change to the API and to the README's API section.
const EXPORTS = [
  'ACTIONS_FORMATS',
  'ConfigError',
  'actionItems',
  'formatActions',
  'configSchema',
  'isResolvedConfig',
  'languageOf',
  'lint',
  'parseDocument',
  'resolveConfig',
  'rules',
  'validateConfig',
  'format',
  'formatters',
  'summarize',
  'JSON_REPORT_VERSION',
  'lintAndFix',
  'fixStep',
  'selectFixes',
  'applyFixes',
  'autoFix',
  'MAX_FIX_PASSES',
];
// The Node layer adds what reads the file system.
const NODE_EXPORTS = [
  'lintFiles',
  'collectActions',
  'loadConfig',
  'findConfigFiles',
  'readConfigFile',
  'clearConfigCache',
  'CONFIG_FILE_NAMES',
  'createWorkerPool',
];

describe('library API', () => {
  it('pins the exported names', () => {
    expect(Object.keys(core).sort()).toEqual([...EXPORTS].sort());
    expect(Object.keys(node).sort()).toEqual([...EXPORTS, ...NODE_EXPORTS].sort());
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

  it('options that are not an object (null, a string, a list) throw the prefixed Error, not a bare TypeError', () => {
    for (const options of [null, 'a.md', [], 5]) {
      expect(() => lint('x', options as never), String(options)).toThrow(
        /^@blameless-lint\/core: lint\(text, options\) needs an options object/,
      );
    }
  });

  it('"now" must be a day that exists: 2026-02-30 is not read as March 2', () => {
    expect(() => lint('x', { now: '2026-02-30' })).toThrow(/^@blameless-lint\/core: "now" is not a date/);
    expect(lint('x', { now: '2028-02-29' }).diagnostics).toEqual([]);
  });

  it('a resolved config is validated like a config file (unknown rule, bad severity, bad options, bad zone)', () => {
    const resolved = core.resolveConfig([]);
    expect(lint('It was human error.', { config: resolved }).diagnostics.map((d) => d.ruleId)).toContain('human-error');
    const bad: Array<[string, unknown]> = [
      [
        'no-such-rule',
        { ...resolved, rules: { ...resolved.rules, 'no-such-rule': { severity: 'error', options: {} } } },
      ],
      ['human-error', { ...resolved, rules: { ...resolved.rules, 'human-error': { severity: 'loud', options: {} } } }],
      [
        'nope',
        { ...resolved, rules: { ...resolved.rules, 'human-error': { severity: 'error', options: { nope: 1 } } } },
      ],
      ['Mars/Olympus', { ...resolved, timezone: 'Mars/Olympus' }],
    ];
    for (const [what, config] of bad) {
      expect(core.isResolvedConfig(config)).toBe(true);
      expect(() => lint('It was human error.', { config: config as never }), what).toThrow(core.ConfigError);
      expect(() => lint('It was human error.', { config: config as never }), what).toThrow(
        new RegExp(what.replace('/', '\\/')),
      );
    }
  });

  it('skips structure rules outside postmortems and runs them inside', () => {
    const structure = new Set(core.rules.filter((r) => r.scope === 'structure').map((r) => r.id));
    const notes = lint('# Release notes\n\nWe shipped the new parser.\n').diagnostics;
    expect(notes.filter((d) => structure.has(d.ruleId))).toEqual([]);
  });
});

describe('properties', () => {
  const markdownish = fc.stringMatching(/^[\s\S]{0,400}$/).map((s) => s);
  const pieces = fc
    .array(
      fc.constantFrom(
        '# Summary\n',
        '## Timeline\n',
        '- [ ] ',
        '| a | b |\n|---|---|\n',
        '`code`',
        '**',
        '<!-- blameless-disable-next-line counterfactual -->\n',
        '\r\n',
        '\uFEFF',
        '👩🏽‍💻',
        'Sam should have known',
        ' human error ',
        'failed to',
        '14:02 ',
        '>',
        '\n\n',
        'e\u0301',
        '[x](http://a.b)',
        '---\n',
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));

  it('lint never throws, ranges lie inside the text, output is deterministic', () => {
    fc.assert(
      fc.property(
        fc.oneof(markdownish, pieces, fc.string({ unit: 'binary' })),
        fc.constantFrom('a.md', 'a.txt', 'a.mdx'),
        (text, filePath) => {
          const first = lint(text, { filePath, now: '2026-11-27' });
          for (const d of first.diagnostics) {
            expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
            expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
            expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
            expect(d.range.start.line).toBeGreaterThanOrEqual(1);
            expect(d.range.start.column).toBeGreaterThanOrEqual(1);
          }
          expect(lint(text, { filePath, now: '2026-11-27' })).toEqual(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('one notion of a line: with any mix of \\n, \\r\\n, lone \\r and a BOM, positions match offsets, ranges hold their actual text and fixes stay on their lines', () => {
    const lines = fc.array(
      fc.constantFrom(
        '# Summary',
        '## Timeline (all times UTC)',
        '- 14:02 Sam panicked',
        "Wei's typo was the root cause.",
        'She should have checked.',
        'It was human error.',
        '- [ ] Add an alert',
        '',
      ),
      { minLength: 1, maxLength: 12 },
    );
    const breaks = fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(lines, breaks, fc.boolean(), (ls, bs, bom) => {
        const text = (bom ? '\uFEFF' : '') + ls.map((l, i) => l + bs[i]).join('');
        const starts = [0, ...[...text.matchAll(/\r\n?|\n/g)].map((m) => m.index! + m[0].length)];
        // An editor applies a fix by line and column: they must point where the offsets do.
        const agrees = (p: { line: number; column: number; offset: number }) => {
          expect(Number.isInteger(p.line) && Number.isInteger(p.column)).toBe(true);
          const lineStart = p.line === 1 ? (bom ? 1 : 0) : starts[p.line - 1]!;
          expect(lineStart + p.column - 1).toBe(p.offset);
        };
        for (const d of lint(text, { filePath: 'a.md', now: '2026-11-27' }).diagnostics) {
          agrees(d.range.start);
          agrees(d.range.end);
          if (d.actual !== undefined && d.range.end.offset > d.range.start.offset)
            expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe(d.actual);
          for (const s of d.suggestions ?? []) {
            if (!s.fix) continue;
            agrees(s.fix.range.start);
            agrees(s.fix.range.end);
            // A fix rewrites text on the finding's own lines, never a line break around them.
            expect(/[\r\n]/.test(text.slice(s.fix.range.start.offset, s.fix.range.end.offset))).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
