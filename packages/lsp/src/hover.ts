import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node.js';
import { rangesOverlap, toLspRange } from './convert.js';
import { ruleMeta, type Diagnostic } from './library.js';

/** Docs text up to the first `##`, without the title: the rule's own explanation. */
function docsIntro(markdown: string): string {
  const lines = markdown.split('\n');
  const start = lines[0]?.startsWith('# ') ? 1 : 0;
  const end = lines.findIndex((l, i) => i >= start && l.startsWith('## '));
  return lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

const fenced = (text: string) => {
  const ticks = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
  return `${ticks}markdown\n${text}\n${ticks}`;
};

function section(finding: Diagnostic): string {
  const rule = ruleMeta(finding.ruleId);
  const parts = [`**${finding.ruleId}** (blameless-lint): ${finding.message}`];
  for (const s of finding.suggestions ?? []) parts.push(`*Suggestion:* ${s.description}`);
  const why = finding.note ?? (rule ? docsIntro(rule.docs).split('\n\n')[0] : undefined);
  if (why) parts.push(`*Why it matters:* ${why}`);
  if (rule) {
    const bad = rule.examples.incorrect[0];
    const good = rule.examples.correct[0];
    if (bad !== undefined) parts.push(`Instead of:\n\n${fenced(bad)}`);
    if (good !== undefined) parts.push(`write:\n\n${fenced(good)}`);
  }
  if (finding.url) parts.push(`[Rule documentation](${finding.url})`);
  return parts.join('\n\n');
}

/** Hover over a finding: why it matters and a bad/good pair, one section per rule under the cursor. */
export function hoverAt(findings: readonly Diagnostic[], position: Position): Hover | null {
  const at = { start: position, end: position };
  const hits = findings.filter((f) => rangesOverlap(toLspRange(f.range), at));
  if (!hits.length) return null;
  const seen = new Set<string>();
  const unique = hits.filter((f) => !seen.has(f.ruleId) && seen.add(f.ruleId));
  return {
    contents: { kind: MarkupKind.Markdown, value: unique.map(section).join('\n\n---\n\n') },
    range: toLspRange(unique[0].range),
  };
}
