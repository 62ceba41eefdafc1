// The `blameless-lint` executable: wires the process to `run` and lets pending output flush before exiting.
import { run } from './main.js';

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
