import type { ResolvedConfig, UserConfig } from './library.js';

/**
 * Each job's config arrives as a fresh copy (a structured clone). Core checks a resolved config once per object
 * (schema, time zones) and keys what it derives from it by the object, so an identical copy is swapped for the
 * object already seen: a keystroke does not check the config again.
 */
let seen: { json: string; config: ResolvedConfig | UserConfig } | undefined;
export function sameConfig<C extends ResolvedConfig | UserConfig | undefined>(config: C): C {
  if (config === undefined) return config;
  // Configs come from JSON and YAML files and editor settings: JSON text tells two copies apart exactly.
  const json = JSON.stringify(config);
  if (seen?.json === json) return seen.config as C;
  seen = { json, config };
  return config;
}
