import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { youngCollector } from '../../packages/lsp/src/idle-collect.js';

// The lint worker collects its young generation after each job (idle-collect.ts): a scavenge, never a full
// collection (that would cost tens of milliseconds on a large document's heap).
describe('the lint worker collecting between jobs', () => {
  it('runs a collection of the young generation only', async () => {
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) kinds.push((e as unknown as { detail: { kind: number } }).detail.kind);
    });
    observer.observe({ entryTypes: ['gc'] });
    const collect = youngCollector();
    expect(collect).toBeTypeOf('function');
    // Let collections of the test's own start-up be reported first.
    await new Promise((r) => setTimeout(r, 50));
    kinds.length = 0;
    for (let i = 0; i < 3; i++) collect!();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    // Each call is one scavenge, in order (V8 may start a collection of its own afterwards, as it would anyway).
    expect(kinds.slice(0, 3)).toEqual([1, 2, 3].map(() => constants.NODE_PERFORMANCE_GC_MINOR));
  });
});
