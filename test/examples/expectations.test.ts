/**
 * The bundled example postmortems are fixtures: every line marked `<!-- expect: rule-id -->` must be
 * flagged by exactly those rules, and nothing else may be flagged (examples/README.md has the convention).
 * They go through the public API only, with a fixed "today" so overdue action items stay overdue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '@blameless-lint/core';
import { compare, formatComparison, parseExample, type Finding } from './markers.js';

const NOW = '2026-11-27';
const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /\.(md|markdown|mdx|txt)$/.test(f) && f !== 'README.md')
  .sort();

/** The built-in rules of DESIGN.md: together the examples must exercise each of them. */
const DESIGN_RULES = [
  'names-as-root-cause',
  'judgmental-language',
  'counterfactual',
  'human-error',
  'interpretive-timeline',
  'timeline-timezone',
  'timeline-order',
  'timeline-timestamp',
  'action-item-owner',
  'action-item-deadline',
  'action-item-overdue',
  'vague-action-item',
  'required-sections',
  'summary-shape',
  'single-contributing-factor',
];

const examples = files.map((file) => {
  const source = readFileSync(join(dir, file), 'utf8');
  return { file, source, ...parseExample(source) };
});

describe('examples/', () => {
  it('holds the five example postmortems, the first one clean', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files[0]).toMatch(/^01-clean/);
    expect(examples[0]!.expectations).toEqual([]);
  });

  it('has well-formed markers that name existing rules', () => {
    const known = new Set(rules.map((r) => r.id));
    const unknown = [...new Set(examples.flatMap((ex) => ex.expectations.map((e) => e.ruleId)))]
      .filter((id) => !known.has(id))
      .sort();
    expect(examples.flatMap((ex) => ex.errors.map((e) => `${ex.file}: ${e}`))).toEqual([]);
    expect(unknown, 'rule ids in markers that no rule has').toEqual([]);
  });

  it('exercises every rule of DESIGN.md somewhere', () => {
    const expected = new Set(examples.flatMap((ex) => ex.expectations.map((e) => e.ruleId)));
    expect(DESIGN_RULES.filter((id) => !expected.has(id))).toEqual([]);
  });

  it('shows an inline suppression that is used', () => {
    expect(examples.some((ex) => ex.text.includes('<!-- blameless-disable-next-line counterfactual -->'))).toBe(true);
  });

  it('README.md is clean too (`npm run lint:examples` lints the whole folder)', () => {
    const readme = join(dir, 'README.md');
    const { diagnostics } = lint(readFileSync(readme, 'utf8'), { filePath: readme, now: NOW });
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}: ${d.message}`)).toEqual(
      [],
    );
  });

  for (const ex of examples) {
    it(`${ex.file}: findings match the expect markers`, () => {
      const { diagnostics } = lint(ex.text, { filePath: join(dir, ex.file), now: NOW });
      const findings: Finding[] = diagnostics.map((d) => ({
        ruleId: d.ruleId,
        line: d.range.start.line,
        message: d.message,
      }));
      const report = formatComparison(`examples/${ex.file}`, ex.source, compare(ex.expectations, findings));
      // One message with every missing and unexpected finding, each beside its source line.
      if (report) expect.fail(`findings differ from the expect markers\n${report}\n`);
      expect(report).toBe('');
    });
  }
});
