import type { PostmortemDocument } from '../document/types.js';

/** An inline directive: `blameless-disable-next-line ids`, `blameless-disable ids`, `blameless-enable ids`, `blameless-disable-line ids`. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named; empty = every rule. */
  ids: string[];
  start: number;
  end: number;
  line: number;
  /** Ids (or '*') that suppressed at least one finding. */
  used: Set<string>;
}

const DIRECTIVE = /^blameless-(disable-next-line|disable-line|disable|enable)\b([^]*)$/;

export function readDirectives(doc: PostmortemDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    // `-- reason` after the ids is a justification, as in ESLint.
    const idsText = m[2].split(/\s--\s|\s--$/)[0];
    const ids = idsText.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], ids, start: c.start, end: c.end, line: doc.position(c.start).line, used: new Set() });
  }
  return out;
}

/** Whether a finding of `ruleId` starting on `line` at `offset` is suppressed; marks the directive used. */
export function isSuppressed(directives: Directive[], ruleId: string, line: number, offset: number, lineOf: (o: number) => number): boolean {
  const names = (d: Directive) => d.ids.length === 0 || d.ids.includes(ruleId);
  const mark = (d: Directive) => d.used.add(d.ids.length === 0 ? '*' : ruleId);
  for (const d of directives) {
    if (!names(d)) continue;
    if (d.kind === 'disable-next-line' && lineOf(d.end) + 1 === line) return mark(d), true;
    if (d.kind === 'disable-line' && (d.line === line || lineOf(d.end) === line)) return mark(d), true;
  }
  let active: Directive | null = null;
  for (const d of directives) {
    if (d.start > offset) break;
    if (d.kind === 'disable' && names(d)) active = d;
    if (d.kind === 'enable' && active && (d.ids.length === 0 || d.ids.includes(ruleId))) active = null;
  }
  if (active) mark(active);
  return active !== null;
}
