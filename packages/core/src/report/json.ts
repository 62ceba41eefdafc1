import type { Diagnostic } from '../types.js';
import { summarize, type FileResult, type Formatter, type Summary } from './types.js';

/** Version of the JSON report's shape; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  files: Array<{ path: string; diagnostics: Diagnostic[]; error?: string }>;
  summary: Summary;
}

/** Machine-readable report: `{ version: 1, files: [{ path, diagnostics, error? }], summary }`. */
export const json: Formatter = (results: readonly FileResult[]) => {
  const report: JsonReport = {
    version: JSON_REPORT_VERSION,
    files: results.map((r) => (r.error === undefined ? { path: r.path, diagnostics: r.diagnostics } : { path: r.path, diagnostics: r.diagnostics, error: r.error })),
    summary: summarize(results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
