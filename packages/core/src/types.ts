/** Public types of @blameless-lint/core. Everything the library hands out is a plain object. */

export type Severity = 'error' | 'warning' | 'info';
/** A severity as written in config: `off` disables the rule. */
export type SeverityLevel = Severity | 'off';

/** A point in the text. `line` and `column` are 1-based; `offset` is 0-based. All count UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Replace the text inside `range` with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

export interface Suggestion {
  description: string;
  fix?: Fix;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The rule's documentation. */
  url: string;
  source: 'blameless-lint';
  /** The words that triggered the finding. */
  actual?: string;
  /** Why it matters, in one sentence (from the rule's docs). */
  note?: string;
  suggestions?: Suggestion[];
}

export type Language = 'markdown' | 'mdx' | 'text';

export type SectionKind = 'summary' | 'timeline' | 'contributing-factors' | 'lessons' | 'action-items';

/** One rule's setting in config: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityLevel | [SeverityLevel] | [SeverityLevel, Record<string, unknown>];

/**
 * An organisation's own phrase rule, declared in config (`house`): linted by the same phrase check as the
 * built-in vocabulary rules and reported like them.
 */
export interface HouseRule {
  /** Namespaced so it never clashes with a built-in rule: `acme/no-war-room`. */
  id: string;
  /** Words or phrases that fire: whole words, any case; `*` stands for one to four words. */
  phrases?: string[];
  /** Regular expressions (RE2 syntax), matched as whole words. */
  patterns?: string[];
  /** Patterns match case as written (default: any case). */
  matchCase?: boolean;
  /** What is wrong, shown with every finding; `{actual}` is the matched text. */
  message: string;
  /** The replacement offered as a fix. */
  rewrite?: string;
  /** Where the rule looks (default `prose`). */
  scope?: 'prose' | SectionKind;
  /** Default `warning`; `rules: { id: … }` overrides it like any rule's. */
  severity?: Severity;
  /** The rule's documentation (the team's style guide), shown in editors and SARIF. */
  url?: string;
}

/** Configuration as users write it (.blamelessrc.json / .yml, package.json#blameless). Data only. */
export interface UserConfig {
  root?: boolean;
  /**
   * Presets (`recommended`, `strict`, `language`) and npm packages holding a shared config, applied in order.
   * Packages are resolved by the Node layer (`loadConfig`); `lint` and `resolveConfig` take presets only.
   */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** People's names and @handles: makes person detection exact. */
  people?: string[];
  /** Team names and handles: never valid owners, never a person. */
  teams?: string[];
  vocabulary?: { accept?: string[] };
  /** Extra heading aliases per section kind. */
  sections?: Partial<Record<SectionKind, string[]>>;
  /** Glob patterns (gitignore syntax) of files the CLI skips. */
  ignore?: string[];
  /** The zone timelines should use, e.g. `UTC`. */
  timezone?: string;
  /** Resolution of ambiguous zone abbreviations, e.g. `{ IST: 'Asia/Kolkata' }`. */
  zones?: Record<string, string>;
  /** ISO date used as "today" (reproducible overdue checks). */
  now?: string;
  /** The organisation's own phrase rules. */
  house?: HouseRule[];
}

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Configuration after presets, files and overrides are merged: what the engine runs with. */
export interface ResolvedConfig {
  rules: Record<string, RuleConfig>;
  people: string[];
  teams: string[];
  vocabulary: { accept: string[] };
  sections: Partial<Record<SectionKind, string[]>>;
  ignore: string[];
  timezone: string;
  zones: Record<string, string>;
  now?: string;
  /** House rules from every config, by id (a nearer config's definition wins); missing means none. */
  house?: HouseRule[];
}

export interface LintOptions {
  /** Used to pick the language from the extension and shown in messages. The file is never read. */
  filePath?: string;
  language?: Language;
  /** A resolved config, or a user config that is resolved against the presets. Default: `recommended`. */
  config?: ResolvedConfig | UserConfig;
  /** "Today" for date checks; default: config `now`, else the clock. */
  now?: Date | string;
  /**
   * Read between rules and between blocks: once `aborted` is true, `lint` stops and throws an Error named
   * "AbortError" (an `AbortSignal` fits). With `incremental`, what was checked so far stays cached, so the next
   * lint is quicker.
   */
  signal?: { readonly aborted: boolean };
  /**
   * The text will be linted again after edits (an editor, a fix loop): keep each block's results in memory (a
   * bounded amount), so the next lint re-checks only the blocks that changed. A one-off lint (the default) keeps
   * nothing and skips the cost of storing it.
   */
  incremental?: boolean;
}

export interface LintResult {
  diagnostics: Diagnostic[];
}
