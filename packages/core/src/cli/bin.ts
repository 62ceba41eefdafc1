// The `blameless-lint` executable: wires the process to `run` and lets pending output flush before exiting.
import { run } from './main.js';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`blameless-lint: fatal: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
