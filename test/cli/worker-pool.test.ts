import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../packages/core/src/node/worker-pool.js';

// A worker that answers { id, n } with { id, double }, hangs on n = -1 and exits on n = -2.
const DOUBLER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, n }) => {
  if (n === -1) return;
  if (n === -2) process.exit(3);
  parentPort.postMessage({ id, double: n * 2 });
});
`;

type Job = { id: number; n: number };
type Reply = { id: number; double: number };

function pool(size: number, inFlight = 1) {
  let spawned = 0;
  const p = createWorkerPool<Job, Reply>({
    size,
    inFlight,
    spawn: () => {
      spawned++;
      return new Worker(DOUBLER, { eval: true });
    },
  });
  return { p, spawned: () => spawned };
}

describe('the worker pool the CLI and the language server share', () => {
  it('answers every job, starting workers only as jobs need them, up to its size', async () => {
    const { p, spawned } = pool(2, 2);
    expect(spawned()).toBe(0);
    const replies = await Promise.all([1, 2, 3, 4, 5].map((n) => p.run(n, { id: n, n })));
    expect(replies.map((r) => r.double)).toEqual([2, 4, 6, 8, 10]);
    expect(spawned()).toBe(2);
    await p.close();
  });

  it('a restart fails the running job with its reason and runs the queued ones on a fresh worker', async () => {
    const { p, spawned } = pool(1);
    const stuck = p.run(1, { id: 1, n: -1 });
    const next = p.run(2, { id: 2, n: 21 });
    await new Promise((r) => setTimeout(r, 50));
    p.restart(new Error('took too long'));
    await expect(stuck).rejects.toThrow('took too long');
    await expect(next).resolves.toEqual({ id: 2, double: 42 });
    expect(spawned()).toBe(2);
    await p.close();
  });

  it('a worker that exits fails only the job it was running; the next job gets a new worker', async () => {
    const { p } = pool(1);
    const dying = p.run(1, { id: 1, n: -2 });
    const after = p.run(2, { id: 2, n: 4 });
    await expect(dying).rejects.toThrow(/exit code 3/);
    await expect(after).resolves.toEqual({ id: 2, double: 8 });
    await p.close();
  });

  it('close fails what is queued and running, and refuses new jobs', async () => {
    const { p } = pool(1);
    const stuck = p.run(1, { id: 1, n: -1 });
    const queued = p.run(2, { id: 2, n: 1 });
    // Both are awaited only after close, so their rejections are watched from before it.
    const failed = Promise.all([
      expect(stuck).rejects.toThrow('shutting down'),
      expect(queued).rejects.toThrow('shutting down'),
    ]);
    await p.close(new Error('shutting down'));
    await failed;
    await expect(p.run(3, { id: 3, n: 1 })).rejects.toThrow(/closed/);
  });
});
