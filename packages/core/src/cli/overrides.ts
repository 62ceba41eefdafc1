import type { RuleOverride } from './args.js';
import { rules } from '../node/core.js';
import { UsageError } from './usage-error.js';

/** Rejects `--rule` ids that name no rule, suggesting the nearest ones. */
export function checkOverrides(overrides: readonly RuleOverride[]): void {
  const known = new Set(rules.map((r) => r.id));
  for (const o of overrides) {
    if (!known.has(o.id))
      throw new UsageError(`--rule: unknown rule "${o.id}"${suggest(o.id, [...known])} (see --list-rules)`);
  }
}

export function suggest(id: string, known: readonly string[]): string {
  const close = known.filter((k) => k.includes(id) || id.includes(k) || distance(k, id) <= 3);
  return close.length > 0 ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
