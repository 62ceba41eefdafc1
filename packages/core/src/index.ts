/**
 * @blameless-lint/core: lint incident postmortems for blame, hindsight and missing follow-up.
 * This entry is the engine: it imports no Node built-in, so it runs in a browser, a worker or Deno. What
 * touches the file system (config discovery, folders, the actions collection) is `@blameless-lint/core/node`.
 * It only re-exports; each concept lives in its own module.
 */
export { lint, languageOf } from './engine/lint.js';
export { lintAndFix, fixStep, selectFixes, applyFixes, autoFix, MAX_FIX_PASSES, type FixResult } from './engine/fix.js';
export { rules } from './rules/index.js';
export { parseDocument } from './document/parse.js';
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
  formatActions,
  ACTIONS_FORMATS,
  type ActionRow,
  type ActionStatus,
  type ActionProblem,
  type ActionsFormat,
} from './actions/index.js';
export {
  ConfigError,
  configSchema,
  isResolvedConfig,
  resolveConfig,
  validateConfig,
} from './config/index.js';
export type {
  Diagnostic,
  HouseRule,
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
