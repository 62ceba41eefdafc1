import { dirname } from 'node:path';
import ignore from 'ignore';
import type { ResolvedConfig, SeverityLevel } from '../types.js';
import type { RuleOverride } from './args.js';
import { ConfigError, loadConfig, readConfigFile } from './core.js';
import type { IgnoreLayer } from './ignore-files.js';

/** A file's config, and the config `ignore` patterns that apply, each relative to the config file that holds it. */
export interface FileConfig {
  config: ResolvedConfig;
  ignores: IgnoreLayer[];
}

/** The config for each file: the nearest config files (or the one `--config` names), then `--rule` on top. */
export interface ConfigSource {
  /** Throws ConfigError when the config that applies is invalid. */
  configFor(filePath: string): FileConfig;
}

export function createConfigSource(options: { cwd: string; configFile?: string; overrides?: readonly RuleOverride[] }): ConfigSource {
  const rules: Record<string, SeverityLevel> = {};
  for (const o of options.overrides ?? []) rules[o.id] = o.severity;
  const load = { cwd: options.cwd, configFile: options.configFile, overrides: options.overrides?.length ? { rules } : undefined };
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

/** Like a .gitignore, a config's `ignore` patterns are relative to the folder of the file that holds them. */
function ignoreLayers(files: readonly string[], cwd: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  for (const file of files) {
    const patterns = readConfigFile(file, { cwd })?.ignore ?? [];
    if (patterns.length > 0) layers.push({ dir: dirname(file), matcher: ignore().add(patterns) });
  }
  return layers;
}
