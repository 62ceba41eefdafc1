import type { Diagnostic } from '../types.js';
import { summarize, type FileResult, type Formatter, type Summary } from './types.js';

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  files: Array<{ path: string; diagnostics: Diagnostic[]; error?: string; output?: string }>;
  summary: Summary;
}

/** Machine-readable report: `{ version: 1, files: [{ path, diagnostics, error?, output? }], summary }` (`output`: the fixed text, with --fix or --fix-dry-run). */
export const json: Formatter = (results: readonly FileResult[]) => {
  const report: JsonReport = {
    version: JSON_REPORT_VERSION,
    files: results.map((r) => ({
      path: r.path,
      diagnostics: r.diagnostics,
      ...(r.error === undefined ? {} : { error: r.error }),
      ...(r.output === undefined ? {} : { output: r.output }),
    })),
    summary: summarize(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
