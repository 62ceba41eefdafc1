import type { Severity } from '../types.js';
import { autoFix } from '../engine/fix.js';
import { paint, type Paint } from './colors.js';
import { oneLine } from './compact.js';
import { printable } from './printable.js';
import { summarize, type FileResult, type Formatter, type Summary } from './types.js';

/** ESLint's default look: findings grouped under each file, aligned columns, one summary line. */
export const stylish: Formatter = (results, options) => {
  const p = paint(options.color === true);
  let out = '';
  for (const result of results) {
    if (result.error === undefined && result.diagnostics.length === 0) continue;
    out += `\n${p.underline(printable(result.path))}\n`;
    if (result.error !== undefined) {
      out += `  ${p.red('error')}  ${oneLine(result.error)}\n`;
      continue;
    }
    out += fileBlock(result, p);
  }
  const summary = summarize(results);
  const failed = results.filter((r) => r.error !== undefined).length;
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0 && failed === 0) return out;
  return `${out}\n${summaryLine(summary, failed, p)}\n${fixableLine(results, p)}`;
};

/** As ESLint: how many of the problems `--fix` would fix, when there are any. */
function fixableLine(results: readonly FileResult[], p: Paint): string {
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const d of r.diagnostics) if (autoFix(d)) count[d.severity]++;
  if (count.error + count.warning + count.info === 0) return '';
  const parts = [plural(count.error, 'error'), plural(count.warning, 'warning')];
  if (count.info > 0) parts.push(plural(count.info, 'info'));
  return (
    p.bold(`  ${parts.join(', ').replace(/, ([^,]*)$/, ' and $1')} potentially fixable with the \`--fix\` option.`) +
    '\n'
  );
}

function fileBlock(result: FileResult, p: Paint): string {
  const rows = result.diagnostics.map((d) => ({
    line: String(d.range.start.line),
    column: String(d.range.start.column),
    severity: d.severity,
    message: oneLine(d.message),
    ruleId: d.ruleId,
  }));
  // As ESLint: line numbers right-aligned, columns left-aligned, so the colons line up.
  const lineWidth = Math.max(...rows.map((r) => r.line.length));
  const columnWidth = Math.max(...rows.map((r) => r.column.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const messageWidth = Math.max(...rows.map((r) => r.message.length));
  let out = '';
  for (const row of rows) {
    // Pad before colouring so escape codes do not break the alignment.
    const severity = colour(row.severity, row.severity.padEnd(severityWidth), p);
    const place = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    out += `  ${p.dim(place)}  ${severity}  ${row.message.padEnd(messageWidth)}  ${p.dim(row.ruleId)}\n`;
  }
  return out;
}

function colour(severity: Severity, text: string, p: Paint): string {
  return severity === 'error' ? p.red(text) : severity === 'warning' ? p.yellow(text) : p.blue(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(s: Summary, failed: number, p: Paint): string {
  const total = s.errors + s.warnings + s.infos;
  let text = `\u2716 ${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')})`;
  if (failed > 0) text += `, ${plural(failed, 'file')} not linted`;
  const styled = s.errors > 0 || failed > 0 ? p.red(text) : s.warnings > 0 ? p.yellow(text) : p.blue(text);
  return p.bold(styled);
}
