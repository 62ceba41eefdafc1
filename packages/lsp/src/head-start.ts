import { Worker } from 'node:worker_threads';

/** What a lint worker is told at start: it is one, and where to read "stop the job with this id". */
export interface WorkerData {
  blamelessLintWorker: true;
  /** Int32Array over it (STOP_CELLS cells): cell 0 holds the id of the job asked to stop, JOB_SENT is set once its lane sent a job. */
  stop: SharedArrayBuffer;
}
export const STOP_CELLS = 2;
/** The cell its lane sets when it sends the worker a job: the warm-up (warm-up.ts) stops then. */
export const JOB_SENT = 1;

/**
 * The typing lane's heap, in MB. V8 keeps what a heap once grew to: uncapped, 2,000 keystrokes in a
 * 20,000-word postmortem left the server at 360–580 MB; capped at 160 MB it stayed near 280 MB. A cap under 2 GB
 * also makes V8 grow the old generation less between major collections (1.3x at 160 MB, 4x uncapped): uncapped,
 * the keystroke p95 fell to 13-14 ms but the RSS after 2,000 edits rose to ~500 MB (2026-12-04, bench/notes.md).
 * `BLAMELESS_LSP_WORKER_HEAP_MB` overrides it (0: no cap).
 */
export function smallLaneHeapMb(): number {
  const set = process.env.BLAMELESS_LSP_WORKER_HEAP_MB;
  return set !== undefined && set !== '' && Number.isFinite(Number(set)) ? Number(set) : 160;
}

/**
 * The typing lane's young generation, in MB. What a keystroke's lint leaves alive when the next scavenge comes
 * (the caches' new entries, this text, what the next lint still reads) is copied and, at the scavenge after,
 * promoted; promoted garbage piles up for the major collections whose marking slows the lints it overlaps. With a
 * scavenge after every job (as this worker ran until 2026-12-04) a keystroke at 20,000 words promoted 0.44 MB
 * besides the text's 0.26, and a major collection came every ~17 keystrokes; with 32 MB and no forced scavenge,
 * 0.14 MB besides the text, one every ~24. didChange -> publish p95, 2,000 typed edits, interleaved: 16.8-18.2 ->
 * 15.5-16.0 ms; first diagnostics unchanged (three rounds of three fresh servers: 174-201 against 180-229 ms);
 * bench/notes.md.
 */
const YOUNG_MB = 32;

/** A lint worker thread running `script`, reading stop requests from `stop`, its heap capped at `heapMb` (0: V8's default). */
export function laneWorker(script: string | URL, stop: SharedArrayBuffer, heapMb: number): Worker {
  const workerData: WorkerData = { blamelessLintWorker: true, stop };
  const limits = heapMb
    ? { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB } }
    : {};
  return new Worker(script, { workerData, stdout: false, stderr: false, ...limits });
}

const HEAD_START = Symbol.for('blameless-lint.lsp.head-start');
interface HeadStart {
  script: string;
  stop: SharedArrayBuffer;
  worker: Worker;
  failed: boolean;
}
type Holder = { [HEAD_START]?: HeadStart };

/**
 * Starts the typing lane's worker before the server itself has loaded. The `blameless-lint-lsp` launcher
 * calls it first thing: loading the bundle takes each thread about 200 ms, and on a machine with two cores the
 * worker's load then overlaps the server's instead of following it, so the first document opened does not
 * wait for it. The runner adopts the worker (`adoptHeadStart`) when it starts the lane for `script`.
 */
export function headStart(script: string): void {
  const stop = new SharedArrayBuffer(STOP_CELLS * 4);
  const worker = laneWorker(script, stop, smallLaneHeapMb());
  const started: HeadStart = { script, stop, worker, failed: false };
  // Until the runner adopts it, a worker that fails to start is only noted (the runner then starts its own).
  worker.once('error', () => (started.failed = true));
  worker.once('exit', () => (started.failed = true));
  worker.unref();
  (globalThis as Holder)[HEAD_START] = started;
}

/** The script of the worker the launcher started, if it did: the server's lanes start theirs from it too. */
export function headStartScript(): string | undefined {
  return (globalThis as Holder)[HEAD_START]?.script;
}

/** The worker `headStart` started for `script` and its stop cell, once; undefined if there is none or it failed. */
export function adoptHeadStart(script: string | URL): { worker: Worker; stop: SharedArrayBuffer } | undefined {
  const holder = globalThis as Holder;
  const started = holder[HEAD_START];
  if (!started) return undefined;
  delete holder[HEAD_START];
  const path = typeof script === 'string' ? script : script.pathname;
  if (started.failed || started.script !== path) {
    void started.worker.terminate();
    return undefined;
  }
  return { worker: started.worker, stop: started.stop };
}
