import { describe, expect, it } from 'vitest';
import { format, formatters } from '../../packages/core/src/report/index.js';
import { formatActions } from '../../packages/core/src/actions/format.js';
import { escapeData, escapeProperty } from '../../packages/core/src/report/github.js';
import { firstParagraph, toUri } from '../../packages/core/src/report/sarif.js';
import { RESULTS, diag } from './results.js';

describe('format()', () => {
  it('knows exactly the five documented formats and rejects others', () => {
    expect(Object.keys(formatters).sort()).toEqual(['compact', 'github', 'json', 'sarif', 'stylish']);
    expect(() => format(RESULTS, 'xml')).toThrow(/blameless-lint: unknown format "xml"/);
  });
});

describe('json', () => {
  it('has version, files (with error when a file was not linted) and a summary counting every severity', () => {
    const report = JSON.parse(format(RESULTS, 'json'));
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(4);
    expect(report.files[3]).toEqual({ path: 'docs/broken.md', diagnostics: [], error: 'cannot read: no such file' });
    expect('error' in report.files[0]).toBe(false);
    expect(report.summary).toEqual({ files: 4, errors: 1, warnings: 1, infos: 1 });
  });
});

describe('compact', () => {
  it('one line per finding, messages folded onto one line', () => {
    expect(format(RESULTS, 'compact').split('\n')).toEqual([
      'docs/a.md:3:5: warning Message of counterfactual. [counterfactual]',
      'docs/a.md:12:10: error Message of human-error. [human-error]',
      'notes/b c.txt:1:1: info Say what the system did: 100% of "careless", then, next line. [judgmental-language]',
      '',
    ]);
  });
});

describe('github', () => {
  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    expect(escapeData('100%\r\nx: a, b')).toBe('100%25%0D%0Ax: a, b');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('maps severities to error / warning / notice with the full range', () => {
    const lines = format(RESULTS, 'github').trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=16,title=counterfactual::Message of counterfactual.',
    );
    expect(lines[1]).toMatch(/^::error file=docs\/a\.md,line=12,col=10,/);
    expect(lines[2]).toBe(
      '::notice file=notes/b c.txt,line=1,col=1,endLine=1,endColumn=8,title=judgmental-language::Say what the system did: 100%25 of "careless", then,%0Anext line.',
    );
    expect(lines[3]).toBe('::error file=docs/broken.md,title=blameless-lint::cannot read: no such file');
  });
});

describe('stylish', () => {
  it('groups per file, aligns columns, skips clean files and ends with a summary', () => {
    const out = format(RESULTS.slice(0, 3), 'stylish');
    expect(out).toBe(
      [
        '',
        'docs/a.md',
        '   3:5   warning  Message of counterfactual.  counterfactual',
        '  12:10  error    Message of human-error.     human-error',
        '',
        'notes/b c.txt',
        '  1:1  info  Say what the system did: 100% of "careless", then, next line.  judgmental-language',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(format(RESULTS, 'stylish')).not.toContain('\u001b[');
    const coloured = format(RESULTS, 'stylish', { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
  });

  it('prints nothing when nothing was found, and counts files not linted', () => {
    expect(format([{ path: 'a.md', diagnostics: [] }], 'stylish')).toBe('');
    expect(format([RESULTS[3]!], 'stylish')).toContain('0 problems (0 errors, 0 warnings, 0 infos), 1 file not linted');
  });
});

describe('sarif helpers', () => {
  it('makes relative, percent-encoded URIs and file URIs for paths outside the folder', () => {
    expect(toUri('notes/b c.txt', '/repo')).toBe('notes/b%20c.txt');
    expect(toUri('/repo/docs/a.md', '/repo')).toBe('docs/a.md');
    expect(toUri('./docs/a#1.md', '/repo')).toBe('docs/a%231.md');
    expect(toUri('/elsewhere/x.md', '/repo')).toBe('file:///elsewhere/x.md');
  });

  it('takes the first prose paragraph of a rule doc as its full description', () => {
    expect(firstParagraph('# rule\n\nFinds this\nand that.\n\n## Why\n\nBecause.')).toBe('Finds this and that.');
  });

  it('lists every given rule and points each result at its rule by index', () => {
    const rules = [
      {
        id: 'counterfactual',
        scope: 'language' as const,
        description: 'Hindsight.',
        url: 'u1',
        defaultSeverity: 'warning' as const,
        fixable: false,
        options: { type: 'object' as const, properties: {}, additionalProperties: false as const },
        examples: { incorrect: [], correct: [] },
        docs: '# counterfactual\n\nFinds hindsight.\n',
      },
    ];
    const log = JSON.parse(
      format(
        [
          {
            path: 'a.md',
            diagnostics: [diag('human-error', 'error', 1, 1, 5), diag('counterfactual', 'warning', 2, 1, 5)],
          },
        ],
        'sarif',
        { rules, cwd: '/repo' },
      ),
    );
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['counterfactual', 'human-error']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: 'Hindsight.' },
      fullDescription: { text: 'Finds hindsight.' },
      helpUri: 'u1',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results.map((r: { ruleIndex: number; level: string }) => [r.ruleIndex, r.level])).toEqual([
      [1, 'error'],
      [0, 'warning'],
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });
});

describe('file names and messages with control characters', () => {
  const hostile = [
    {
      path: 'docs/a\nb\x1b[2J\u202egnp.md',
      diagnostics: [diag('counterfactual', 'warning', 3, 5, 9, 'Quoted "\x1b]0;title\x07" text.')],
    },
  ];

  it('stylish and compact print escapes, never the raw characters (a newline, an escape sequence, a bidi override)', () => {
    for (const name of ['stylish', 'compact'] as const) {
      const out = format(hostile, name);
      expect(out, name).toContain('docs/a\\nb\\x1b[2J\\u202egnp.md');
      expect(out, name).toContain('Quoted "\\x1b]0;title\\x07" text.');
      expect(out, name).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    expect(format(hostile, 'compact')).toBe(
      'docs/a\\nb\\x1b[2J\\u202egnp.md:3:5: warning Quoted "\\x1b]0;title\\x07" text. [counterfactual]\n',
    );
  });

  it('the actions table escapes them too, in the file name and the item', () => {
    const row = {
      document: 'a\nb.md',
      line: 1,
      item: 'Fix \x1b[2J it',
      owner: null,
      due: null,
      dueText: null,
      status: 'open' as const,
      tickets: [],
      problems: [],
    };
    const table = formatActions([row], 'table');
    expect(table).toContain('a\\nb.md');
    expect(table).toContain('Fix \\x1b[2J it');
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('json keeps the name as it is (JSON escapes it)', () => {
    expect(JSON.parse(format(hostile, 'json')).files[0].path).toBe(hostile[0].path);
  });
});
