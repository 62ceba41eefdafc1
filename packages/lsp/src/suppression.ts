import type { TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The comment forms core reads suppressions from: HTML comments in Markdown and plain text, JSX comments in MDX. */
function wrap(language: string, body: string): string {
  return language === 'mdx' ? `{/* ${body} */}` : `<!-- ${body} -->`;
}

const OPEN = String.raw`(?:<!--|\{\/\*)\s*`;
const CLOSE = String.raw`\s*(?:-->|\*\/\})`;
/** A whole line that is a disable-next-line comment. */
const NEXT_LINE = new RegExp(String.raw`^(\s*)${OPEN}blameless-disable-next-line\b([^]*?)${CLOSE}\s*$`);
/** A disable-line comment at the end of a line. */
const SAME_LINE = new RegExp(String.raw`${OPEN}blameless-disable-line\b([^]*?)${CLOSE}\s*$`);

/** The rule ids of a directive plus one more, keeping its `-- reason`; null when the rule is already named. */
function withRule(kind: string, rest: string, ruleId: string): string | null {
  const [idsText, reason] = rest.split(/\s--\s/, 2);
  const ids = idsText.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0 || ids.includes(ruleId)) return null;
  return `blameless-${kind} ${[...ids, ruleId].join(', ')}${reason ? ` -- ${reason.trim()}` : ''}`;
}

const lineText = (doc: TextDocument, line: number) =>
  doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');

/**
 * The edit that disables `ruleId` on `line` (0-based), or null when none applies.
 * - Usually a `blameless-disable-next-line` comment on its own line above, indented like the line so a list
 *   item stays in its list; a rule is added to such a comment when one is already there.
 * - In a table row, a line of its own would end the table, so the row gets `blameless-disable-line` at its end.
 * - Plain text gets the same HTML-style comment on a line of its own (core reads those in .txt too).
 */
export function disableLineEdit(doc: TextDocument, language: string, line: number, ruleId: string): TextEdit | null {
  const text = lineText(doc, line);
  if (language !== 'text' && /^\s*\|/.test(text)) {
    const existing = SAME_LINE.exec(text);
    if (existing) {
      const body = withRule('disable-line', existing[1], ruleId);
      if (!body) return null;
      return {
        range: { start: { line, character: existing.index }, end: { line, character: text.length } },
        newText: wrap(language, body),
      };
    }
    return {
      range: { start: { line, character: text.length }, end: { line, character: text.length } },
      newText: ` ${wrap(language, `blameless-disable-line ${ruleId}`)}`,
    };
  }
  if (line > 0) {
    const above = lineText(doc, line - 1);
    const existing = NEXT_LINE.exec(above);
    if (existing) {
      const body = withRule('disable-next-line', existing[2], ruleId);
      if (!body) return null;
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } },
        newText: `${existing[1]}${wrap(language, body)}`,
      };
    }
  }
  // Front matter must stay the first thing in the file.
  if (line === 0 && text === '---') return null;
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}${wrap(language, `blameless-disable-next-line ${ruleId}`)}${eol}`,
  };
}
