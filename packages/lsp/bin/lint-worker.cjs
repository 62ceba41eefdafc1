'use strict';
// A lint worker thread of `blameless-lint-lsp` (src/lint-worker.ts). It compiles dist/lint-worker.cjs with the V8
// code cache the build wrote beside it (the bytecode of every function a lint of the examples ran), so the worker
// neither parses nor compiles 2 MB of JavaScript before its first lint. V8 ignores a cache that does not fit (another
// Node version): that start is as slow as without one.
//
// Run as a program with BLAMELESS_LINT_WRITE_CODE_CACHE=1 (the build does), it lints the files it is given and
// writes the cache.
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');
const { isMainThread } = require('node:worker_threads');

const file = join(__dirname, '..', 'dist', 'lint-worker.cjs');
const cacheFile = `${file}.v8cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: compile from source.
}
let source;
try {
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII, which Latin-1 decodes exactly and twice as fast as UTF-8 does.
  source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
} catch {
  throw new Error(
    'blameless-lint-lsp: the lint worker is not built yet; run `npm run build -w packages/lsp` (or `npm ci`, which builds).',
  );
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
if (!isMainThread) bundle.exports.runLintWorker();
else if (process.env.BLAMELESS_LINT_WRITE_CODE_CACHE === '1') {
  for (const path of process.argv.slice(2)) bundle.exports.lint(readFileSync(path, 'utf8'), { filePath: path });
  // Renamed into place, so a worker starting meanwhile never reads half a cache.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, script.createCachedData());
  renameSync(tmp, cacheFile);
}
