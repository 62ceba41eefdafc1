/**
 * @blameless-lint/core: lint incident postmortems for blame, hindsight and missing follow-up.
 * This entry only re-exports; each concept lives in its own module.
 */
export { lint, languageOf } from './engine/lint.js';
export { rules } from './rules/index.js';
export { parseDocument } from './document/parse.js';
export { lintFiles, type LintFilesOptions } from './cli/lint-files.js';
export {
  format,
  formatters,
  summarize,
  JSON_REPORT_VERSION,
  type FileResult,
  type FormatOptions,
  type FormatName,
  type Formatter,
  type JsonReport,
  type Summary,
} from './report/index.js';
export {
  actionItems,
  collectActions,
  formatActions,
  ACTIONS_FORMATS,
  type ActionRow,
  type ActionStatus,
  type ActionProblem,
  type ActionsFormat,
  type CollectActionsOptions,
  type CollectActionsResult,
} from './actions/index.js';
export {
  ConfigError,
  clearConfigCache,
  configSchema,
  findConfigFiles,
  isResolvedConfig,
  loadConfig,
  readConfigFile,
  resolveConfig,
  validateConfig,
  type LoadConfigOptions,
  type LoadedConfig,
} from './config/index.js';
export type {
  Diagnostic,
  Fix,
  Language,
  LintOptions,
  LintResult,
  Position,
  Range,
  ResolvedConfig,
  RuleConfig,
  RuleSetting,
  SectionKind,
  Severity,
  SeverityLevel,
  Suggestion,
  UserConfig,
} from './types.js';
export type { RuleMeta } from './rules/types.js';
export type { PostmortemDocument, Block, Section, Sentence, Token } from './document/types.js';
