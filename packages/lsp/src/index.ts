/** @blameless-lint/language-server: the blameless-lint language server. Entry points only re-export. */
export { startServer, type ServerOptions } from './server.js';
export { LINT_WORKSPACE_COMMAND } from './capabilities.js';
export { defaultSettings, type Settings } from './settings.js';
export { runLintWorker } from './worker.js';
