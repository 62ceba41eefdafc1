import { describe, expect, it } from 'vitest';
import { ConfigError, isResolvedConfig, presetRules, resolveConfig } from '../../packages/core/src/config/index.js';
import { ruleData } from '../../packages/core/src/rules/generated.js';
import type { UserConfig } from '../../packages/core/src/types.js';
import { testRules } from './helpers.js';

const resolve = (...configs: UserConfig[]) => resolveConfig(configs, testRules);
const DEFAULT_OPTIONS = {
  'blame-words': { words: ['careless'], strict: false },
  'timeline-zone': { zone: 'UTC' },
  'plain-rule': {},
};

describe('presets', () => {
  it('recommended turns every rule on at its default severity, with option defaults', () => {
    expect(resolve({ extends: 'recommended' }).rules).toEqual({
      'blame-words': { severity: 'warning', options: DEFAULT_OPTIONS['blame-words'] },
      'timeline-zone': { severity: 'error', options: DEFAULT_OPTIONS['timeline-zone'] },
      'plain-rule': { severity: 'info', options: {} },
    });
  });

  it('is recommended when no config says extends', () => {
    expect(resolve().rules).toEqual(resolve({ extends: 'recommended' }).rules);
    expect(resolve({ people: ['Sam'] }, { teams: ['SRE'] }).rules).toEqual(resolve({ extends: 'recommended' }).rules);
  });

  it('language keeps only the rules of scope language', () => {
    expect(Object.keys(resolve({ extends: 'language' }).rules)).toEqual(['blame-words', 'plain-rule']);
    expect(presetRules('language', testRules)).toEqual({ 'blame-words': 'warning', 'plain-rule': 'info' });
  });

  it('an empty extends list starts with no rules, so only the listed ones run', () => {
    expect(resolve({ extends: [], rules: { 'plain-rule': 'error' } }).rules).toEqual({
      'plain-rule': { severity: 'error', options: {} },
    });
  });

  it('the nearest config that says extends picks the preset; rules of farther configs still apply', () => {
    const config = resolve(
      { extends: 'recommended', rules: { 'blame-words': 'error', 'timeline-zone': 'info' } },
      { extends: 'language' },
    );
    expect(config.rules['blame-words'].severity).toBe('error');
    // timeline-zone is not in `language`, but the farther config turned it on explicitly.
    expect(config.rules['timeline-zone'].severity).toBe('info');
    expect(config.rules['plain-rule'].severity).toBe('info');
  });

  it('the built-in presets cover every built-in rule: strict all of them, recommended all but the strict ones', () => {
    const all = presetRules('strict');
    expect(Object.keys(all).sort()).toEqual(ruleData.map((r) => r.id).sort());
    for (const rule of ruleData) expect(all[rule.id]).toBe(rule.severity);
    expect(Object.keys(presetRules('recommended')).sort()).toEqual(
      ruleData
        .filter((r) => r.preset !== 'strict')
        .map((r) => r.id)
        .sort(),
    );
    expect(
      ruleData
        .filter((r) => r.preset === 'strict')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['action-item-tracked', 'factor-coverage']);
    expect(Object.keys(presetRules('language'))).toEqual(
      ruleData.filter((r) => r.scope === 'language').map((r) => r.id),
    );
  });
});

describe('merging', () => {
  it('later configs override earlier ones, per rule', () => {
    const config = resolve(
      { rules: { 'blame-words': ['error', { words: ['sloppy'] }], 'plain-rule': 'off' } },
      { rules: { 'blame-words': 'info' } },
    );
    // A bare severity keeps the options set earlier; defaults fill the rest.
    expect(config.rules['blame-words']).toEqual({ severity: 'info', options: { words: ['sloppy'], strict: false } });
    expect(config.rules['plain-rule']).toBeUndefined();
  });

  it('merges options of the same rule key by key', () => {
    const config = resolve(
      { rules: { 'timeline-zone': ['warning', { zone: 'Europe/Berlin', limit: 3 }] } },
      { rules: { 'timeline-zone': ['error', { limit: 5 }] } },
    );
    expect(config.rules['timeline-zone']).toEqual({ severity: 'error', options: { zone: 'Europe/Berlin', limit: 5 } });
  });

  it('a rule turned off can be turned on again later, with its earlier options', () => {
    const config = resolve(
      { rules: { 'timeline-zone': ['off', { zone: 'Asia/Tokyo' }] } },
      { rules: { 'timeline-zone': ['warning'] } },
    );
    expect(config.rules['timeline-zone']).toEqual({ severity: 'warning', options: { zone: 'Asia/Tokyo' } });
  });

  it('unions lists and lets later scalars win', () => {
    const config = resolve(
      {
        people: ['Sam', '@kim'],
        teams: ['SRE'],
        vocabulary: { accept: ['Jenkins'] },
        ignore: ['drafts/**'],
        sections: { timeline: ['Chronology'] },
        timezone: 'Europe/Berlin',
        zones: { IST: 'Asia/Kolkata', CST: 'America/Chicago' },
        now: '2026-01-01',
      },
      {
        people: ['@kim', 'Priya'],
        teams: ['Platform team'],
        vocabulary: { accept: ['Kafka'] },
        ignore: ['old/**'],
        sections: { timeline: ['Sequence', 'Chronology'], summary: ['TL;DR'] },
        timezone: 'UTC',
        zones: { CST: 'Asia/Shanghai' },
      },
    );
    expect(config).toEqual({
      rules: expect.any(Object),
      people: ['Sam', '@kim', 'Priya'],
      teams: ['SRE', 'Platform team'],
      vocabulary: { accept: ['Jenkins', 'Kafka'] },
      ignore: ['drafts/**', 'old/**'],
      sections: { timeline: ['Chronology', 'Sequence'], summary: ['TL;DR'] },
      timezone: 'UTC',
      zones: { IST: 'Asia/Kolkata', CST: 'Asia/Shanghai' },
      now: '2026-01-01',
    });
  });

  it('fills defaults: UTC, no zones, empty lists, no fixed "now"', () => {
    const { rules, ...rest } = resolve();
    expect(rest).toEqual({
      people: [],
      teams: [],
      vocabulary: { accept: [] },
      sections: {},
      ignore: [],
      timezone: 'UTC',
      zones: {},
    });
    expect(Object.keys(rules)).toHaveLength(testRules.length);
  });

  it('never shares option defaults between results', () => {
    const a = resolve();
    (a.rules['blame-words'].options.words as string[]).push('mutated');
    expect(resolve().rules['blame-words'].options.words).toEqual(['careless']);
  });

  it('validates what it is given, naming the config by position', () => {
    expect(() => resolve({ rules: { nope: 'error' } })).toThrow(
      new ConfigError('config', 'rules.nope', 'unknown rule'),
    );
    expect(() => resolve({}, { root: 1 } as unknown as UserConfig)).toThrow('config 2: root: must be true or false');
  });
});

describe('isResolvedConfig', () => {
  it('tells a resolved config from a user config', () => {
    const resolved = resolve({ people: ['Sam'] });
    expect(isResolvedConfig(resolved)).toBe(true);
    expect(isResolvedConfig(JSON.parse(JSON.stringify(resolved)))).toBe(true);
    expect(isResolvedConfig({})).toBe(false);
    expect(isResolvedConfig({ rules: { 'blame-words': 'error' } })).toBe(false);
    expect(isResolvedConfig({ ...resolved, extends: 'language' })).toBe(false);
    expect(isResolvedConfig({ ...resolved, rules: { 'blame-words': ['error', {}] } })).toBe(false);
    expect(isResolvedConfig(null)).toBe(false);
    expect(isResolvedConfig('recommended')).toBe(false);
  });
});
