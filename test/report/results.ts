import type { Diagnostic, Severity } from '../../packages/core/src/types.js';
import type { FileResult } from '../../packages/core/src/report/index.js';

/** A diagnostic on one line, columns 1-based with an exclusive end, offsets as if each line were 40 units. */
export function diag(
  ruleId: string,
  severity: Severity,
  line: number,
  column: number,
  endColumn: number,
  message = `Message of ${ruleId}.`,
): Diagnostic {
  const offset = (line - 1) * 40 + column - 1;
  return {
    ruleId,
    severity,
    message,
    range: { start: { line, column, offset }, end: { line, column: endColumn, offset: offset + endColumn - column } },
    url: `https://github.com/blameless-lint/blameless-lint/blob/main/rules/${ruleId}.md`,
    source: 'blameless-lint',
  };
}

export const RESULTS: FileResult[] = [
  {
    path: 'docs/a.md',
    diagnostics: [diag('counterfactual', 'warning', 3, 5, 16), diag('human-error', 'error', 12, 10, 21)],
  },
  { path: 'docs/clean.md', diagnostics: [] },
  {
    path: 'notes/b c.txt',
    diagnostics: [
      diag('judgmental-language', 'info', 1, 1, 8, 'Say what the system did: 100% of "careless", then,\nnext line.'),
    ],
  },
  { path: 'docs/broken.md', diagnostics: [], error: 'cannot read: no such file' },
];
