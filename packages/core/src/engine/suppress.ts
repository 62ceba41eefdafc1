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

const DIRECTIVE = /^blameless-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

export function readDirectives(doc: PostmortemDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    // `-- reason` after the ids is a justification, as in ESLint.
    const idsText = m[2].split(/\s--\s|\s--$/)[0];
    const ids = idsText.split(/[\s,]+/).filter(Boolean);
    out.push({
      kind: m[1] as Directive['kind'],
      ids,
      start: c.start,
      end: c.end,
      line: doc.position(c.start).line,
      used: new Set(),
    });
  }
  return out;
}

/**
 * A test for findings against the document's directives, built once per lint: line directives by the line they
 * cover, and for each rule the stretches a `disable` … `enable` pair covers, found by binary search. Linear in
 * directives and findings (a file with 32,000 suppressions took a minute when every finding scanned them all).
 * A test marks the directive that suppressed a finding as used.
 */
export function suppressor(
  directives: Directive[],
  lineOf: (o: number) => number,
): (ruleId: string, line: number, offset: number) => boolean {
  const names = (d: Directive, ruleId: string) => d.ids.length === 0 || d.ids.includes(ruleId);
  const mark = (d: Directive, ruleId: string) => d.used.add(d.ids.length === 0 ? '*' : ruleId);
  const byLine = new Map<number, Directive[]>();
  const add = (line: number, d: Directive) => {
    const list = byLine.get(line);
    if (!list) byLine.set(line, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  const blocks: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') add(lineOf(d.end) + 1, d);
    else if (d.kind === 'disable-line') add(d.line, d), add(lineOf(d.end), d);
    else blocks.push(d);
  }
  // Per rule: the offsets where the active `disable` changes, and which one is active from there on.
  const stretches = new Map<string, { at: number[]; active: Array<Directive | null> }>();
  const stretchesOf = (ruleId: string) => {
    let st = stretches.get(ruleId);
    if (!st) {
      st = { at: [], active: [] };
      let active: Directive | null = null;
      for (const d of blocks) {
        if (d.kind === 'disable' && names(d, ruleId)) active = d;
        else if (d.kind === 'enable' && active && names(d, ruleId)) active = null;
        else continue;
        st.at.push(d.start);
        st.active.push(active);
      }
      stretches.set(ruleId, st);
    }
    return st;
  };
  return (ruleId, line, offset) => {
    for (const d of byLine.get(line) ?? []) if (names(d, ruleId)) return (mark(d, ruleId), true);
    const { at, active } = stretchesOf(ruleId);
    // The last change at or before the finding.
    let lo = 0;
    let hi = at.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= offset) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    const d = found >= 0 ? active[found] : null;
    if (d) mark(d, ruleId);
    return !!d;
  };
}
