// The bundled CLI (dist/cli.cjs). bin/blameless-lint.cjs loads it and calls `start`, on the main thread as
// the `blameless-lint` command and in each worker thread of `--jobs` as a lint worker.
import { createRequire } from 'node:module';
import { LINT_WORKER, runWorkersFrom } from '../node/jobs.js';
import { run } from './main.js';
import { serveLintTasks } from '../node/worker.js';

/** `launcher`: the script that loaded this bundle, which workers run too. */
export function start(launcher: string): void {
  // A lint worker gets LINT_WORKER as its first argument (node/jobs.ts); node:worker_threads is loaded only
  // then, to make sure (the main thread never loads it unless it starts workers).
  if (
    process.argv[2] === LINT_WORKER &&
    !(createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).isMainThread
  ) {
    serveLintTasks();
    return;
  }
  runWorkersFrom(launcher);
  // `blameless-lint | head` closes stdout early: that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read only with --stdin: process.stdin builds a stream on first access (~2 ms of every start).
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`blameless-lint: fatal: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
