import type { Worker } from 'node:worker_threads';
import { createWorkerPool, type WorkerPool } from '@blameless-lint/core/node';
import type { LintOptions } from '@blameless-lint/core';
import { adoptHeadStart, JOB_SENT, laneWorker, smallLaneHeapMb, STOP_CELLS } from './head-start.js';
import { lintWorkspaceFiles, type Diagnostic, type FileResult, type LintFunction, type UserConfig } from './library.js';

/** Work a worker does: lint one text, or lint a folder the way the CLI does. */
export type JobPayload =
  | { kind: 'text'; text: string; options: LintOptions }
  | { kind: 'folder'; folder: string; overrides: UserConfig | undefined };
export type JobRequest = JobPayload & { id: number };
export type JobResponse =
  | { id: number; result: unknown }
  | { id: number; error: { message: string; stack?: string; ruleId?: string; aborted?: boolean } };

/** Thrown when a run was stopped because its document moved on; callers drop it silently. */
export class StaleRun extends Error {
  override readonly name = 'StaleRun';
}

/** What the server needs from a lint backend. */
export interface LintRunner {
  run(key: string, text: string, options: LintOptions): Promise<Diagnostic[]>;
  /** Lints a folder as the CLI does, with `overrides` (the editor's settings) merged after its config files. */
  lintFolder(folder: string, overrides: UserConfig | undefined): Promise<FileResult[]>;
  /** The document `key` changed: a queued run for it is dropped, a long one stopped. */
  supersede(key: string): void;
  /** Gets ready to lint (the server calls it at initialize, before any document arrives). */
  start(): void;
  dispose(): void;
}

/** In the server's own thread: for hosts without a worker script, and for injected lint functions. */
export function inProcessRunner(lint: LintFunction): LintRunner {
  return {
    run: async (_key, text, options) => lint(text, options).diagnostics,
    lintFolder: (folder, overrides) => lintWorkspaceFiles(folder, overrides),
    supersede() {},
    start() {},
    dispose() {},
  };
}

/**
 * A superseded run is left to finish unless it has gone on this long: with warm caches a run after a keystroke
 * is short, and its diagnostics, a key or two old, are worth publishing while the person types on (the client
 * sees which version they are for). A longer one (a cold document, a huge paste) is asked to stop between two
 * blocks; what it checked so far stays in the worker's caches, so the next run starts from there.
 */
const STOP_STALE_AFTER_MS = 1000;
/** A run asked to stop that has not stopped after this long (stuck inside one block) has its worker ended. */
const TERMINATE_AFTER_MS = 2000;
/**
 * Documents above this many characters (a log pasted in, not a postmortem someone writes: 40,000 words are
 * about 260 KB) are linted in their own lane, so they never hold up the rest.
 */
const LARGE_TEXT = 1024 * 1024;

type Stopped = (key: string, why: string) => void;

/**
 * Lints in worker threads, in lanes: ordinary documents; very large ones (so typing in a postmortem never
 * waits behind a 5 MB log someone opened); and whole folders for the workspace command. A lane's worker
 * starts with the runner (or on first use after it ended) and runs one job at a time; it lives as long as the
 * server, so its caches stay warm.
 */
export class WorkerRunner implements LintRunner {
  private readonly small: Lane;
  private readonly large: Lane;
  private readonly folders: Lane;

  /** Documents whose lint ran out of the capped heap: linted in the large lane from then on. */
  private readonly needsRoom = new Set<string>();
  private readonly onStopped: Stopped;

  constructor(script: string | URL, onStopped: Stopped = () => {}, timeoutMs = 120_000) {
    this.onStopped = onStopped;
    this.small = new Lane(script, timeoutMs, onStopped, STOP_STALE_AFTER_MS, smallLaneHeapMb(), adoptHeadStart(script));
    // Runs in the large lane always take long: a stale one is asked to stop at once.
    this.large = new Lane(script, timeoutMs, onStopped, 0);
    this.folders = new Lane(script, 0, onStopped, Infinity);
  }

  /**
   * Starts the worker of the lane most documents use (unless the launcher already has), so loading the library
   * and its warm-up lint (warm-up.ts) happen while the editor is still starting, not on the first document.
   */
  start(): void {
    this.small.prestart();
  }

  run(key: string, text: string, options: LintOptions): Promise<Diagnostic[]> {
    const job: JobPayload = { kind: 'text', text, options };
    if (text.length > LARGE_TEXT || this.needsRoom.has(key)) return this.large.run(key, job) as Promise<Diagnostic[]>;
    return (this.small.run(key, job) as Promise<Diagnostic[]>).catch((error: unknown) => {
      // The typing lane's heap is capped so a long session stays small; a document that does not fit is
      // linted in the large lane (no cap), now and from then on.
      if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
      this.needsRoom.add(key);
      this.onStopped(key, "ran out of the typing lane's memory; linting it in the large-document lane");
      return this.large.run(key, job) as Promise<Diagnostic[]>;
    });
  }

  lintFolder(folder: string, overrides: UserConfig | undefined): Promise<FileResult[]> {
    return this.folders.run(folder, { kind: 'folder', folder, overrides }) as Promise<FileResult[]>;
  }

  supersede(key: string): void {
    this.small.supersede(key);
    this.large.supersede(key);
  }

  dispose(): void {
    for (const lane of [this.small, this.large, this.folders]) lane.dispose();
  }
}

interface Job {
  key: string;
  payload: JobPayload;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread (the Node layer's worker pool, of one) and its queue. A superseded run is left to finish
 * unless it has gone on for `stopStaleAfterMs`; then it is asked to stop (a flag the lint reads between blocks),
 * so the worker and its caches survive; only a run that does not stop, or one over `timeoutMs` (0: none), ends
 * the worker, which starts again for the next job.
 */
class Lane {
  private readonly stopCell: Int32Array;
  /** A worker started before its first job (head-start.ts, `prestart`), used for that job. */
  private started: Worker | undefined;
  private readonly spawn: () => Worker;
  /** One worker, one job at a time; the lane keeps its own queue, to drop a stale job before it is sent. */
  private readonly pool: WorkerPool<JobRequest, JobResponse>;
  private nextId = 1;
  private current:
    | (Job & { id: number; started: number; timer?: NodeJS.Timeout; stopping?: NodeJS.Timeout })
    | undefined;
  private readonly queue: Job[] = [];

  constructor(
    script: string | URL,
    private readonly timeoutMs: number,
    private readonly onStopped: Stopped,
    private readonly stopStaleAfterMs: number,
    /** A cap on the worker's heap (MB), or 0 for V8's default. */
    heapMb = 0,
    headStart?: { worker: Worker; stop: SharedArrayBuffer },
  ) {
    this.stopCell = new Int32Array(headStart?.stop ?? new SharedArrayBuffer(STOP_CELLS * 4));
    this.started = headStart?.worker;
    this.spawn = () => laneWorker(script, this.stopCell.buffer as SharedArrayBuffer, heapMb);
    this.pool = createWorkerPool<JobRequest, JobResponse>({
      size: 1,
      spawn: () => {
        const worker = this.started ?? this.spawn();
        this.started = undefined;
        worker.unref();
        return worker;
      },
    });
  }

  /** Starts the worker now, before its first job: it loads the library and warms up meanwhile. */
  prestart(): void {
    this.started ??= this.spawn();
    this.started.unref();
  }

  run(key: string, payload: JobPayload): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, payload, resolve, reject });
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
    if (!job || job.key !== key || job.stopping) return;
    const elapsed = Date.now() - job.started;
    if (elapsed < this.stopStaleAfterMs) return;
    this.onStopped(key, `asked a stale run to stop after ${elapsed} ms`);
    Atomics.store(this.stopCell, 0, job.id);
    job.stopping = setTimeout(() => {
      if (this.current !== job) return;
      this.onStopped(key, `ended a worker whose stale run did not stop within ${TERMINATE_AFTER_MS} ms`);
      this.pool.restart(new StaleRun('superseded'));
    }, TERMINATE_AFTER_MS);
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new StaleRun('server shutting down'));
    void this.pool.close(new StaleRun('server shutting down'));
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = this.queue.shift()!;
    const id = this.nextId++;
    const timer =
      this.timeoutMs > 0
        ? setTimeout(() => {
            this.onStopped(job.key, `stopped a run after ${this.timeoutMs} ms`);
            this.pool.restart(
              new Error(`linting took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`),
            );
          }, this.timeoutMs)
        : undefined;
    const current = { ...job, id, started: Date.now(), timer };
    this.current = current;
    // The worker's warm-up stops at its next block: a document never waits behind it.
    Atomics.store(this.stopCell, JOB_SENT, 1);
    // A worker that dies (out of memory, a crash in native code) fails its job; the next job starts a new one.
    this.pool.run(id, { ...job.payload, id } satisfies JobRequest).then(
      (response) => {
        this.finish(current);
        if (!('error' in response)) job.resolve(response.result);
        else if (response.error.aborted) job.reject(new StaleRun('superseded'));
        else job.reject(Object.assign(new Error(response.error.message), response.error));
      },
      (error: Error) => {
        this.finish(current);
        job.reject(error);
      },
    );
  }

  private finish(job: NonNullable<Lane['current']>): void {
    if (job.timer) clearTimeout(job.timer);
    if (job.stopping) clearTimeout(job.stopping);
    if (this.current === job) this.current = undefined;
    queueMicrotask(() => this.pump());
  }
}
