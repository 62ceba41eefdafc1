import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '@blameless-lint/core';
import { ruleData } from '../../packages/core/src/rules/generated.js';

// The engine never writes into rule data: check kinds keep what they compile from a rule's params in their own
// WeakMaps. Frozen deeply before the first lint of this process, any write would throw (ES modules are strict)
// and surface as a "rule failed on this file" finding.
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

describe('rule data is read-only to the engine', () => {
  it('lints every example with every rule on while the rule data is deeply frozen', () => {
    const before = JSON.stringify(ruleData);
    deepFreeze(ruleData);
    const rules = Object.fromEntries(ruleData.map((r) => [r.id, 'warning' as const]));
    let findings = 0;
    for (const name of readdirSync(examples).filter((f) => /\.(md|txt)$/.test(f))) {
      const { diagnostics } = lint(readFileSync(join(examples, name), 'utf8'), {
        filePath: name,
        config: { extends: 'strict', rules },
        now: '2026-01-01',
      });
      expect(diagnostics.filter((d) => d.message.includes('failed on this file')).map((d) => d.message)).toEqual([]);
      findings += diagnostics.length;
    }
    expect(findings).toBeGreaterThan(20);
    expect(JSON.stringify(ruleData)).toBe(before);
  });

  it('lints with a deeply frozen config holding house rules', () => {
    const config = {
      house: [
        {
          id: 'acme/no-war-room',
          phrases: ['war room'],
          patterns: ['war-?rooms?'],
          message: 'No "{actual}".',
          rewrite: 'incident channel',
        },
      ],
    };
    deepFreeze(config);
    for (let i = 0; i < 2; i++) {
      const { diagnostics } = lint('We opened a war room, then two warrooms.\n', { config });
      expect(diagnostics.map((d) => `${d.ruleId} ${d.actual}`)).toEqual([
        'acme/no-war-room war room',
        'acme/no-war-room warrooms',
      ]);
    }
  });
});
