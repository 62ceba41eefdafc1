#!/usr/bin/env node
'use strict';
// The `blameless-lint` command, and the code of each `--jobs` worker thread. It is always there (npm links a
// package's bins at install time, before `prepare` has built dist/, and skips a missing one) and it loads the
// bundled CLI, dist/cli.cjs.
//
// It compiles the bundle with the V8 code cache the build wrote beside it (dist/cli.cjs.v8cache: the
// bytecode of every function a lint of the examples ran), so neither the CLI nor a worker parses and
// compiles 1 MB of JavaScript at start. V8 checks the cache against its version, its flags and the source
// and ignores one that does not fit (another Node version): that start is as slow as without it.
const { isAscii } = require('node:buffer');
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${file}.v8cache`;
let source;
try {
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII, which Latin-1 decodes exactly and twice as fast as UTF-8 does.
  source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
} catch {
  process.stderr.write(
    'blameless-lint: the CLI is not built yet; run `npm run build -w packages/core` (or `npm ci`, which builds).\n',
  );
  process.exit(2);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: compile from source.
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
  // vm.constants arrived in Node 20.12; before it, a dynamic import() in the bundle would fail (it has none).
  importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
// The build runs the CLI once with this set, then keeps the cache it writes (scripts/build.mjs). Anywhere
// else (a read-only install) a cache that cannot be written is simply not written.
if (process.env.BLAMELESS_LINT_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    try {
      writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // Not ours to write: start-up stays as it was.
    }
  });
}
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
bundle.exports.start(__filename);
