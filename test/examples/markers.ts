/**
 * Inline expectation markers for the example postmortems (markdownlint-style scenario fixtures).
 *
 *   `<!-- expect: rule-a, rule-b -->`   at the end of a line: each listed rule reports exactly one finding
 *                                       that starts on this line (repeat an id to expect it twice).
 *   `<!-- expect-section: rule-a -->`   at the end of a heading line: one finding of the rule that starts
 *                                       anywhere in that heading's section (the heading line up to the next
 *                                       heading of the same or a higher level). For document- and section-level
 *                                       rules, whose exact line is the rule's own choice.
 *
 * Markers are stripped before linting (so they cannot influence the result, and they work in .txt files
 * where an HTML comment is plain prose); stripping only removes the end of a line, so line numbers and the
 * columns of everything before the marker are unchanged. Suppression comments are not markers and stay.
 */

export interface Expectation {
  ruleId: string;
  /** 1-based line that carries the marker. */
  line: number;
  /** For `expect-section`: the last line (inclusive) that the expectation covers. */
  endLine: number;
  kind: 'line' | 'section';
}

export interface Finding {
  ruleId: string;
  line: number;
  message?: string;
}

const MARKER = /[ \t]*<!--[ \t]*expect(-section)?:([^>]*?)-->/g;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface ParsedExample {
  /** The text to lint: the source with every marker removed. */
  text: string;
  expectations: Expectation[];
  /** Problems with the markers themselves (a section marker off a heading, an empty list, an odd id). */
  errors: string[];
}

export function parseExample(source: string): ParsedExample {
  const lines = source.split('\n');
  const expectations: Expectation[] = [];
  const errors: string[] = [];
  const out = lines.map((raw, i) => {
    const line = i + 1;
    for (const m of raw.matchAll(MARKER)) {
      const kind = m[1] ? 'section' : 'line';
      const ids = (m[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.length === 0) errors.push(`line ${line}: marker lists no rule id`);
      for (const id of ids) {
        if (!/^[a-z][a-z0-9-]*$/.test(id)) errors.push(`line ${line}: "${id}" is not a rule id`);
        const endLine = kind === 'section' ? sectionEnd(lines, i) : line;
        if (kind === 'section' && endLine === 0) errors.push(`line ${line}: expect-section must sit on a heading line`);
        expectations.push({ ruleId: id, line, endLine: Math.max(endLine, line), kind });
      }
    }
    const stripped = raw.replace(MARKER, '');
    if (/<!--[ \t]*expect/.test(stripped)) errors.push(`line ${line}: malformed expect marker`);
    return stripped;
  });
  return { text: out.join('\n'), expectations, errors };
}

/** Last line (1-based) of the section whose ATX heading is at index `i`, or 0 when line `i` is no heading. */
function sectionEnd(lines: string[], i: number): number {
  const h = HEADING.exec(lines[i] ?? '');
  if (!h) return 0;
  const level = h[1]!.length;
  let fence: string | null = null;
  for (let j = i + 1; j < lines.length; j++) {
    const f = FENCE.exec(lines[j]!);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const next = HEADING.exec(lines[j]!);
    if (next && next[1]!.length <= level) return j;
  }
  return lines.length;
}

export interface Comparison {
  missing: Expectation[];
  unexpected: Finding[];
}

/** Match findings to expectations: exact lines first, then section spans; whatever is left over is a failure. */
export function compare(expectations: Expectation[], findings: Finding[]): Comparison {
  const open = expectations.map((e) => ({ e, used: false }));
  const rest: Finding[] = [];
  for (const f of findings) {
    const hit = open.find((o) => !o.used && o.e.kind === 'line' && o.e.ruleId === f.ruleId && o.e.line === f.line);
    if (hit) hit.used = true;
    else rest.push(f);
  }
  const unexpected: Finding[] = [];
  for (const f of rest) {
    const hit = open.find(
      (o) =>
        !o.used && o.e.kind === 'section' && o.e.ruleId === f.ruleId && o.e.line <= f.line && f.line <= o.e.endLine,
    );
    if (hit) hit.used = true;
    else unexpected.push(f);
  }
  return { missing: open.filter((o) => !o.used).map((o) => o.e), unexpected };
}

/** A readable report: one line per problem with the source line it is about; '' when all matched. */
export function formatComparison(file: string, source: string, result: Comparison): string {
  const lines = source.split('\n');
  const text = (n: number) => (lines[n - 1] ?? '').replace(MARKER, '').trim().slice(0, 90);
  const rows = [
    ...result.missing.map((e) => ({
      line: e.line,
      row: `  missing     ${String(e.line).padStart(4)}  ${e.ruleId.padEnd(28)}${e.kind === 'section' ? `(section to line ${e.endLine}) ` : ''}| ${text(e.line)}`,
    })),
    ...result.unexpected.map((f) => ({
      line: f.line,
      row: `  unexpected  ${String(f.line).padStart(4)}  ${f.ruleId.padEnd(28)}| ${text(f.line)}${f.message ? `\n${' '.repeat(48)}-> ${f.message}` : ''}`,
    })),
  ].sort((a, b) => a.line - b.line);
  return rows.length ? `${file}\n${rows.map((r) => r.row).join('\n')}` : '';
}
