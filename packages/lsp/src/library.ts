/**
 * The one place the server touches @blameless-lint/core. The server is an adapter: every rule, every
 * config lookup and every file walk is the library's; this module only narrows the calls to what the
 * server needs, so a change in the library's surface is a change here and nowhere else.
 */
import {
  lint,
  lintFiles,
  loadConfig,
  findConfigFiles,
  clearConfigCache,
  resolveConfig,
  rules,
  ConfigError,
  autoFix,
  selectFixes,
} from '@blameless-lint/core/node';
import type {
  Diagnostic,
  FileResult,
  Language,
  LintOptions,
  ResolvedConfig,
  RuleMeta,
  UserConfig,
} from '@blameless-lint/core';

// What "Fix all" applies is what the CLI's --fix applies: the library decides.
export { ConfigError, clearConfigCache, autoFix, selectFixes };
export type { Diagnostic, FileResult, Language, ResolvedConfig, RuleMeta, UserConfig };

/** The lint function the server calls; injectable so tests can exercise a failing lint. */
export type LintFunction = (text: string, options: LintOptions) => { diagnostics: Diagnostic[] };

export const defaultLint: LintFunction = lint;

const ruleById = new Map<string, RuleMeta>(rules.map((r: RuleMeta) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return ruleById.get(id);
}

/**
 * The config for a file as the CLI finds it (nearest files, merged), with the editor's settings applied
 * last as the library's `overrides` (validated like any config). Throws ConfigError.
 */
export function loadFileConfig(
  filePath: string,
  cwd: string | undefined,
  overrides: UserConfig | undefined,
): ResolvedConfig {
  return loadConfig(filePath, { cwd, overrides }).config;
}

export function defaultConfig(overrides: UserConfig | undefined): ResolvedConfig {
  return resolveConfig(overrides ? [overrides] : []);
}

/** The config lookup for a file: the nearest config file that applies (the one edits go to), or why there is none. */
export type ConfigLookup = { file: string | undefined } | { error: string };

/** As the CLI looks it up; a config that fails to parse or validate on the way is an error, never "no config". */
export function applicableConfig(filePath: string, cwd: string | undefined): ConfigLookup {
  try {
    return { file: findConfigFiles(filePath, { cwd }).at(-1) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError || (error instanceof Error && error.name === 'ConfigError');
}

/**
 * The CLI's own file walk and per-file config, so the workspace command lints exactly what `blameless-lint .`
 * would; the editor's settings go in as `overrides`, merged after the config files as for open documents.
 */
export function lintWorkspaceFiles(folder: string, overrides: UserConfig | undefined): Promise<FileResult[]> {
  return lintFiles([folder], { cwd: folder, overrides });
}
