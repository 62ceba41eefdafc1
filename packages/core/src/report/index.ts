import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FileResult, FormatOptions, Formatter } from './types.js';

export type { FileResult, FormatOptions, Formatter, Summary } from './types.js';
export type { JsonReport } from './json.js';
export { summarize } from './types.js';
export { JSON_REPORT_VERSION } from './json.js';

/** The report formats by name. */
export const formatters = { stylish, json, sarif, github, compact } as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

/** Renders lint results in the named format. Throws on an unknown format name. */
export function format(
  results: readonly FileResult[],
  name: FormatName | string = 'stylish',
  options: FormatOptions = {},
): string {
  if (!isFormatName(name)) {
    throw new Error(
      `blameless-lint: unknown format "${name}" (expected one of: ${Object.keys(formatters).join(', ')})`,
    );
  }
  return formatters[name](results, options);
}
