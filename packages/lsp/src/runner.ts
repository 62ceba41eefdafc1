import { Worker } from 'node:worker_threads';
import type { Diagnostic, LintFunction } from './library.js';
import type { LintOptions } from '@blameless-lint/core';

export interface JobRequest {
  id: number;
  text: string;
  options: LintOptions;
}

export type JobResponse =
  | { id: number; diagnostics: Diagnostic[] }
  | { id: number; error: { message: string; stack?: string; ruleId?: string } };

/** Thrown when a run was stopped because its document moved on; callers drop it silently. */
export class StaleRun extends Error {
  override readonly name = 'StaleRun';
}

/** What the server needs from a lint backend: run a job, stop a stale one, shut down. */
export interface LintRunner {
  run(key: string, text: string, options: LintOptions): Promise<Diagnostic[]>;
  /** The document `key` changed: a run for it that is taking long is not worth finishing. */
  supersede(key: string): void;
  dispose(): void;
}

/** In the server's own thread: for hosts without a worker script, and for injected lint functions. */
export function inProcessRunner(lint: LintFunction): LintRunner {
  return {
    run: async (_key, text, options) => lint(text, options).diagnostics,
    supersede() {},
    dispose() {},
  };
}

/** A run that goes on longer than this when its document has changed is stopped rather than finished. */
const STOP_STALE_AFTER_MS = 100;
/** Documents above this many characters are linted in their own lane, so they never hold up the rest. */
const LARGE_TEXT = 256 * 1024;

type Job = { key: string; text: string; options: LintOptions; resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void };

/**
 * Lints in worker threads: one lane for ordinary documents and one for very large ones, so typing in a
 * postmortem is never queued behind a 5 MB log someone opened. Each lane runs one job at a time.
 */
export class WorkerRunner implements LintRunner {
  private readonly lanes: [Lane, Lane];

  constructor(script: string | URL, onStopped: (key: string, why: string) => void = () => {}, timeoutMs = 120_000) {
    // Runs in the large lane always take long: a stale one is stopped at once.
    this.lanes = [new Lane(script, timeoutMs, onStopped, STOP_STALE_AFTER_MS), new Lane(script, timeoutMs, onStopped, 0)];
  }

  run(key: string, text: string, options: LintOptions): Promise<Diagnostic[]> {
    return this.lanes[text.length > LARGE_TEXT ? 1 : 0].run(key, text, options);
  }

  supersede(key: string): void {
    for (const lane of this.lanes) lane.supersede(key);
  }

  dispose(): void {
    for (const lane of this.lanes) lane.dispose();
  }
}

/**
 * One worker thread and its queue. A stale long run is stopped by terminating the worker, which is started
 * again for the next job; so is a run over `timeoutMs`, which then fails with a message instead of hanging.
 */
class Lane {
  private worker: Worker | undefined;
  private nextId = 1;
  private current: { id: number; key: string; started: number; resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | undefined;
  private readonly queue: Job[] = [];

  constructor(
    private readonly script: string | URL,
    private readonly timeoutMs: number,
    private readonly onStopped: (key: string, why: string) => void,
    private readonly stopStaleAfterMs: number,
  ) {}

  run(key: string, text: string, options: LintOptions): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, text, options, resolve, reject });
      this.pump();
    });
  }

  supersede(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key !== key) continue;
      this.queue.splice(i, 1)[0].reject(new StaleRun('superseded'));
      this.onStopped(key, 'dropped a queued stale run');
    }
    const job = this.current;
    if (job && job.key === key && Date.now() - job.started >= this.stopStaleAfterMs) {
      this.onStopped(key, `stopped a stale run after ${Date.now() - job.started} ms`);
      this.stop(new StaleRun('superseded'));
    }
  }

  dispose(): void {
    this.stop(new StaleRun('server shutting down'));
    for (const job of this.queue.splice(0)) job.reject(new StaleRun('server shutting down'));
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = this.queue.shift()!;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.onStopped(job.key, `stopped a run after ${this.timeoutMs} ms`);
      this.stop(new Error(`linting took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`));
    }, this.timeoutMs);
    this.current = { id, key: job.key, started: Date.now(), resolve: job.resolve, reject: job.reject, timer };
    this.ensureWorker().postMessage({ id, text: job.text, options: job.options } satisfies JobRequest);
  }
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { blamelessLintWorker: true }, stdout: false, stderr: false });
    worker.on('message', (response: JobResponse) => {
      const job = this.current;
      if (!job || job.id !== response.id) return;
      this.finish();
      if ('error' in response) job.reject(Object.assign(new Error(response.error.message), response.error));
      else job.resolve(response.diagnostics);
    });
    // A worker that dies (out of memory, a crash in native code) fails its job; the next job starts a new one.
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.current;
      if (job) {
        this.finish();
        job.reject(error);
      }
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the lint worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stop(reason: Error): void {
    const job = this.current;
    const worker = this.worker;
    this.worker = undefined;
    if (job) {
      this.finish();
      job.reject(reason);
    }
    void worker?.terminate();
  }

  private finish(): void {
    if (this.current) clearTimeout(this.current.timer);
    this.current = undefined;
    queueMicrotask(() => this.pump());
  }
}
