// Whole documents with inline expectation markers (the examples' format): context the one-line labelled
// cases cannot give, such as tables, pronouns across sentences, sections and owners. Only the language rules count.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '@blameless-lint/core';
import { compare, formatComparison, parseExample } from '../../examples/markers.js';

const LANGUAGE = new Set(['counterfactual', 'human-error', 'judgmental-language', 'names-as-root-cause']);
const dir = new URL('./scenarios/', import.meta.url);

describe('language scenarios', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${file}: findings match the expect markers`, () => {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const { text, expectations, errors } = parseExample(source);
      expect(errors).toEqual([]);
      const findings = lint(text, { filePath: file, config: { extends: 'language' }, now: '2026-10-20' })
        .diagnostics.filter((d) => LANGUAGE.has(d.ruleId))
        .map((d) => ({ ruleId: d.ruleId, line: d.range.start.line, message: d.message }));
      const report = formatComparison(
        file,
        source,
        compare(
          expectations.filter((e) => LANGUAGE.has(e.ruleId)),
          findings,
        ),
      );
      expect(report).toBe('');
    });
  }
});
