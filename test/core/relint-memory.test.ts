import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../packages/core/dist', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/relint-heap.mjs', import.meta.url));

// Sentences handed out by one lint were once held until the synchronous job ended (a WeakRef's target is kept
// for the job), so a batch grew by a document per lint: 95 -> 286 MB over five lints of this document.
it('a batch of synchronous lints holds the sentences of the last documents only', () => {
  const heaps: number[] = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', script, dist], { encoding: 'utf8' }),
  );
  expect(heaps).toHaveLength(5);
  expect(heaps[4]).toBeLessThan(heaps[0] * 1.15);
}, 60_000);
