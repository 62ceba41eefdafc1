import { isResolvedConfig, resolveConfig } from '../config/resolve.js';
import type { ResolvedConfig, UserConfig } from '../types.js';

let defaults: ResolvedConfig | undefined;

/** The config `lint` runs with: a ResolvedConfig as given, a UserConfig resolved over the presets, or the default. */
export function toConfig(config: ResolvedConfig | UserConfig | undefined): ResolvedConfig {
  if (config === undefined) return (defaults ??= resolveConfig([]));
  if (isResolvedConfig(config)) return config;
  return resolveConfig([config]);
}
