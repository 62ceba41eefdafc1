import { parentPort, workerData } from 'node:worker_threads';
import { lint } from '@blameless-lint/core';
import { clearConfigCache, defaultConfig, lintWorkspaceFiles, type LintFunction } from './library.js';
import { sameConfig } from './same-config.js';
import { JOB_SENT, type WorkerData } from './head-start.js';
import { warmUp } from './warm-up.js';
import type { JobRequest, JobResponse } from './runner.js';

/**
 * The loop of a lint worker thread: core's `lint` for a document, core's `lintFiles` for a folder, one job
 * at a time. Runs in a thread so the server keeps answering while a large document or a whole docs folder
 * is linted. A run made stale by typing is stopped by its lane through a shared cell the lint reads between
 * blocks (its `signal`), so the thread and its caches live on. `lintText` replaces core's lint (tests).
 */
export function runLintWorker(lintText: LintFunction = lint): void {
  const port = parentPort;
  if (!port) throw new Error('@blameless-lint/language-server: runLintWorker() must run in a worker thread');
  // The LSP stream is the parent's stdout: nothing in the worker may write there.
  const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.debug = console.error = toStderr;
  const reply = (response: JobResponse) => port.postMessage(response);
  const failed = (id: number, error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    const ruleId = (error as { ruleId?: unknown } | null)?.ruleId;
    reply({
      id,
      error: { message: e.message, stack: e.stack, ruleId: typeof ruleId === 'string' ? ruleId : undefined },
    });
  };
  const cell = (workerData as Partial<WorkerData> | null)?.stop;
  const stopCell = cell ? new Int32Array(cell) : undefined;
  port.on('message', (job: JobRequest) => {
    if (job.kind === 'folder') {
      // Each run reads the config files afresh, as the CLI would: they may have changed since the last one.
      clearConfigCache();
      lintWorkspaceFiles(job.folder, job.overrides).then(
        (result) => reply({ id: job.id, result }),
        (error) => failed(job.id, error),
      );
      return;
    }
    const signal = {
      get aborted() {
        return stopCell !== undefined && Atomics.load(stopCell, 0) === job.id;
      },
    };
    try {
      const options = { ...job.options, config: sameConfig(job.options.config), signal };
      reply({ id: job.id, result: lintText(job.text, options).diagnostics });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError')
        reply({ id: job.id, error: { message: error.message, aborted: true } });
      else failed(job.id, error);
    }
  });
  // Messages wait while it runs; the first job's arrival stops it.
  if (stopCell && stopCell.length > JOB_SENT)
    warmUp(lintText, sameConfig(defaultConfig(undefined)), () => Atomics.load(stopCell, JOB_SENT) !== 0);
}
