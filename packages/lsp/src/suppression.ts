import type { TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The comment forms core reads suppressions from: HTML comments in Markdown, JSX comments in MDX. */
function wrap(language: 'markdown' | 'mdx', body: string): string {
  return language === 'mdx' ? `{/* ${body} */}` : `<!-- ${body} -->`;
}

const EXISTING = /^(\s*)(?:<!--|\{\/\*)\s*blameless-disable-next-line\b([^]*?)\s*(?:-->|\*\/\})\s*$/;

/**
 * The edit that disables `ruleId` on `line` (0-based): a `blameless-disable-next-line` comment on its own line
 * above it, indented like the line so list items keep their list; when such a comment is already there, the rule
 * is added to it. Plain text has no comment syntax the engine reads, so it gets none (returns null).
 */
export function disableNextLineEdit(doc: TextDocument, language: string, line: number, ruleId: string): TextEdit | null {
  if (language !== 'markdown' && language !== 'mdx') return null;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  if (line > 0) {
    const above = doc.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '');
    const m = EXISTING.exec(above);
    if (m) {
      const [idsText, reason] = m[2].split(/\s--\s/, 2);
      const ids = idsText.split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0 || ids.includes(ruleId)) return null; // already disabled: nothing to add
      const body = `blameless-disable-next-line ${[...ids, ruleId].join(', ')}${reason ? ` -- ${reason.trim()}` : ''}`;
      return { range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } }, newText: `${m[1]}${wrap(language, body)}` };
    }
  }
  // Front matter must stay the first thing in the file.
  if (line === 0 && /^---\r?\n/.test(text)) return null;
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${wrap(language, `blameless-disable-next-line ${ruleId}`)}${eol}` };
}
