import type { LintOptions, LintResult } from '../types.js';
import { lint } from './core.js';
import { createLintPool, libraryUrl } from './jobs.js';

/** Below this many files, starting worker threads costs more than it saves (each loads the library). */
export const PARALLEL_MIN_FILES = 16;

/** Where lintFiles sends each text: this thread, or a pool of worker threads for big runs. */
export interface Linter {
  lint(text: string, options: LintOptions): Promise<LintResult>;
  close(): Promise<void>;
}

/**
 * Workers only when asked for more than one job, the run is big enough, and the built library exists
 * (running from source, as tests do, there is no dist/index.js for a worker to import).
 */
export function createLinter(jobs: number, files: number): Linter {
  const library = jobs > 1 && files >= PARALLEL_MIN_FILES ? libraryUrl() : undefined;
  if (library === undefined) {
    return { lint: async (text, options) => lint(text, options), close: async () => {} };
  }
  const pool = createLintPool(Math.min(jobs, files), library);
  return { lint: (text, options) => pool.lint(text, options), close: () => pool.close() };
}
