import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyFixes,
  autoFix,
  lint,
  lintAndFix,
  rules,
  selectFixes,
  type Diagnostic,
  type Fix,
} from '@blameless-lint/core';

const NOW = '2026-11-27';
const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
const fix = (start: number, end: number, text: string): Fix => ({ range: { start: at(start), end: at(end) }, text });
const finding = (ruleId: string, f: Fix): Diagnostic => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  range: f.range,
  url: '',
  source: 'blameless-lint',
  suggestions: [{ description: 'd', fix: f }],
});

const TIMELINE = [
  '---',
  'type: postmortem',
  '---',
  '## Timeline (all times UTC)',
  '',
  '- 14:02 Deploy 4411 started',
  '- 06:05 PST Error-rate alert fired',
];

describe('auto-fixes (--fix, "Fix all")', () => {
  it('applies only the fixes of rules marked fixable in their data', () => {
    expect(
      rules
        .filter((r) => r.fixable)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['names-as-root-cause', 'timeline-timezone']);
    expect(autoFix(finding('timeline-timezone', fix(0, 1, 'x')))).toBeDefined();
    // interpretive-timeline offers "Remove the word" edits, but they can leave a stray comma or a lower-case start.
    expect(autoFix(finding('interpretive-timeline', fix(0, 1, 'x')))).toBeUndefined();
  });

  it('never applies overlapping fixes, nor two insertions at one point, nor one outside the text or splitting a CRLF or a surrogate pair', () => {
    const text = 'ab\r\ncd😀ef';
    const fixes = selectFixes(
      [
        finding('timeline-timezone', fix(0, 2, 'X')),
        finding('timeline-timezone', fix(1, 3, 'Y')), // overlaps the first
        finding('timeline-timezone', fix(3, 3, 'Z')), // between \r and \n
        finding('timeline-timezone', fix(6, 7, 'Q')), // half of the emoji
        finding('timeline-timezone', fix(8, 8, '1')),
        finding('timeline-timezone', fix(8, 8, '2')), // a second insertion at 8
        finding('timeline-timezone', fix(9, 99, 'W')), // past the end
      ],
      text,
    );
    expect(fixes.map((f) => f.text)).toEqual(['X', '1']);
    expect(applyFixes(text, fixes)).toBe('X\r\ncd😀1ef');
  });

  it('gives a line break in a fix the ending of the line it lands on', () => {
    expect(applyFixes('a\r\nb\r\n', [fix(0, 1, 'x\ny')])).toBe('x\r\ny\r\nb\r\n');
  });

  it('converts the timeline zone and leaves the rest to the next lint, reporting what remains', () => {
    const text = `${TIMELINE.join('\n')}\n`;
    const before = lint(text, { filePath: 'a.md', now: NOW }).diagnostics.filter(
      (d) => d.ruleId === 'timeline-timezone',
    );
    expect(before).toHaveLength(1);
    const { output, fixed, diagnostics } = lintAndFix(text, { filePath: 'a.md', now: NOW });
    expect(fixed).toBe(1);
    expect(output).toBe(text.replace('06:05 PST', '14:05 UTC'));
    expect(diagnostics.filter((d) => d.ruleId === 'timeline-timezone')).toEqual([]);
    expect(diagnostics).toEqual(lint(output, { filePath: 'a.md', now: NOW }).diagnostics);
  });

  it("with any mix of \\n, \\r\\n, \\r and a BOM, fixing changes nothing outside the fixes' ranges", () => {
    const lines = fc.array(
      fc.constantFrom(
        ...TIMELINE.slice(3),
        '- 23:30 PDT Rollback finished',
        "Wei's typo caused the outage.",
        'The bucket was deleted by @kim.',
        '## Contributing factors',
        'It was human error.',
        '',
      ),
      { minLength: 1, maxLength: 14 },
    );
    const breaks = fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 17, maxLength: 17 });
    let fixedSome = 0;
    fc.assert(
      fc.property(lines, breaks, fc.boolean(), (ls, bs, bom) => {
        const all = [...TIMELINE.slice(0, 3), ...ls];
        const text = (bom ? '\uFEFF' : '') + all.map((l, i) => l + bs[i]).join('');
        const fixes = selectFixes(lint(text, { filePath: 'a.md', now: NOW }).diagnostics, text);
        const output = applyFixes(text, fixes);
        if (fixes.length > 0) fixedSome++;
        // Walk the text front to back: every stretch between fixes must come through unchanged, in order.
        let from = 0;
        let o = 0;
        for (const f of fixes) {
          const kept = text.slice(from, f.range.start.offset);
          expect(output.slice(o, o + kept.length)).toBe(kept);
          o += kept.length;
          expect(output.slice(o, o + f.text.length)).toBe(f.text);
          o += f.text.length;
          from = f.range.end.offset;
        }
        expect(output.slice(o)).toBe(text.slice(from));
        expect(output.startsWith('\uFEFF')).toBe(bom);
        // The whole loop as well: line breaks are the text's own, in number and kind.
        const looped = lintAndFix(text, { filePath: 'a.md', now: NOW }).output;
        const ends = (t: string) => [...t.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
        expect(ends(looped)).toEqual(ends(text));
      }),
      { numRuns: 150 },
    );
    // The property is only worth something if fixes happened in it.
    expect(fixedSome).toBeGreaterThan(30);
  });
});
