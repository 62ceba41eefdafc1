import type { Finding } from '../checks/types.js';
import type { PostmortemDocument } from '../document/types.js';
import type { RuleData } from '../rules/types.js';
import { ruleUrl } from '../rules/index.js';
import type { Diagnostic, Range, Severity } from '../types.js';
import { BoundedCache, flat } from './bounded-cache.js';

function toRange(doc: PostmortemDocument, start: number, end: number): Range {
  const s = Math.max(0, Math.min(start, doc.text.length));
  const e = Math.max(s, Math.min(end, doc.text.length));
  return { start: doc.position(s), end: doc.position(e) };
}

/** Fill `{name}` slots of a message template; unknown slots stay visible rather than vanish. */
function fillTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in data ? data[name] : slot));
}

// Messages whose only slot is the words found, by template and words: an editor's every keystroke turns the same
// findings of a long postmortem into diagnostics again. Most templates are rule data; some checks write their own.
const filled = new BoundedCache<string, Map<string, string>>(1_000);

function messageFor(template: string, actual: string, data: Record<string, string> | undefined): string {
  // (A finding over a whole paragraph is rare and would make a long key.)
  if (data || actual.length > 200) return fillTemplate(template, { actual, ...data });
  let byActual = filled.get(template);
  if (!byActual) filled.set(flat(template), (byActual = new Map()));
  let message = byActual.get(actual);
  if (message === undefined) {
    if (byActual.size >= 2_000) byActual.clear();
    byActual.set(flat(actual), (message = flat(fillTemplate(template, { actual }))));
  }
  return message;
}

export function toDiagnostic(
  doc: PostmortemDocument,
  rule: RuleData,
  severity: Severity,
  finding: Finding,
): Diagnostic {
  const range = toRange(doc, finding.start, finding.end);
  const actual = doc.text.slice(range.start.offset, range.end.offset);
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: messageFor(finding.message ?? rule.message, actual, finding.data),
    range,
    url: rule.url ?? ruleUrl(rule.id),
    source: 'blameless-lint',
    actual,
    note: rule.note,
  };
  if (finding.suggestions?.length) {
    const data = { actual, ...finding.data };
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
