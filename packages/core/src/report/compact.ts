import type { Formatter } from './types.js';

/** One line per finding, `path:line:col: severity message [ruleId]`: easy to grep and for editors' error parsers. */
export const compact: Formatter = (results) => {
  let out = '';
  for (const result of results) {
    for (const d of result.diagnostics) {
      const { line, column } = d.range.start;
      out += `${result.path}:${line}:${column}: ${d.severity} ${oneLine(d.message)} [${d.ruleId}]\n`;
    }
  }
  return out;
};

/** A message never spans lines in a line-based format. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
