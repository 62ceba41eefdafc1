import { dirname } from 'node:path';
import type { ResolvedConfig, SeverityLevel } from '../types.js';
import type { RuleOverride } from './args.js';
import { ConfigError, loadConfig } from './core.js';

/** The config for each file: the nearest config files (or the one `--config` names), then `--rule` on top. */
export interface ConfigSource {
  /** Throws ConfigError when the config that applies is invalid. */
  configFor(filePath: string): ResolvedConfig;
}

export function createConfigSource(options: { cwd: string; configFile?: string; overrides?: readonly RuleOverride[] }): ConfigSource {
  const rules: Record<string, SeverityLevel> = {};
  for (const o of options.overrides ?? []) rules[o.id] = o.severity;
  const load = { cwd: options.cwd, configFile: options.configFile, overrides: options.overrides?.length ? { rules } : undefined };
  // Which config applies depends only on the folder (or on nothing, with --config); a docs tree has many files per folder.
  const cache = new Map<string, ResolvedConfig | ConfigError>();
  return {
    configFor(filePath) {
      const key = options.configFile === undefined ? dirname(filePath) : '';
      let entry = cache.get(key);
      if (entry === undefined) {
        try {
          entry = loadConfig(filePath, load).config;
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
