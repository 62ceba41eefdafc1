import type { Worker } from 'node:worker_threads';

/**
 * The one worker pool of the Node layer: the CLI's `--jobs` pool (jobs.ts) and each lane of the language
 * server (packages/lsp/src/runner.ts) are this pool with their own messages. Jobs queue in the order given and
 * go to the first worker with room; a worker answers `{ id }` messages; a worker that dies fails only the job
 * it was running, the jobs it had not started go to the next worker, and a fresh worker is started when a job
 * needs one. Workers start on demand, up to `size`: a lane the server seldom uses costs nothing until used.
 * Measured against tinypool for the CLI's batch (bench/libraries.mjs): the same time within noise, and this
 * pool also serves the server's needs (a worker the caller starts itself, a restart that keeps the queue).
 */
export interface WorkerPoolOptions<Job> {
  /** Workers at most. */
  size: number;
  /** Starts a worker; called again for a worker that died or was restarted. */
  spawn(): Worker;
  /** Jobs sent to a worker before its earlier ones are answered (2 keeps a batch worker busy; default 1). */
  inFlight?: number;
  /** The message that carries `job` to `worker` (default: the job itself); it must hold the job's id. */
  message?(worker: Worker, job: Job): unknown;
}

/** A worker's answer: the id of the job it answers, and whatever else the protocol holds. */
export interface WorkerReply {
  id: number;
}

export interface WorkerPool<Job, Reply extends WorkerReply> {
  /** Queues `job` under `id` (unique among the jobs not yet answered); resolves with the worker's reply to it. */
  run(id: number, job: Job): Promise<Reply>;
  /**
   * Ends every worker now: the jobs they were running fail with `reason`, the ones they had not started stay
   * queued, and fresh workers take them.
   */
  restart(reason: Error): void;
  /** Ends every worker; queued and running jobs fail. Call it, or a worker that is not unref'd keeps the process alive. */
  close(reason?: Error): Promise<void>;
}

interface Pending<Job, Reply> {
  id: number;
  job: Job;
  resolve(reply: Reply): void;
  reject(error: Error): void;
}

export function createWorkerPool<Job, Reply extends WorkerReply>(
  options: WorkerPoolOptions<Job>,
): WorkerPool<Job, Reply> {
  const { size, spawn, inFlight = 1, message = (_w: Worker, job: Job) => job } = options;
  /** Each worker and the jobs sent to it, oldest first. */
  const workers = new Map<Worker, Array<Pending<Job, Reply>>>();
  const queue: Array<Pending<Job, Reply>> = [];
  let closed = false;

  const start = (): void => {
    const worker = spawn();
    workers.set(worker, []);
    worker.on('message', (reply: Reply) => {
      const sent = workers.get(worker);
      const at = sent?.findIndex((p) => p.id === reply.id) ?? -1;
      if (at >= 0) sent!.splice(at, 1)[0]!.resolve(reply);
      pump();
    });
    // Out of memory, a native crash, a failed load: the running job fails with the worker's error.
    worker.on('error', (error) => retire(worker, error, true));
    worker.on('exit', (code) => retire(worker, new Error(`the lint worker stopped (exit code ${code})`), true));
  };

  /** Takes `worker` out of the pool; its first job fails with `error`, the others are queued again. */
  const retire = (worker: Worker, error: Error, died: boolean): void => {
    const sent = workers.get(worker);
    if (!sent) return;
    workers.delete(worker);
    if (!died) void worker.terminate();
    const [running, ...waiting] = sent;
    running?.reject(error);
    if (closed) {
      for (const p of waiting) p.reject(error);
      return;
    }
    queue.unshift(...waiting);
    pump();
  };

  const pump = (): void => {
    if (closed) return;
    while (queue.length > 0 && workers.size < size && [...workers.values()].every((s) => s.length >= inFlight)) start();
    for (const [worker, sent] of workers) {
      while (sent.length < inFlight && queue.length > 0) {
        const pending = queue.shift()!;
        sent.push(pending);
        worker.postMessage(message(worker, pending.job));
      }
    }
  };

  return {
    run(id, job) {
      if (closed) return Promise.reject(new Error('@blameless-lint/core: the worker pool is closed'));
      return new Promise<Reply>((resolve, reject) => {
        queue.push({ id, job, resolve, reject });
        pump();
      });
    },
    restart(reason) {
      for (const worker of [...workers.keys()]) retire(worker, reason, false);
    },
    async close(reason = new Error('@blameless-lint/core: the worker pool was closed')) {
      closed = true;
      for (const p of [...queue.splice(0), ...[...workers.values()].flat()]) p.reject(reason);
      const all = [...workers.keys()];
      workers.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
