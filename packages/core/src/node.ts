/**
 * @blameless-lint/core/node: the engine (everything `@blameless-lint/core` exports) and the layer that
 * touches the file system: config files found and read beside a document, folders walked with their ignore
 * files, `lintFiles` as the CLI runs it, and the `actions` collection and command.
 */
export * from './index.js';
export { lintFiles, type LintFilesOptions } from './node/lint-files.js';
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
