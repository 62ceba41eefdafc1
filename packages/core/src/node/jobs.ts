import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { LintOptions, LintResult } from '../types.js';
import { createWorkerPool } from './worker-pool.js';

/**
 * `--jobs N`: lint files on N worker threads. The main thread keeps discovery, config lookup, reading and
 * the cache (all cheap); a worker only runs the library's `lint` (sync, no I/O: the expensive part).
 * The CLI's workers run its own launcher (one bundle, compiled from the V8 code cache); the library's
 * `lintFiles` workers import the built library (dist/).
 */

/** Default `--jobs`: the cores Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export interface LintPool {
  readonly size: number;
  lint(text: string, options: LintOptions): Promise<LintResult>;
  /** Ends every worker; pending tasks reject. Always call it, or the process stays alive. */
  close(): Promise<void>;
}

/**
 * The library entry: dist/index.js beside the CLI bundle or one folder up from the compiled module
 * (dist/node/jobs.js). Undefined when neither exists (running from source).
 */
export function libraryUrl(from: string = import.meta.url): URL | undefined {
  for (const rel of ['./index.js', '../index.js']) {
    const url = new URL(rel, from);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

let launcher: string | undefined;

/** Called by the CLI's launcher (cli/bin.ts): workers start from that script rather than from dist/. */
export function runWorkersFrom(script: string): void {
  launcher = script;
}

/** What workers run: the launcher when there is one, else the built library; undefined from source. */
export function workerEntry(): WorkerEntry | undefined {
  if (launcher !== undefined) return { script: launcher };
  const library = libraryUrl();
  return library && { library };
}

/** Where a worker's code comes from. */
type WorkerEntry =
  /** The built library (dist/): the worker imports its node/worker.js module. */
  | { library: URL }
  /** A script that serves lint tasks when started as a worker (the CLI's launcher, which loads the bundle). */
  | { script: string };

// Eval'd workers are CommonJS scripts, so the ESM module comes in by dynamic import. Tasks that arrive while
// it loads wait in the port's queue (a port delivers nothing before its first listener). If it cannot load,
// every task gets that as its error.
const IMPORT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.module).then((m) => m.serveLintTasks(), (e) => {
  parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'cannot load the library: ' + String(e) }));
});
`;

/** The argument that tells the CLI's launcher it runs as a lint worker (cli/bin.ts). */
export const LINT_WORKER = 'blameless-lint-worker';

/** Tasks sent to a worker before its previous one is answered: it never waits for the main thread. */
const IN_FLIGHT = 2;

interface Task {
  id: number;
  text: string;
  options: LintOptions;
}

/** A pool of `size` workers, each linting one text at a time; tasks queue in the order given. */
export function createLintPool(size: number, entry: WorkerEntry): LintPool {
  // Loaded here, not at start-up: most runs are small and never start a worker (~1 ms of every cold start).
  const { Worker: WorkerThread } = createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads');
  // A run uses a handful of config objects (one per folder), each sent to a worker once, then named by id:
  // no copy per file, and the worker lints with the same object each time (the engine's memos hold).
  const configIds = new WeakMap<object, number>();
  const sentConfigs = new WeakMap<Worker, Set<number>>();
  let nextConfigId = 0;
  let nextId = 0;

  const message = (worker: Worker, task: Task): object => {
    const { config, ...options } = task.options;
    if (config === undefined || config === null || typeof config !== 'object')
      return { id: task.id, text: task.text, options: task.options };
    let configId = configIds.get(config);
    if (configId === undefined) configIds.set(config, (configId = nextConfigId++));
    let known = sentConfigs.get(worker);
    if (!known) sentConfigs.set(worker, (known = new Set()));
    const first = !known.has(configId);
    known.add(configId);
    return { id: task.id, text: task.text, options, configId, config: first ? config : undefined };
  };
  const pool = createWorkerPool<Task, { id: number; result?: LintResult; error?: string }>({
    size,
    inFlight: IN_FLIGHT,
    message,
    spawn: () =>
      'script' in entry
        ? new WorkerThread(entry.script, { argv: [LINT_WORKER] })
        : new WorkerThread(IMPORT_WORKER, {
            eval: true,
            workerData: { module: new URL('./node/worker.js', entry.library).href },
          }),
  });
  return {
    size,
    async lint(text, options) {
      const id = nextId++;
      const reply = await pool.run(id, { id, text, options });
      if (reply.error !== undefined) throw new Error(reply.error);
      return reply.result!;
    },
    close: () => pool.close(new Error('@blameless-lint/core: the lint pool was closed')),
  };
}

/** fn over items with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return out;
}
