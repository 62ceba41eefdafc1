// A worker receives each job's config as a fresh structured clone; sameConfig hands core the object it has
// already checked whenever the copy is identical, and the new one as soon as anything in it differs.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@blameless-lint/core';
import { sameConfig } from '../../packages/lsp/src/same-config.js';

describe('sameConfig', () => {
  it('swaps an identical copy for the object seen before, and takes a changed config as it comes', () => {
    const first = resolveConfig([{ extends: 'recommended' }]);
    expect(sameConfig(first)).toBe(first);
    expect(sameConfig(structuredClone(first))).toBe(first);
    const changed = structuredClone(first);
    changed.timezone = 'Europe/Berlin';
    expect(sameConfig(changed)).toBe(changed);
    expect(sameConfig(structuredClone(changed))).toBe(changed);
    const ruleOff = resolveConfig([{ extends: 'recommended', rules: { 'names-as-root-cause': 'off' } }]);
    expect(sameConfig(ruleOff)).toBe(ruleOff);
    expect(sameConfig(structuredClone(first))).not.toBe(first);
    expect(sameConfig(undefined)).toBeUndefined();
  });
});
