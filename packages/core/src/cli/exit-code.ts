import type { FileResult } from '../report/types.js';

/** The documented exit codes. */
export const EXIT = { ok: 0, lintErrors: 1, fatal: 2 } as const;

/**
 * 2 when a file could not be linted (a CI run must not pass on files it never checked), else 1 for any
 * error finding or more warnings than allowed, else 0.
 */
export function exitCodeFor(results: readonly FileResult[], maxWarnings: number | undefined): number {
  if (results.some((r) => r.error !== undefined)) return EXIT.fatal;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  if (errors > 0) return EXIT.lintErrors;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.lintErrors;
  return EXIT.ok;
}

export function countWarnings(results: readonly FileResult[]): number {
  return results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
}
