import { printable } from './printable.js';
import type { Formatter } from './types.js';

/** One line per finding, `path:line:col: severity message [ruleId]`: easy to grep and for editors' error parsers. */
export const compact: Formatter = (results) => {
  let out = '';
  for (const result of results) {
    const path = printable(result.path);
    for (const d of result.diagnostics) {
      const { line, column } = d.range.start;
      out += `${path}:${line}:${column}: ${d.severity} ${oneLine(d.message)} [${d.ruleId}]\n`;
    }
  }
  return out;
};

/** A message never spans lines in a line-based format, nor carries a control character (it quotes the document). */
export function oneLine(text: string): string {
  return printable(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
