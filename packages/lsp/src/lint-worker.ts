// The lint worker's own bundle, dist/lint-worker.cjs: core and the worker loop, none of the server. The
// `blameless-lint-lsp` launcher starts its workers from bin/lint-worker.cjs, which compiles this bundle with
// the V8 code cache the build wrote beside it, so a worker is ready in about 200 ms instead of the 320 ms the
// whole server bundle took, and has time to warm up before the editor sends the first document.
export { runLintWorker } from './worker.js';
export { lint } from '@blameless-lint/core';
