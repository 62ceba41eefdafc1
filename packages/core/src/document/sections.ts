import type { SectionKind } from '../types.js';
import { flat } from '../engine/block-cache.js';

/** Built-in heading aliases; config `sections` adds more. Matched case-insensitively on the heading's words. */
export const defaultSectionAliases: Record<SectionKind, string[]> = {
  summary: ['summary', 'executive summary', 'overview', 'tl;dr', 'tldr', 'incident summary', 'abstract', 'description'],
  timeline: ['timeline', 'sequence of events', 'chronology', 'incident timeline', 'detailed timeline', 'timeline of events'],
  'contributing-factors': [
    'contributing factors', 'contributing factor', 'root cause', 'root causes', 'causes', 'root cause analysis',
    'what went wrong', 'trigger', 'why did it happen',
  ],
  lessons: ['what we learned', 'lessons learned', 'lessons', 'learnings', 'what went well', 'takeaways', 'lessons learnt'],
  'action-items': [
    'action items', 'actions', 'follow-ups', 'follow ups', 'followups', 'follow-up actions', 'remediation',
    'remediations', 'next steps', 'corrective actions', 'preventive actions', 'action plan',
    'corrective and preventative measures', 'corrective and preventive measures', 'preventative measures',
    'corrective measures', 'how are we preventing it from happening again',
  ],
};

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[*_`#:.!?]/g, ' ')
    .replace(/^\s*\d+(\.\d+)*\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section kind a heading names, or null. "Timeline (all times UTC)" is a timeline. */
export function classifyHeading(
  heading: string,
  extra: Partial<Record<SectionKind, string[]>> = {},
): SectionKind | null {
  // Memoised per alias set: the language server classifies every heading again on each keystroke, and the
  // alias lists below are rebuilt per heading and kind (most of a lint's allocations in a long document).
  const byExtra = Object.keys(extra).length === 0 ? plainKinds : (extraKinds.get(extra) ?? extraKinds.set(extra, new Map()).get(extra)!);
  let kind = byExtra.get(heading);
  if (kind === undefined) {
    if (byExtra.size >= 4096) byExtra.clear();
    byExtra.set(flat(heading), (kind = classify(heading, extra))); // a copy: the heading is a slice of a document
  }
  return kind;
}

const plainKinds = new Map<string, SectionKind | null>();
const extraKinds = new WeakMap<object, Map<string, SectionKind | null>>();

function classify(heading: string, extra: Partial<Record<SectionKind, string[]>>): SectionKind | null {
  // A heading that is code (an API name such as `Jack.description()`) names no section.
  if (heading.trimStart().startsWith('`')) return null;
  const h = normalise(heading);
  if (!h) return null;
  for (const kind of Object.keys(defaultSectionAliases) as SectionKind[]) {
    const aliases = [...(extra[kind] ?? []).map(normalise), ...defaultSectionAliases[kind]];
    if (aliases.includes(h)) return kind;
  }
  for (const kind of Object.keys(defaultSectionAliases) as SectionKind[]) {
    const aliases = [...(extra[kind] ?? []).map(normalise), ...defaultSectionAliases[kind]];
    if (aliases.some((a) => a.length > 3 && (h.startsWith(`${a} `) || h.endsWith(` ${a}`)))) return kind;
  }
  return null;
}
