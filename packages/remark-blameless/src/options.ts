/** The plugin's options: checked when the plugin is attached, so a typo fails the pipeline at once. */
import { validateConfig, type UserConfig } from '@blameless-lint/core';

export interface Options {
  /**
   * Config as in `.blamelessrc.json`. In Node it is applied over the config files that apply to the file
   * (as the CLI's `--rule` is); in a browser it is the whole config. Default: the `recommended` preset.
   */
  config?: UserConfig;
  /** "Today" for overdue action items (ISO date such as `2026-01-31`); default: config `now`, else the clock. */
  now?: string | Date;
}

/** Node only: options of the entry that reads config files. */
export interface NodeOptions extends Options {
  /** A config file to use for every file instead of searching from the file's folder (the CLI's `--config`). */
  configFile?: string;
}

const PREFIX = 'remark-blameless';

/** Throws a TypeError (or the core's ConfigError for a bad `config`) naming the package. */
export function checkOptions<T extends Options>(value: unknown, known: ReadonlyArray<keyof T & string>): T {
  if (value === undefined || value === null) return {} as T;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(
      `${PREFIX}: options must be an object (got ${Array.isArray(value) ? 'an array' : typeof value})`,
    );
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!known.includes(key as keyof T & string))
      throw new TypeError(`${PREFIX}: unknown option "${key}" (known: ${known.join(', ')})`);
  }
  if (options.config !== undefined) validateConfig(options.config, `${PREFIX} options.config`);
  const { now } = options;
  if (now !== undefined && typeof now !== 'string' && !(now instanceof Date))
    throw new TypeError(`${PREFIX}: options.now must be an ISO date string or a Date`);
  // A string is checked as config `now` is: a real ISO date (2026-02-30 is refused, as the CLI's --now does).
  if (typeof now === 'string') validateConfig({ now }, `${PREFIX} options`);
  if ('configFile' in options && options.configFile !== undefined && typeof options.configFile !== 'string') {
    throw new TypeError(`${PREFIX}: options.configFile must be a path`);
  }
  return options as T;
}
