import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { adoptHeadStart, headStart } from '../../packages/lsp/src/head-start.js';

// The launcher starts the typing lane's worker before the server loads; the runner adopts it for the same script.
const script = fileURLToPath(new URL('./fixtures/echo-worker.mjs', import.meta.url));

async function ask(worker: Worker, message: object): Promise<Record<string, unknown>> {
  worker.postMessage(message);
  const [reply] = await once(worker, 'message');
  return reply as Record<string, unknown>;
}

describe('the launcher head start', () => {
  it('hands the started worker and its stop cell to the runner of the same script, once', async () => {
    headStart(script);
    const adopted = adoptHeadStart(script);
    expect(adopted).toBeDefined();
    const reply = await ask(adopted!.worker, { id: 7 });
    expect(reply.id).toBe(7);
    expect(reply.blamelessLintWorker).toBe(true);
    // The runner's stop cell is the one the worker reads.
    new Int32Array(adopted!.stop)[0] = 7;
    expect(new Int32Array(reply.stop as SharedArrayBuffer)[0]).toBe(7);
    expect(adoptHeadStart(script)).toBeUndefined();
    await adopted!.worker.terminate();
  });

  it('is not used for another script, and that worker is ended', async () => {
    headStart(script);
    expect(adoptHeadStart(`${script}.other.mjs`)).toBeUndefined();
    expect(adoptHeadStart(script)).toBeUndefined();
  });

  it('is not used when its worker failed to start', async () => {
    const missing = fileURLToPath(new URL('./fixtures/no-such-worker.mjs', import.meta.url));
    headStart(missing);
    await new Promise((r) => setTimeout(r, 500));
    expect(adoptHeadStart(missing)).toBeUndefined();
  });
});
