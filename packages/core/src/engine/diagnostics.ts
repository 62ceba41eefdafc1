import type { Finding } from '../checks/types.js';
import type { PostmortemDocument } from '../document/types.js';
import type { RuleData } from '../rules/types.js';
import { ruleUrl } from '../rules/index.js';
import type { Diagnostic, Range, Severity } from '../types.js';

function toRange(doc: PostmortemDocument, start: number, end: number): Range {
  const s = Math.max(0, Math.min(start, doc.text.length));
  const e = Math.max(s, Math.min(end, doc.text.length));
  return { start: doc.position(s), end: doc.position(e) };
}

/** Fill `{name}` slots of a message template; unknown slots stay visible rather than vanish. */
function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in data ? data[name] : slot));
}

export function toDiagnostic(
  doc: PostmortemDocument,
  rule: RuleData,
  severity: Severity,
  finding: Finding,
): Diagnostic {
  const range = toRange(doc, finding.start, finding.end);
  const actual = doc.text.slice(range.start.offset, range.end.offset);
  const data = { actual, ...finding.data };
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: fillTemplate(finding.message ?? rule.message, data),
    range,
    url: rule.url ?? ruleUrl(rule.id),
    source: 'blameless-lint',
    actual,
    note: rule.note,
  };
  if (finding.suggestions?.length) {
    diagnostic.suggestions = finding.suggestions.map((s) => {
      const description = fillTemplate(s.description, data);
      if (s.text === undefined) return { description };
      const fixRange = toRange(doc, s.start ?? finding.start, s.end ?? finding.end);
      return { description, fix: { range: fixRange, text: s.text } };
    });
  }
  return diagnostic;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
