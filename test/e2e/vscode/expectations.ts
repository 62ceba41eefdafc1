/**
 * The example postmortems mark what they must produce (examples/README.md): `<!-- expect: id, id -->`
 * at the end of a line (a finding of that rule starts on that line), `<!-- expect-section: id -->` at
 * the end of a heading (one starts somewhere in that heading's section).
 */
export interface Finding {
  ruleId: string;
  line: number;
}

export interface Expected {
  /** One entry per expected finding, 1-based lines. */
  lines: Finding[];
  /** Expected somewhere in [from, to] (1-based, inclusive). */
  sections: { ruleId: string; from: number; to: number }[];
}

export function expectedFindings(text: string): Expected {
  const lines = text.split('\n');
  const heading = (l: string) => /^(#{1,6})\s/.exec(l)?.[1].length;
  const out: Expected = { lines: [], sections: [] };
  lines.forEach((l, i) => {
    for (const m of l.matchAll(/<!--\s*expect(-section)?:\s*([^>]*?)\s*-->/g)) {
      const ids = m[2]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!m[1]) {
        for (const ruleId of ids) out.lines.push({ ruleId, line: i + 1 });
        continue;
      }
      const level = heading(l) ?? 6;
      let end = lines.length;
      for (let j = i + 1; j < lines.length; j++) {
        const h = heading(lines[j]);
        if (h !== undefined && h <= level) {
          end = j;
          break;
        }
      }
      for (const ruleId of ids) out.sections.push({ ruleId, from: i + 1, to: end });
    }
  });
  return out;
}

export interface ProblemRow extends Finding {
  /** The file row the finding is listed under (its text starts with the file name). */
  file: string;
  column: number;
}

/**
 * The Problems panel's rows in display order: a file row ("<name><count>"), then one row per finding,
 * reading "<message><source><code>[Ln L, Col C]". Findings of other tools are dropped.
 */
export function parseProblemRows(texts: string[]): ProblemRow[] {
  const out: ProblemRow[] = [];
  let file = '';
  for (const raw of texts) {
    const text = raw.trim();
    const m = /blameless-lint([a-z0-9-]+)\[Ln (\d+), Col (\d+)\]$/.exec(text);
    if (m) out.push({ file, ruleId: m[1], line: Number(m[2]), column: Number(m[3]) });
    else if (!/\[Ln \d+, Col \d+\]$/.test(text)) file = text.replace(/\d+$/, '');
  }
  return out;
}

/** Sorted `rule@line` keys, for comparisons whose failure message shows the whole difference. */
export const keys = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId}@${f.line}`).sort();
