import { isMergedConfig, isResolvedConfig, resolveConfig } from '../config/resolve.js';
import { validateConfig } from '../config/validate.js';
import type { ResolvedConfig, RuleSetting, UserConfig } from '../types.js';

let defaults: ResolvedConfig | undefined;

/** Resolved configs already checked: the language server passes the same object on every keystroke. */
const validated = new WeakSet<ResolvedConfig>();

/**
 * The config `lint` runs with: a ResolvedConfig (checked against the same schema as a config file, once
 * per object), a UserConfig resolved over the presets, or the default. A ResolvedConfig built by hand
 * with an unknown rule, a bad severity or bad options throws ConfigError, as the same settings in a file do.
 */
export function toConfig(config: ResolvedConfig | UserConfig | undefined): ResolvedConfig {
  if (config === undefined) return (defaults ??= resolveConfig([]));
  if (isResolvedConfig(config)) {
    if (!validated.has(config) && !isMergedConfig(config)) {
      validateConfig(asUserConfig(config), 'config');
      validated.add(config);
    }
    return config;
  }
  return resolveConfig([config]);
}

/** A ResolvedConfig in the shape a config file has, which the schema describes. */
function asUserConfig(config: ResolvedConfig): UserConfig {
  const rules: Record<string, RuleSetting> = {};
  // House rules (namespaced ids) take no options.
  for (const [id, rule] of Object.entries(config.rules))
    rules[id] = id.includes('/') ? rule.severity : [rule.severity, rule.options];
  const { people, teams, vocabulary, sections, ignore, timezone, zones, now, house } = config;
  return {
    rules,
    people,
    teams,
    vocabulary,
    sections,
    ignore,
    timezone,
    zones,
    ...(now === undefined ? {} : { now }),
    ...(house === undefined ? {} : { house }),
  };
}
