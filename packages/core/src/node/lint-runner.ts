import type { LintOptions, LintResult } from '../types.js';
import { lint } from './core.js';
import { createLintPool, defaultJobs, workerEntry, type LintPool } from './jobs.js';

/** Below this many files, starting worker threads costs more than it saves (each loads the library). */
const PARALLEL_MIN_FILES = 16;

/**
 * With no `--jobs`, workers only for runs this big. Measured on 2 cores (BENCHMARKS.md): two workers are
 * slower than one thread at 500 files (each warms its own JIT and caches while V8's GC already uses the
 * second core) and 1.14x faster at 2,000.
 */
const AUTO_PARALLEL_MIN_FILES = 2000;

/** Where lintFiles sends each text: this thread, or a pool of worker threads for big runs. */
export interface Linter {
  /** Threads that lint: 1 for this thread, else the workers of the pool (started on the first text). */
  readonly threads: number;
  lint(text: string, options: LintOptions): Promise<LintResult>;
  close(): Promise<void>;
}

/**
 * `auto` (the CLI's default) picks the cores for very big runs and this thread otherwise; a number is
 * capped at the cores (`defaultJobs`).
 * Workers only when asked for more than one job, the run is big enough, and there is code for a worker to
 * run (from source, as tests run, there is neither the CLI launcher nor dist/).
 */
export function createLinter(requested: number | 'auto', files: number): Linter {
  // More workers than cores only costs memory (each holds the library, ~40 MB): `-j 64` took 2.4 GB.
  const jobs =
    requested !== 'auto' ? Math.min(requested, defaultJobs()) : files >= AUTO_PARALLEL_MIN_FILES ? defaultJobs() : 1;
  const entry = jobs > 1 && files >= PARALLEL_MIN_FILES ? workerEntry() : undefined;
  if (entry === undefined) {
    return { threads: 1, lint: async (text, options) => lint(text, options), close: async () => {} };
  }
  // Started on the first text to lint, not before: a --cache re-run over unchanged files needs no worker.
  let pool: LintPool | undefined;
  return {
    threads: Math.min(jobs, files),
    lint: (text, options) => (pool ??= createLintPool(Math.min(jobs, files), entry)).lint(text, options),
    close: async () => pool?.close(),
  };
}
