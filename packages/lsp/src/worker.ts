import { parentPort } from 'node:worker_threads';
import { lint } from '@blameless-lint/core';
import type { JobRequest, JobResponse } from './runner.js';

/**
 * The lint loop of a worker thread: core's `lint`, one job at a time. Runs in a thread so the server
 * keeps answering while a large document is linted, and so a run made stale by typing can be stopped.
 */
export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('@blameless-lint/language-server: runLintWorker() must run in a worker thread');
  // The LSP stream is the parent's stdout: nothing in the worker may write there.
  const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.debug = console.error = toStderr;
  port.on('message', (job: JobRequest) => {
    let response: JobResponse;
    try {
      response = { id: job.id, diagnostics: lint(job.text, job.options).diagnostics };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const ruleId = (error as { ruleId?: unknown } | null)?.ruleId;
      response = { id: job.id, error: { message: e.message, stack: e.stack, ruleId: typeof ruleId === 'string' ? ruleId : undefined } };
    }
    port.postMessage(response);
  });
}
