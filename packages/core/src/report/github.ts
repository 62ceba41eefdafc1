import type { Severity } from '../types.js';
import type { Formatter } from './types.js';

// GitHub Actions workflow commands: annotations on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command (the runner unescapes %25, %0D, %0A). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: additionally `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<ruleId>::<message>` per finding. */
export const github: Formatter = (results) => {
  let out = '';
  for (const result of results) {
    const file = escapeProperty(result.path.replace(/\\/g, '/'));
    if (result.error !== undefined) {
      out += `::error file=${file},title=blameless-lint::${escapeData(result.error)}\n`;
      continue;
    }
    for (const d of result.diagnostics) {
      const { start, end } = d.range;
      const props = [
        `file=${file}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      out += `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`;
    }
  }
  return out;
};
