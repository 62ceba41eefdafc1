/**
 * Findings as vfile messages, the unified convention (retext-equality, remark-lint, alex): one message per
 * finding, with the fields every unified reporter and editor integration reads.
 */
import type { Diagnostic } from '@blameless-lint/core';
import type { VFile } from 'vfile';

/**
 * Severity as remark-lint maps it, so an `error` fails remark-cli as it fails `blameless-lint` (exit 1), while
 * a warning fails it only under `--frail` (as `--max-warnings 0` does) and an info never does.
 */
const FATAL: Record<Diagnostic['severity'], boolean | undefined> = { error: true, warning: false, info: undefined };

/** Adds one vfile message per finding to `file`, in the order given. */
export function reportDiagnostics(file: VFile, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const { start, end } = d.range;
    const message = file.message(d.message, {
      place: { start: { ...start }, end: { ...end } },
      ruleId: d.ruleId,
      source: d.source,
    });
    message.fatal = FATAL[d.severity];
    message.url = d.url;
    message.actual = d.actual;
    const expected = rewrites(d);
    if (expected.length > 0) message.expected = expected;
    if (d.note) message.note = d.note;
  }
}

/**
 * `expected` holds texts that replace `actual` itself, as vfile defines it. A fix over another range (a time
 * with its zone, a word with the comma after it) is not a replacement of `actual`, so it is left out: the
 * CLI's JSON and the language server's quick fixes carry those.
 */
function rewrites(d: Diagnostic): string[] {
  const out: string[] = [];
  for (const s of d.suggestions ?? []) {
    if (!s.fix || s.fix.range.start.offset !== d.range.start.offset || s.fix.range.end.offset !== d.range.end.offset)
      continue;
    if (!out.includes(s.fix.text)) out.push(s.fix.text);
  }
  return out;
}
