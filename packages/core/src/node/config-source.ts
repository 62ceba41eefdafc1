import { dirname } from 'node:path';
import ignore from 'ignore';
import type { ResolvedConfig, RuleSetting, UserConfig } from '../types.js';
import type { RuleOverride } from '../cli/args.js';
import { ConfigError, configChain, loadConfig } from './core.js';
import type { IgnoreLayer } from './ignore-files.js';

/** A file's config, and the config `ignore` patterns that apply, each relative to the config file that holds it. */
export interface FileConfig {
  config: ResolvedConfig;
  ignores: IgnoreLayer[];
}

/** The config for each file: the nearest config files (or the one `--config` names), then `overrideConfig` (lintFiles' `overrides`), then `--rule` on top. */
export interface ConfigSource {
  /** Throws ConfigError when the config that applies is invalid. */
  configFor(filePath: string): FileConfig;
}

export function createConfigSource(options: {
  cwd: string;
  configFile?: string;
  overrides?: readonly RuleOverride[];
  overrideConfig?: UserConfig;
}): ConfigSource {
  const load = {
    cwd: options.cwd,
    configFile: options.configFile,
    overrides: overridesOf(options.overrideConfig, options.overrides ?? []),
  };
  // Which config applies depends only on the folder (or on nothing, with --config); a docs tree has many files per folder.
  const cache = new Map<string, FileConfig | ConfigError>();
  return {
    configFor(filePath) {
      const key = options.configFile === undefined ? dirname(filePath) : '';
      let entry = cache.get(key);
      if (entry === undefined) {
        try {
          const { config, files } = loadConfig(filePath, load);
          entry = { config, ignores: ignoreLayers(files, options.cwd) };
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          entry = error;
        }
        cache.set(key, entry);
      }
      if (entry instanceof ConfigError) throw entry;
      return entry;
    },
  };
}

/**
 * One config for loadConfig's `overrides` (validated and merged there like any file): `config` (e.g. an
 * editor's settings), with each `--rule` severity over it. A bare severity keeps the options `config` gave
 * the rule, as a later config file's would.
 */
function overridesOf(config: UserConfig | undefined, severities: readonly RuleOverride[]): UserConfig | undefined {
  if (!severities.length) return config;
  const rules: Record<string, RuleSetting> = { ...config?.rules };
  for (const { id, severity } of severities) {
    const earlier = rules[id];
    rules[id] = Array.isArray(earlier) && earlier[1] ? [severity, earlier[1]] : severity;
  }
  return { ...config, rules };
}

/** Like a .gitignore, a config's `ignore` patterns are relative to the folder of the file that holds them. */
function ignoreLayers(files: readonly string[], cwd: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  for (const file of files) {
    // A shared config's patterns count as if written in the file that extends it.
    const patterns = configChain(file, { cwd }).flatMap((config) => config.ignore ?? []);
    if (patterns.length > 0) layers.push({ dir: dirname(file), matcher: ignore().add(patterns) });
  }
  return layers;
}
