import type { Diagnostic, Fix, LintOptions, LintResult } from '../types.js';
import { rules } from '../rules/index.js';
import { lint } from './lint.js';

/** ESLint's bound: a fix that uncovers another is applied on the next pass, at most this many passes. */
export const MAX_FIX_PASSES = 10;

const fixable = new Set(rules.filter((r) => r.fixable).map((r) => r.id));

/**
 * The fix `--fix` and the editor's "Fix all" apply for a finding: the first suggestion with an edit, for a rule
 * marked `fixable` in its data (rules/<id>.yml). Other rules' edits stay suggestions a person picks.
 */
export function autoFix(finding: Diagnostic): Fix | undefined {
  if (!fixable.has(finding.ruleId)) return undefined;
  return finding.suggestions?.find((s) => s.fix)?.fix;
}

/**
 * Every auto-fix of these findings that can be applied together, in text order: overlapping ones (and a second
 * insertion at the same point) wait for the next pass; one that would cut a surrogate pair or a CRLF in two, or
 * points outside the text, is never applied.
 */
export function selectFixes(findings: readonly Diagnostic[], text?: string): Fix[] {
  const fixes = findings
    .map(autoFix)
    .filter((f): f is Fix => f !== undefined && (text === undefined || inBounds(text, f)))
    .sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset);
  const out: Fix[] = [];
  let lastEnd = -1;
  for (const fix of fixes) {
    const { offset: start } = fix.range.start;
    if (start < lastEnd || (start === lastEnd && out.length > 0 && start === fix.range.end.offset)) continue;
    out.push(fix);
    lastEnd = fix.range.end.offset;
  }
  return out;
}

/**
 * Applies non-overlapping fixes (as selectFixes gives them) from the end, so each one's offsets still hold.
 * Text outside the fixes' ranges is kept as it is, byte for byte: its line endings and a BOM included. A line
 * break in a fix's own text takes the ending of the line it lands on.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (let i = fixes.length - 1; i >= 0; i--) {
    const { range, text: replacement } = fixes[i]!;
    out =
      out.slice(0, range.start.offset) +
      withLineEnding(replacement, text, range.end.offset) +
      out.slice(range.end.offset);
  }
  return out;
}

export interface FixResult extends LintResult {
  /** The fixed text (equal to the input when nothing was fixed). */
  output: string;
  /** Fixes applied over every pass. */
  fixed: number;
}

/**
 * Lints, applies the auto-fixes, and lints again until nothing more is fixed (at most MAX_FIX_PASSES passes),
 * as ESLint's `verifyAndFix`. `diagnostics` are the findings that remain in `output`.
 */
export function lintAndFix(text: string, options: LintOptions = {}): FixResult {
  let output = text;
  let fixed = 0;
  let result = lint(output, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const step = fixStep(output, result.diagnostics);
    if (step.fixed === 0) break;
    output = step.output;
    fixed += step.fixed;
    result = lint(output, options);
  }
  return { ...result, output, fixed };
}

/** One pass: the text with these findings' auto-fixes applied, and how many there were (0: nothing changed). */
export function fixStep(text: string, findings: readonly Diagnostic[]): { output: string; fixed: number } {
  const fixes = selectFixes(findings, text);
  const output = applyFixes(text, fixes);
  return output === text ? { output: text, fixed: 0 } : { output, fixed: fixes.length };
}

function inBounds(text: string, fix: Fix): boolean {
  const { offset: start } = fix.range.start;
  const { offset: end } = fix.range.end;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return false;
  return !splits(text, start) && !splits(text, end);
}

/** True when `at` falls between the halves of a surrogate pair or of a CRLF. */
function splits(text: string, at: number): boolean {
  if (at === 0 || at === text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (
    (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10)
  );
}

function withLineEnding(replacement: string, text: string, at: number): string {
  if (!/[\r\n]/.test(replacement)) return replacement;
  const eol = /\r\n?|\n/.exec(text.slice(at))?.[0] ?? /\r\n?|\n/.exec(text)?.[0] ?? '\n';
  return replacement.replace(/\r\n?|\n/g, eol);
}
