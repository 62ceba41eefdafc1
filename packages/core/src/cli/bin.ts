// The bundled CLI (dist/cli.cjs). bin/blameless-lint.cjs loads it and calls `start`, on the main thread as
// the `blameless-lint` command and in each worker thread of `--jobs` as a lint worker.
import { isMainThread, workerData } from 'node:worker_threads';
import { LINT_WORKER, runWorkersFrom } from './jobs.js';
import { run } from './main.js';
import { serveLintTasks } from './worker.js';

/** `launcher`: the script that loaded this bundle, which workers run too. */
export function start(launcher: string): void {
  if (!isMainThread && workerData === LINT_WORKER) {
    serveLintTasks();
    return;
  }
  runWorkersFrom(launcher);
  // `blameless-lint | head` closes stdout early: that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`blameless-lint: fatal: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
