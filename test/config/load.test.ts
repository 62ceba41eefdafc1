import { writeFileSync, mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearConfigCache,
  findConfigFiles,
  loadConfig,
  readConfigFile,
} from '../../packages/core/src/node/config-files.js';
import { configErrorOf, tempTree, testRules } from './helpers.js';

let trees: Array<{ cleanup: () => void }> = [];
function tree(files: Record<string, string>) {
  const t = tempTree(files);
  trees.push(t);
  return t;
}
beforeEach(() => clearConfigCache());
afterEach(() => {
  for (const t of trees) t.cleanup();
  trees = [];
});

const load = (file: string, cwd: string, extra: Parameters<typeof loadConfig>[1] = {}) =>
  loadConfig(file, { cwd, rules: testRules, ...extra });

const errorOf = configErrorOf;

describe('finding config files', () => {
  it('merges nested configs farthest first, nearest wins', () => {
    const t = tree({
      '.blamelessrc.yml': 'rules:\n  blame-words: error\n  plain-rule: warning\npeople: [Sam]\n',
      'docs/.blamelessrc.json': '{ "rules": { "blame-words": "info" }, "people": ["Kim"] }',
      'docs/2026/outage.md': '# Outage\n',
    });
    const { config, files } = load('docs/2026/outage.md', t.root);
    expect(files).toEqual([t.path('.blamelessrc.yml'), t.path('docs/.blamelessrc.json')]);
    expect(config.rules['blame-words'].severity).toBe('info');
    expect(config.rules['plain-rule'].severity).toBe('warning');
    expect(config.people).toEqual(['Sam', 'Kim']);
  });

  it('stops at root: true', () => {
    const t = tree({
      '.blamelessrc.yml': 'rules: { plain-rule: off }\nteams: [SRE]\n',
      'repo/.blamelessrc.yaml': 'root: true\nteams: [Platform]\n',
      'repo/docs/a.md': '',
    });
    const { config, files } = load(t.path('repo/docs/a.md'), t.root);
    expect(files).toEqual([t.path('repo/.blamelessrc.yaml')]);
    expect(config.teams).toEqual(['Platform']);
    expect(config.rules['plain-rule']?.severity).toBe('info');
  });

  it('reads the blameless key of package.json and skips a package.json without it', () => {
    const t = tree({
      'package.json': JSON.stringify({
        name: 'site',
        blameless: { root: true, extends: 'language', timezone: 'Europe/Berlin' },
      }),
      'docs/package.json': JSON.stringify({ name: 'docs', private: true }),
      'docs/pm.md': '',
    });
    const { config, files } = load('docs/pm.md', t.root);
    expect(files).toEqual([t.path('package.json')]);
    expect(Object.keys(config.rules)).toEqual(['blame-words', 'plain-rule']);
    expect(config.timezone).toBe('Europe/Berlin');
  });

  it('takes one file per folder: .json, then .yml, then .yaml, then package.json', () => {
    const t = tree({
      '.blamelessrc.json': '{ "root": true, "people": ["json"] }',
      '.blamelessrc.yml': 'people: [yml]',
      '.blamelessrc.yaml': 'people: [yaml]',
      'package.json': '{ "blameless": { "people": ["pkg"] } }',
      'sub/.blamelessrc.yaml': 'people: [sub-yaml]',
      'sub/package.json': '{ "blameless": { "people": ["sub-pkg"] } }',
    });
    expect(load('sub/x.md', t.root).config.people).toEqual(['json', 'sub-yaml']);
  });

  it('accepts a folder as the starting point', () => {
    const t = tree({ '.blamelessrc.yml': 'root: true', 'docs/.blamelessrc.yml': 'people: [Sam]' });
    expect(findConfigFiles(t.path('docs'), { rules: testRules })).toEqual([
      t.path('.blamelessrc.yml'),
      t.path('docs/.blamelessrc.yml'),
    ]);
  });

  it('gives the recommended preset and defaults when no file is found', () => {
    const t = tree({ '.blamelessrc.yml': 'root: true', 'a.md': '' });
    const { config, files } = load('a.md', t.root);
    expect(files).toEqual([t.path('.blamelessrc.yml')]);
    expect(config).toEqual({
      rules: {
        'blame-words': { severity: 'warning', options: { words: ['careless'], strict: false } },
        'timeline-zone': { severity: 'error', options: { zone: 'UTC' } },
        'plain-rule': { severity: 'info', options: {} },
      },
      people: [],
      teams: [],
      vocabulary: { accept: [] },
      sections: {},
      ignore: [],
      timezone: 'UTC',
      zones: {},
    });
  });

  it('an explicit config file replaces the search', () => {
    const t = tree({
      '.blamelessrc.yml': 'people: [found]',
      'docs/.blamelessrc.yml': 'people: [nearer]',
      'configs/ci.yml': 'people: [explicit]\nrules: { timeline-zone: [warning, { zone: Asia/Tokyo }] }',
      'configs/package.json': '{ "name": "x" }',
    });
    const { config, files } = load('docs/a.md', t.root, { configFile: 'configs/ci.yml' });
    expect(files).toEqual([t.path('configs/ci.yml')]);
    expect(config.people).toEqual(['explicit']);
    expect(config.rules['timeline-zone']).toEqual({ severity: 'warning', options: { zone: 'Asia/Tokyo' } });
    expect(errorOf(() => load('docs/a.md', t.root, { configFile: 'configs/package.json' })).message).toBe(
      'configs/package.json: has no "blameless" key',
    );
    expect(errorOf(() => load('docs/a.md', t.root, { configFile: 'missing.yml' })).message).toBe(
      'missing.yml: file not found',
    );
  });

  it('applies overrides after every file', () => {
    const t = tree({ '.blamelessrc.yml': 'root: true\nrules: { blame-words: error }' });
    const { config } = load('a.md', t.root, { overrides: { rules: { 'blame-words': 'off' } } });
    expect(config.rules['blame-words']).toBeUndefined();
    expect(errorOf(() => load('a.md', t.root, { overrides: { rules: { 'blame-word': 'off' } } })).message).toBe(
      'overrides: rules.blame-word: unknown rule (did you mean "blame-words"?)',
    );
  });
});

describe('YAML as users write it', () => {
  it('reads off, yes and bare dates as the strings they look like (YAML 1.2), not as booleans or dates', () => {
    const t = tree({
      '.blamelessrc.yml':
        'root: true\nrules:\n  blame-words: off\n  plain-rule: [warning]\npeople: [yes, no]\nnow: 2026-11-27\n',
    });
    const { config } = load('a.md', t.root);
    expect(config.rules['blame-words']).toBeUndefined();
    expect(config.rules['plain-rule'].severity).toBe('warning');
    expect(config.people).toEqual(['yes', 'no']);
    expect(config.now).toBe('2026-11-27');
  });

  it('reads the example of DESIGN.md', () => {
    const t = tree({
      '.blamelessrc.yml': [
        'extends: recommended            # or: language (prose rules only)',
        'rules:',
        '  blame-words: error',
        '  timeline-zone: [warning, { zone: UTC }]',
        'people: [Sam Lee, "@kim"]       # a roster makes name detection exact',
        'teams: [Platform team, SRE]     # never valid owners',
        'vocabulary: { accept: [Jenkins] }',
        'sections: { timeline: [Chronology] }',
        'ignore: ["drafts/**"]',
        'root: true',
      ].join('\n'),
    });
    const { rules, ...rest } = load('a.md', t.root).config;
    expect(rules['timeline-zone']).toEqual({ severity: 'warning', options: { zone: 'UTC' } });
    expect(rest).toEqual({
      people: ['Sam Lee', '@kim'],
      teams: ['Platform team', 'SRE'],
      vocabulary: { accept: ['Jenkins'] },
      sections: { timeline: ['Chronology'] },
      ignore: ['drafts/**'],
      timezone: 'UTC',
      zones: {},
    });
  });
});

describe('bad config files', () => {
  const cases: Array<[string, string, string]> = [
    [
      '.blamelessrc.yml',
      'rules:\n  blame-words: fatal\n',
      '.blamelessrc.yml:2:16: rules.blame-words: must be one of error, warning, info, off',
    ],
    [
      '.blamelessrc.yml',
      'people: [Sam]\nrules:\n  no-such-rule: error\n',
      '.blamelessrc.yml:3:3: rules.no-such-rule: unknown rule',
    ],
    [
      '.blamelessrc.yaml',
      'root: false\n\ncolour: true\n',
      '.blamelessrc.yaml:3:1: colour: unknown key (known keys: root, extends, rules, people, teams, vocabulary, sections, ignore, timezone, zones, now, house)',
    ],
    [
      '.blamelessrc.json',
      '{\n  "rules": {\n    "timeline-zone": ["warning", { "zone": 5 }]\n  }\n}',
      '.blamelessrc.json:3:44: rules.timeline-zone[1].zone: must be a string',
    ],
    ['.blamelessrc.yml', 'people:\n  - Sam\n  - 42\n', '.blamelessrc.yml:3:5: people[1]: must be a string'],
    [
      '.blamelessrc.yml',
      'timezone: Mars/Olympus\n',
      '.blamelessrc.yml:1:11: timezone: unknown time zone "Mars/Olympus" (use an IANA name such as UTC or Europe/Berlin)',
    ],
    [
      '.blamelessrc.json',
      '{\n  "root": true,\n  "people": ["Sam",]\n}\n',
      ".blamelessrc.json:3:20: invalid JSON: Unexpected token ']'",
    ],
    [
      '.blamelessrc.json',
      '{\n  "root": true\n  "people": []\n}',
      ".blamelessrc.json:3:3: invalid JSON: Expected ',' or '}' after property value",
    ],
    ['.blamelessrc.json', '', '.blamelessrc.json:1:1: invalid JSON: Unexpected end of JSON input'],
    [
      '.blamelessrc.yml',
      'rules:\n  blame-words: error\n people: [Sam\n',
      '.blamelessrc.yml:3:1: invalid YAML: All mapping items must start at the same column',
    ],
    [
      '.blamelessrc.yml',
      'people: [Sam]\npeople: [Kim]\n',
      '.blamelessrc.yml:2:1: invalid YAML: Map keys must be unique',
    ],
    ['.blamelessrc.yml', '- rules\n', '.blamelessrc.yml:1:1: the config must be an object (key: value pairs)'],
    [
      'package.json',
      '{ "blameless": { "rules": { "plain-rule": ["info", { "x": 1 }] } } }',
      'package.json:1:54: blameless.rules.plain-rule[1].x: unknown option: rule plain-rule has no options',
    ],
    [
      'package.json',
      '{ "blameless": "recommended" }',
      'package.json:1:16: blameless: the config must be an object (key: value pairs)',
    ],
  ];

  it.each(cases)('%s: %j', (name, text, message) => {
    const t = tree({ [name]: text, 'a.md': '' });
    const error = errorOf(() => load('a.md', t.root));
    expect(error.message).toBe(message);
    expect(error.file).toBe(t.path(name));
    // The place in the message is also on the error, for editors.
    const place = /:(\d+):(\d+): /.exec(message);
    expect([error.line, error.column]).toEqual(place ? [Number(place[1]), Number(place[2])] : [undefined, undefined]);
  });

  it('names files outside the working folder by their absolute path', () => {
    const t = tree({ '.blamelessrc.yml': 'root: yes-please\n', 'work/a.md': '' });
    expect(errorOf(() => load('a.md', t.path('work'))).message).toBe(
      `${t.path('.blamelessrc.yml')}:1:7: root: must be true or false`,
    );
  });

  it('ignores a byte-order mark and treats an empty YAML file as an empty config', () => {
    const t = tree({ '.blamelessrc.json': '\ufeff{ "people": ["Sam"] }', 'sub/.blamelessrc.yml': '', 'sub/a.md': '' });
    expect(load('sub/a.md', t.root).config.people).toEqual(['Sam']);
  });

  it('never runs code: YAML tags stay data, and alias bombs are refused', () => {
    const t = tree({
      '.blamelessrc.yml': 'people: [!!js/function "function () { process.exit(7) }"]\n',
      'bomb/.blamelessrc.yml':
        'root: true\nx0: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n' +
        Array.from(
          { length: 8 },
          (_, i) =>
            `x${i + 1}: &${'b'.repeat(i + 1)} [${Array(9)
              .fill(i === 0 ? '*a' : `*${'b'.repeat(i)}`)
              .join(', ')}]`,
        ).join('\n') +
        '\n',
    });
    // The unknown tag is a YAML warning; the value stays a plain string and nothing is executed.
    expect(load('a.md', t.root).config.people).toEqual(['function () { process.exit(7) }']);
    const error = errorOf(() => load('bomb/a.md', t.root));
    expect(error.message).toMatch(/^bomb\/\.blamelessrc\.yml: invalid YAML: /);
  });
});

describe('cache', () => {
  it('reads each file once until the cache is cleared', () => {
    const t = tree({ '.blamelessrc.yml': 'root: true\npeople: [Sam]\n', 'a.md': '', 'b.md': '' });
    const first = readConfigFile(t.path('.blamelessrc.yml'), { rules: testRules });
    expect(load('a.md', t.root).config.people).toEqual(['Sam']);
    writeFileSync(t.path('.blamelessrc.yml'), 'root: true\npeople: [Kim]\n');
    expect(load('b.md', t.root).config.people).toEqual(['Sam']);
    expect(readConfigFile(t.path('.blamelessrc.yml'), { rules: testRules })).toBe(first);
    clearConfigCache();
    expect(load('b.md', t.root).config.people).toEqual(['Kim']);
  });

  it('sees a config file created after clearing', () => {
    const t = tree({ '.blamelessrc.yml': 'root: true\n', 'docs/a.md': '' });
    expect(load('docs/a.md', t.root).files).toEqual([t.path('.blamelessrc.yml')]);
    mkdirSync(t.path('docs'), { recursive: true });
    writeFileSync(t.path('docs/.blamelessrc.json'), '{ "teams": ["SRE"] }');
    expect(load('docs/a.md', t.root).files).toHaveLength(1);
    clearConfigCache();
    expect(load('docs/a.md', t.root).config.teams).toEqual(['SRE']);
  });
});
