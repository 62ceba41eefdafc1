/**
 * @blameless-lint/core/node: the engine (everything `@blameless-lint/core` exports) and the layer that
 * touches the file system: config files found and read beside a document, folders walked with their ignore
 * files, `lintFiles` as the CLI runs it, the `actions` collection and command, and the worker pool the CLI's
 * `--jobs` and the language server's lanes share.
 */
export * from './index.js';
export { lintFiles, type LintFilesOptions } from './node/lint-files.js';
export { createWorkerPool, type WorkerPool, type WorkerPoolOptions, type WorkerReply } from './node/worker-pool.js';
export { collectActions, type CollectActionsOptions, type CollectActionsResult } from './node/collect-actions.js';
export {
  loadConfig,
  findConfigFiles,
  readConfigFile,
  clearConfigCache,
  CONFIG_FILE_NAMES,
  type LoadConfigOptions,
  type LoadedConfig,
} from './node/config-files.js';
