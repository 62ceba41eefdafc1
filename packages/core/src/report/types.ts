import type { Diagnostic } from '../types.js';
import type { RuleMeta } from '../rules/types.js';

/** The outcome of linting one file: its findings, or why it could not be linted. */
export interface FileResult {
  /** The file's path as given or found (relative to the working folder when it lies inside it). */
  path: string;
  diagnostics: Diagnostic[];
  /** Set when the file could not be linted (unreadable, too large, bad config); `diagnostics` is then empty. */
  error?: string;
  /**
   * With `fix`: the file's text after its auto-fixes, present only when they changed it (ESLint's `output`);
   * `diagnostics` are then the findings that remain in it.
   */
  output?: string;
}

export interface FormatOptions {
  /** ANSI colours (stylish only). Default: false. */
  color?: boolean;
  /** Folder that SARIF artifact URIs and the stylish paths are relative to. Default: `process.cwd()` when available. */
  cwd?: string;
  /** Rule metadata for SARIF's `tool.driver.rules` (default: the built-in rules); others are described from their diagnostics. */
  rules?: readonly RuleMeta[];
  /** Version written into SARIF's `tool.driver.version`. */
  version?: string;
}

/** A formatter turns results into the text the CLI prints on stdout (ends with a newline unless empty). */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts per severity; every result counts as a file, whether or not it had findings. */
export function summarize(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
