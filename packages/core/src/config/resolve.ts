/**
 * Merges user configs (farthest first) over a preset into the config the engine runs with. Pure: no I/O.
 *
 * Presets pick the starting rules: the nearest config that says `extends` decides (default `recommended`).
 * Rule settings from every config then apply in order, per rule: a bare severity keeps earlier options,
 * `[severity, options]` merges its options over earlier ones. Lists (people, teams, vocabulary.accept,
 * section aliases, ignore) are unions; scalars (timezone, now) and zone entries: the later config wins.
 * House rules are collected by id (a later config's definition of an id replaces an earlier one's) and are on
 * at their own severity unless `rules` says otherwise, whatever the preset.
 */
import { ruleData } from '../rules/generated.js';
import type { RuleData } from '../rules/types.js';
import type { HouseRule, ResolvedConfig, RuleConfig, SectionKind, SeverityLevel, UserConfig } from '../types.js';
import { ConfigError } from './errors.js';
import { PRESET_NAMES } from './schema.js';
import { validateConfig } from './validate.js';

/** A preset `extends` may name. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** Which rules a preset turns on (each at its default severity). */
const PRESETS: Record<PresetName, (rule: RuleData) => boolean> = {
  recommended: (rule) => rule.preset !== 'strict',
  strict: () => true,
  language: (rule) => rule.scope === 'language' && rule.preset !== 'strict',
};

/** Rule ids a preset enables, at their default severities. */
export function presetRules(name: PresetName, rules: readonly RuleData[] = ruleData): Record<string, SeverityLevel> {
  return Object.fromEntries(rules.filter(PRESETS[name]).map((r) => [r.id, r.severity]));
}

const isPreset = (name: string): name is PresetName => (PRESET_NAMES as readonly string[]).includes(name);

/**
 * The presets a config's `extends` names. A package name left here was never resolved: that is the Node
 * layer's job (loadConfig reads the package's file), and this module does no I/O.
 */
function presetsOf(config: UserConfig, label: string): PresetName[] {
  const entries =
    config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
  entries.forEach((entry, i) => {
    if (isPreset(entry)) return;
    const key = typeof config.extends === 'string' ? 'extends' : `extends[${i}]`;
    throw new ConfigError(
      label,
      key,
      `"${entry}" is not a preset (${PRESET_NAMES.join(', ')}); packages are resolved only when configs are loaded from files (loadConfig of @blameless-lint/core/node)`,
    );
  });
  return entries as PresetName[];
}

function union(into: string[], more: readonly string[] | undefined): void {
  if (!more?.length) return;
  // A Set, not includes(): a roster of 100,000 names would otherwise take minutes.
  const seen = new Set(into);
  for (const item of more) if (!seen.has(item)) seen.add(item), into.push(item);
}

function defaults(rule: RuleData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(rule.options.properties)) {
    const value = (schema as { default?: unknown } | null)?.default;
    if (value !== undefined) out[name] = structuredClone(value);
  }
  return out;
}

/**
 * Resolved configs merged here from validated configs: `lint` need not check them again against the schema
 * (compiling it costs a one-file CLI run ~150 ms), only resolved configs built by hand.
 */
const merged = new WeakSet<ResolvedConfig>();
export const isMergedConfig = (config: ResolvedConfig): boolean => merged.has(config);

/** Merges configs already validated (loadConfig validates each file as it reads it). */
export function mergeConfigs(configs: readonly UserConfig[], rules: readonly RuleData[] = ruleData): ResolvedConfig {
  const config = mergeValidated(configs, rules);
  merged.add(config);
  return config;
}

function mergeValidated(configs: readonly UserConfig[], rules: readonly RuleData[]): ResolvedConfig {
  const nearest = [...configs].reverse().find((c) => c.extends !== undefined) ?? { extends: 'recommended' };
  const presets = presetsOf(nearest, 'config');
  // Severity and options are tracked even for rules that are off, so a later config can turn one back on.
  const severities = new Map<string, SeverityLevel>();
  const options = new Map<string, Record<string, unknown>>();
  for (const rule of rules) severities.set(rule.id, 'off');
  for (const preset of presets)
    for (const [id, severity] of Object.entries(presetRules(preset, rules))) severities.set(id, severity);

  const house = new Map<string, HouseRule>();
  const resolved: ResolvedConfig = {
    rules: {},
    people: [],
    teams: [],
    vocabulary: { accept: [] },
    sections: {},
    ignore: [],
    timezone: 'UTC',
    zones: {},
  };
  for (const config of configs) {
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      const [severity, opts] = typeof setting === 'string' ? [setting, undefined] : setting;
      severities.set(id, severity);
      if (opts) options.set(id, { ...options.get(id), ...opts });
    }
    union(resolved.people, config.people);
    union(resolved.teams, config.teams);
    union(resolved.vocabulary.accept, config.vocabulary?.accept);
    union(resolved.ignore, config.ignore);
    for (const [kind, aliases] of Object.entries(config.sections ?? {}) as Array<[SectionKind, string[]]>) {
      union((resolved.sections[kind] ??= []), aliases);
    }
    if (config.timezone !== undefined) resolved.timezone = config.timezone;
    // Object.entries + fromEntries never touch a prototype, whatever the keys.
    resolved.zones = Object.fromEntries([...Object.entries(resolved.zones), ...Object.entries(config.zones ?? {})]);
    if (config.now !== undefined) resolved.now = config.now;
    for (const rule of config.house ?? []) house.set(rule.id, rule);
  }
  for (const id of severities.keys()) {
    if (id.includes('/') && !house.has(id)) {
      throw new ConfigError('config', `rules.${id}`, `no house rule "${id}" is declared (add it under \`house\`)`);
    }
  }
  if (house.size) resolved.house = [...house.values()];
  for (const rule of house.values()) {
    const severity = severities.get(rule.id) ?? rule.severity ?? 'warning';
    if (severity !== 'off') resolved.rules[rule.id] = { severity, options: {} };
  }
  for (const rule of rules) {
    const severity = severities.get(rule.id);
    if (severity === undefined || severity === 'off') continue;
    const config: RuleConfig = { severity, options: { ...defaults(rule), ...options.get(rule.id) } };
    resolved.rules[rule.id] = config;
  }
  return resolved;
}

/**
 * Resolves user configs, farthest first (later ones override earlier ones), over the presets.
 * Each config is validated first; a bad one throws a ConfigError labelled `config` (or `config 2` …).
 * `rules` is the rule set (default: the built-in rules).
 */
export function resolveConfig(configs: readonly UserConfig[], rules: readonly RuleData[] = ruleData): ResolvedConfig {
  configs.forEach((config, i) => {
    const label = configs.length === 1 ? 'config' : `config ${i + 1}`;
    presetsOf(validateConfig(config, label, { rules }), label);
  });
  return mergeConfigs(configs, rules);
}

const isStringList = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Tells a ResolvedConfig (every field present, each rule `{ severity, options }`) from a UserConfig
 * (rules as `severity` or `[severity, options]`, presets, `root`), e.g. for `lint`'s `config` option.
 */
export function isResolvedConfig(x: unknown): x is ResolvedConfig {
  if (!isObject(x) || 'root' in x || 'extends' in x) return false;
  const { rules, vocabulary } = x;
  return (
    isObject(rules) &&
    Object.values(rules).every((r) => isObject(r) && typeof r.severity === 'string' && isObject(r.options)) &&
    isStringList(x.people) &&
    isStringList(x.teams) &&
    isStringList(x.ignore) &&
    isObject(vocabulary) &&
    isStringList(vocabulary.accept) &&
    isObject(x.sections) &&
    typeof x.timezone === 'string' &&
    isObject(x.zones)
  );
}
