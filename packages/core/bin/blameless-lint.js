#!/usr/bin/env node
// The `blameless-lint` command. npm links a package's bins at install time, before `prepare` has built dist/,
// and skips a bin whose file is missing; this stub is always there and loads the bundled CLI.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('blameless-lint: the CLI is not built yet; run `npm run build -w packages/core` (or `npm ci`, which builds).\n');
  } else {
    process.stderr.write(`blameless-lint: fatal: ${error?.stack ?? error}\n`);
  }
  process.exitCode = 2;
});
