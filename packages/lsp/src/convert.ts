import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
} from 'vscode-languageserver/node.js';
import type { Diagnostic, Range } from '@blameless-lint/core';

export const SOURCE = 'blameless-lint';

const severities: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Core positions are 1-based lines and columns in UTF-16 code units; LSP's are 0-based in the same units. */
export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/**
 * Core leaves a leading BOM out of line 1's columns, as editors that strip it on open (VS Code) count them.
 * A client that sends the BOM as part of the text counts it as a character: positions on line 1 (ranges and
 * fixes) move one to the right, so squiggles and fixes land on the text they are about.
 */
export function countingBom(text: string, findings: Diagnostic[]): Diagnostic[] {
  if (text.charCodeAt(0) !== 0xfeff) return findings;
  const shift = (r: Range): Range => ({
    start: r.start.line === 1 ? { ...r.start, column: r.start.column + 1 } : r.start,
    end: r.end.line === 1 ? { ...r.end, column: r.end.column + 1 } : r.end,
  });
  return findings.map((f) => ({
    ...f,
    range: shift(f.range),
    ...(f.suggestions
      ? { suggestions: f.suggestions.map((s) => (s.fix ? { ...s, fix: { ...s.fix, range: shift(s.fix.range) } } : s)) }
      : {}),
  }));
}

/** What a diagnostic carries back to the server in code-action requests (clients echo `data`). */
interface DiagnosticData {
  /** Index of the finding in the stored lint result it came from. */
  index: number;
  version: number;
}

export function toLspDiagnostic(d: Diagnostic, data?: DiagnosticData): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: severities[d.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: d.ruleId,
    message: d.message,
  };
  if (d.url) out.codeDescription = { href: d.url };
  if (data) out.data = data;
  return out;
}

/** A file that could not be linted still shows why, at its first character, instead of silently showing nothing. */
export function failureDiagnostic(message: string, ruleId = 'internal-error'): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: ruleId,
    message,
  };
}

export function rangesOverlap(a: LspRange, b: LspRange): boolean {
  const before = (p: LspRange['start'], q: LspRange['start']) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  // Touching counts: a cursor at the end of a word still "is on" the finding.
  return !before(a.end, b.start) && !before(b.end, a.start);
}
