// ESLint's RuleTester, reduced: valid texts must not fire the rule; invalid ones must fire exactly the
// listed findings (line, column, end column, message). Only the rule under test is enabled.
import { describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '@blameless-lint/core';
import { ruleData } from '../../../packages/core/src/rules/generated.js';

export interface Expected {
  line: number;
  column: number;
  endColumn?: number;
  message?: string;
  /** A suggestion whose description contains this text. */
  suggestion?: string;
  /** The text after applying the first suggestion that carries a fix. */
  fixed?: string;
}

export interface RuleCases {
  valid: string[];
  invalid: Array<{
    text: string;
    errors: Expected[];
    config?: { people?: string[]; teams?: string[]; vocabulary?: { accept: string[] } };
  }>;
}

export function only(ruleId: string, text: string, extra: object = {}): Diagnostic[] {
  const rules = Object.fromEntries(ruleData.map((r) => [r.id, r.id === ruleId ? 'warning' : 'off']));
  return lint(text, {
    config: { extends: 'language', rules, ...extra } as never,
    now: '2026-11-27',
  }).diagnostics.filter((d) => d.ruleId === ruleId);
}

function applyFix(text: string, d: Diagnostic): string | undefined {
  const fix = d.suggestions?.find((s) => s.fix)?.fix;
  return fix && text.slice(0, fix.range.start.offset) + fix.text + text.slice(fix.range.end.offset);
}

export function runRuleCases(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    it('has no duplicate cases', () => {
      const all = [...cases.valid, ...cases.invalid.map((c) => c.text)];
      expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
    });
    for (const text of cases.valid) {
      it(`valid: ${text}`, () => expect(only(ruleId, text)).toEqual([]));
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text}`, () => {
        const found = only(ruleId, c.text, c.config ?? {});
        expect(found.map((d) => ({ line: d.range.start.line, column: d.range.start.column }))).toEqual(
          c.errors.map((e) => ({ line: e.line, column: e.column })),
        );
        c.errors.forEach((e, i) => {
          const d = found[i]!;
          if (e.endColumn !== undefined) expect(d.range.end.column).toBe(e.endColumn);
          if (e.message !== undefined) expect(d.message).toBe(e.message);
          if (e.suggestion !== undefined)
            expect(d.suggestions?.map((s) => s.description).join('\n')).toContain(e.suggestion);
          if (e.fixed !== undefined) expect(applyFix(c.text, d)).toBe(e.fixed);
        });
      });
    }
  });
}
