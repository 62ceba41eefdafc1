import { describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../packages/core/src/config/index.js';
import { configErrorOf, testRules } from './helpers.js';

const check = (config: unknown, file = '.blamelessrc.yml') => validateConfig(config, file, { rules: testRules });

const errorOf = (config: unknown, file?: string) => configErrorOf(() => check(config, file));

describe('validateConfig', () => {
  it('accepts every key in its documented form', () => {
    const config = {
      $schema: './node_modules/@blameless-lint/core/dist/schema.json',
      root: true,
      extends: ['recommended', 'language'],
      rules: {
        'blame-words': 'error',
        'timeline-zone': ['warning', { zone: 'Europe/Berlin', limit: 2 }],
        'plain-rule': ['off'],
      },
      people: ['Sam Lee', '@kim'],
      teams: ['Platform team'],
      vocabulary: { accept: ['Jenkins'] },
      sections: { timeline: ['Chronology'], 'action-items': ['Follow-ups'] },
      ignore: ['drafts/**'],
      timezone: 'America/New_York',
      zones: { IST: 'Asia/Kolkata', 'GMT+1': 'Europe/Paris' },
      now: '2026-11-27',
    };
    expect(check(config)).toBe(config);
    expect(check({})).toEqual({});
    expect(check({ extends: 'language', now: '2026-11-27T09:30:00Z' })).toBeTruthy();
  });

  const cases: Array<[string, unknown, string, string]> = [
    [
      'bad severity',
      { rules: { 'blame-words': 'fatal' } },
      'rules.blame-words',
      'must be one of error, warning, info, off',
    ],
    [
      'severity of the wrong type',
      { rules: { 'blame-words': 2 } },
      'rules.blame-words',
      'must be a severity (error, warning, info, off) or [severity, options]',
    ],
    [
      'bad severity in a list',
      { rules: { 'blame-words': ['fatal'] } },
      'rules.blame-words[0]',
      'must be one of error, warning, info, off',
    ],
    [
      'too many items',
      { rules: { 'blame-words': ['error', {}, {}] } },
      'rules.blame-words',
      'must be [severity] or [severity, options]',
    ],
    ['empty list', { rules: { 'blame-words': [] } }, 'rules.blame-words', 'must be [severity] or [severity, options]'],
    [
      'unknown rule, close to a known one',
      { rules: { 'blame-word': 'error' } },
      'rules.blame-word',
      'unknown rule (did you mean "blame-words"?)',
    ],
    ['unknown rule', { rules: { 'no-such-thing-at-all': 'error' } }, 'rules.no-such-thing-at-all', 'unknown rule'],
    [
      'unknown top-level key',
      { colour: true },
      'colour',
      'unknown key (known keys: root, extends, rules, people, teams, vocabulary, sections, ignore, timezone, zones, now, house)',
    ],
    ['misspelt top-level key', { peple: ['Sam'] }, 'peple', 'unknown key (did you mean "people"?)'],
    [
      'option of the wrong type',
      { rules: { 'timeline-zone': ['warning', { zone: 3 }] } },
      'rules.timeline-zone[1].zone',
      'must be a string',
    ],
    [
      'option out of range',
      { rules: { 'timeline-zone': ['warning', { limit: 0 }] } },
      'rules.timeline-zone[1].limit',
      'must be at least 1',
    ],
    [
      'unknown option',
      { rules: { 'timeline-zone': ['warning', { zones: 'UTC' }] } },
      'rules.timeline-zone[1].zones',
      'unknown option of rule timeline-zone (its options: zone, limit)',
    ],
    [
      'option of a rule without options',
      { rules: { 'plain-rule': ['info', { x: 1 }] } },
      'rules.plain-rule[1].x',
      'unknown option: rule plain-rule has no options',
    ],
    [
      'options not an object',
      { rules: { 'blame-words': ['error', 'strict'] } },
      'rules.blame-words[1]',
      'must be an object (key: value pairs)',
    ],
    [
      'option list item of the wrong type',
      { rules: { 'blame-words': ['error', { words: ['ok', 7] }] } },
      'rules.blame-words[1].words[1]',
      'must be a string',
    ],
    ['rules not an object', { rules: ['blame-words'] }, 'rules', 'must be an object (key: value pairs)'],
    [
      'neither preset nor package',
      { extends: 'eslint:recommended' },
      'extends',
      'must be a preset (recommended, strict, language) or an npm package name such as @acme/blameless-config',
    ],
    [
      'a relative path in a list',
      { extends: ['recommended', './base.yml'] },
      'extends[1]',
      'must be a preset (recommended, strict, language) or an npm package name such as @acme/blameless-config',
    ],
    [
      'extends of the wrong type',
      { extends: true },
      'extends',
      'must be a preset (recommended, strict, language), an npm package name, or a list of them',
    ],
    ['root not a boolean', { root: 'yes' }, 'root', 'must be true or false'],
    ['people not a list', { people: 'Sam Lee' }, 'people', 'must be a list'],
    ['person not a string', { people: ['Sam', 42] }, 'people[1]', 'must be a string'],
    ['empty team', { teams: [''] }, 'teams[0]', 'must not be empty'],
    [
      'unknown vocabulary key',
      { vocabulary: { reject: ['x'] } },
      'vocabulary.reject',
      'unknown key (known keys: accept)',
    ],
    [
      'unknown section kind',
      { sections: { chronology: ['Timeline'] } },
      'sections.chronology',
      'unknown section kind (known kinds: summary, timeline, contributing-factors, lessons, action-items)',
    ],
    [
      'bad time zone',
      { timezone: 'Mars/Olympus' },
      'timezone',
      'unknown time zone "Mars/Olympus" (use an IANA name such as UTC or Europe/Berlin)',
    ],
    [
      'bad zone mapping',
      { zones: { IST: 'India' } },
      'zones.IST',
      'unknown time zone "India" (use an IANA name such as UTC or Europe/Berlin)',
    ],
    [
      'bad zone abbreviation',
      { zones: { 'my zone': 'UTC' } },
      'zones.my zone',
      'must be a zone abbreviation such as IST (letters, digits, + and -)',
    ],
    ['zone not a string', { zones: { IST: 5 } }, 'zones.IST', 'must be a string'],
    ['now not a date', { now: 'tomorrow' }, 'now', 'must be an ISO date such as 2026-11-27 or 2026-11-27T09:30:00Z'],
    ['now not a real date', { now: '2026-13-45' }, 'now', '"2026-13-45" is not a real date'],
    [
      'duplicate preset',
      { extends: ['language', 'language'] },
      'extends',
      'lists the same entry twice (items 0 and 1)',
    ],
  ];

  it.each(cases)('%s', (_name, config, key, problem) => {
    const error = errorOf(config);
    expect({ file: error.file, key: error.key, problem: error.problem }).toEqual({
      file: '.blamelessrc.yml',
      key,
      problem,
    });
    expect(error.message).toBe(`.blamelessrc.yml: ${key}: ${problem}`);
  });

  it('explains a config that is not an object at all', () => {
    for (const value of [null, 'rules', ['a'], 3]) {
      expect(errorOf(value).message).toBe('.blamelessrc.yml: the config must be an object (key: value pairs)');
    }
  });

  it('prefixes keys of a package.json config with the package key', () => {
    try {
      validateConfig({ rules: { 'blame-words': 'loud' } }, '/repo/package.json', {
        rules: testRules,
        keyPrefix: 'blameless',
        displayFile: 'package.json',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect([e.file, e.key, e.message]).toEqual([
        '/repo/package.json',
        'blameless.rules.blame-words',
        'package.json: blameless.rules.blame-words: must be one of error, warning, info, off',
      ]);
    }
  });

  it('never lets a __proto__ key through', () => {
    const config = JSON.parse('{"rules": {"__proto__": "error"}}');
    expect(errorOf(config).message).toBe('.blamelessrc.yml: rules.__proto__: unknown rule');
    const zones = JSON.parse('{"zones": {"__proto__": "UTC"}}');
    expect(errorOf(zones).key).toBe('zones.__proto__');
  });
});
