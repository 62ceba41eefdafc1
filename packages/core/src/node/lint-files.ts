import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic, LintResult, SeverityLevel, UserConfig } from '../types.js';
import type { FileResult } from '../report/types.js';
import { DEFAULT_MAX_FILE_SIZE } from './read-text.js';
import { configKey, openCache, type LintCache } from './cache.js';
import { createConfigSource, type ConfigSource } from './config-source.js';
import { discover } from './discover.js';
import { isIgnored, toPosix } from './ignore-files.js';
import { defaultJobs, mapLimit } from './jobs.js';
import { createLinter, type Linter } from './lint-runner.js';
import { decode, decodeNotice, readBytes } from './read-text.js';
import { version } from './version.js';
import { writeFixed, encodeLike } from './write-fixed.js';
import { autoFix, ConfigError, fixStep, MAX_FIX_PASSES } from './core.js';

export interface LintFilesOptions {
  /** Folder that relative patterns and reported paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Use this config file for every file instead of searching for the nearest one. */
  configFile?: string;
  /** Severity per rule id, over any config and over `overrides` (`off` disables). */
  rules?: Record<string, SeverityLevel>;
  /**
   * A config merged after every config file, as the CLI's `--rule` is (loadConfig's `overrides`): rule
   * settings with options, `people`, `teams` ... (the language server passes the editor's settings).
   * Validated like a config file; when invalid, every file reports the error.
   */
  overrides?: UserConfig;
  /** "Today" for date checks. */
  now?: Date | string;
  /** Files larger than this many bytes are refused (reported as an error). Default: 10 MB. */
  maxFileSize?: number;
  /** Worker threads for big runs (16 files or more), at most the cores; `auto`: the cores for 2,000 files or more. Default: 1 (this thread). */
  jobs?: number | 'auto';
  /**
   * A cache file (or a folder to keep `.blameless-cache` in): unchanged files (same bytes, config, "today"
   * and linter) reuse their diagnostics. The only file ever written, and only over a cache written before:
   * lintFiles rejects with a `CacheLocationError` when another file is there.
   */
  cache?: string;
  /**
   * Apply the rules' auto-fixes (those of rules marked `fixable`, as `--fix`): `dry-run` computes them, `write`
   * also writes each fixed file (atomically, in its own encoding, line endings and BOM kept; see writeFixed). A
   * fixed file's result has `output` (its fixed text) and the findings that remain; a file that could not be
   * written has `error`. Files with undecodable bytes are not fixed (writing them would replace those bytes).
   */
  fix?: 'write' | 'dry-run';
  /** With `fix`: called for each file the fixes changed (or would change), with how many were applied. */
  onFixed?(path: string, fixes: number): void;
  /** Called for files skipped or read with a caveat (binary, invalid UTF-8). */
  onNotice?(path: string, message: string): void;
  /** Called after each file, with the count done and the total. */
  onProgress?(done: number, total: number): void;
}

/** Files in flight at once: enough to keep every worker's queue full, few enough to bound memory. */
const READ_AHEAD = 8;

/**
 * Lints files, folders and globs: folders are searched for *.md, *.markdown, *.mdx and *.txt (honouring
 * .gitignore, .blamelessignore and the config's `ignore`; skipping node_modules and .git), each file with
 * the config nearest to it. A file that cannot be linted gets `error` and the others are still linted.
 * Results come in path order. Rejects only on a programming error or a `cache` path that holds another file;
 * config errors are reported per file.
 */
export async function lintFiles(
  patterns: string | readonly string[],
  options: LintFilesOptions = {},
): Promise<FileResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : patterns.length > 0 ? patterns : ['.'];
  const overrides = Object.entries(options.rules ?? {}).map(([id, severity]) => ({ id, severity }));
  const { files, missing, unreadable } = discover(list, cwd);
  const ctx: Context = {
    configs: createConfigSource({ cwd, configFile: options.configFile, overrides, overrideConfig: options.overrides }),
    maxSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    linter: createLinter(options.jobs ?? 1, files.length),
    cache:
      options.cache === undefined
        ? undefined
        : openCache(options.cache, version(), {
            cwd,
            onNotice: (path, message) => options.onNotice?.(display(path, cwd), message),
          }),
    options,
  };
  const lanes = Math.max(
    READ_AHEAD,
    2 * (typeof options.jobs === 'number' ? Math.min(options.jobs, defaultJobs()) : 1),
  );
  let done = 0;
  try {
    const linted = await mapLimit(files, lanes, async (file) => {
      const result = await lintOne(file.path, display(file.path, cwd), file.explicit, ctx);
      options.onProgress?.(++done, files.length);
      return result && { at: file.path, result };
    });
    const results: FileResult[] = missing.map((p) => ({
      path: p,
      diagnostics: [],
      error: 'no such file or folder, and no file matches it',
    }));
    // A folder that could not be listed takes its place in path order among the files.
    const found: Array<{ at: string; result: FileResult }> = unreadable.map((u) => ({
      at: u.path,
      result: { path: display(u.path, cwd), diagnostics: [], error: u.error },
    }));
    for (const r of linted) if (r) found.push(r);
    found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const { result } of found) results.push(result);
    return results;
  } finally {
    await ctx.linter.close();
    ctx.cache?.save();
  }
}

interface Context {
  configs: ConfigSource;
  maxSize: number;
  linter: Linter;
  cache: LintCache | undefined;
  options: LintFilesOptions;
}

async function lintOne(path: string, shown: string, explicit: boolean, ctx: Context): Promise<FileResult | undefined> {
  let config, ignores;
  try {
    ({ config, ignores } = ctx.configs.configFor(path));
  } catch (error) {
    if (error instanceof ConfigError) return { path: shown, diagnostics: [], error: `config: ${error.message}` };
    throw error;
  }
  if (!explicit && isIgnored(ignores, path, false)) return undefined;
  const read = readBytes(path, ctx.maxSize);
  if (read.kind === 'binary') {
    ctx.options.onNotice?.(shown, read.notice);
    return undefined;
  }
  if (read.kind === 'error') return { path: shown, diagnostics: [], error: read.message };
  const key = ctx.cache ? configKey(config, ctx.options.now ?? config.now) : '';
  const cached = ctx.cache?.get(path, read.bytes, key);
  if (cached && !(ctx.options.fix && cached.some(autoFix))) {
    const notice = decodeNotice(read.bytes);
    if (notice) ctx.options.onNotice?.(shown, notice);
    return { path: shown, diagnostics: cached };
  }
  const { text, notice } = decode(read.bytes);
  if (notice) ctx.options.onNotice?.(shown, notice);
  try {
    const options = { filePath: path, config, now: ctx.options.now };
    const diagnostics = cached ?? (await ctx.linter.lint(text, options)).diagnostics;
    if (!cached) ctx.cache?.set(path, read.bytes, key, diagnostics);
    if (!ctx.options.fix || !diagnostics.some(autoFix)) return { path: shown, diagnostics };
    if (notice) {
      ctx.options.onNotice?.(shown, 'not fixed: writing it back would replace its undecodable bytes');
      return { path: shown, diagnostics };
    }
    const fixed = await fixPasses(text, diagnostics, (t) => ctx.linter.lint(t, options));
    if (fixed.fixes === 0) return { path: shown, diagnostics };
    if (ctx.options.fix === 'write') {
      const problem = writeFixed(path, read.bytes, fixed.output);
      if (problem) return { path: shown, diagnostics: [], error: problem };
      // The file now holds the fixed bytes: the next run finds them in the cache.
      ctx.cache?.set(path, encodeLike(read.bytes, fixed.output), key, fixed.diagnostics);
    }
    ctx.options.onFixed?.(shown, fixed.fixes);
    return { path: shown, diagnostics: fixed.diagnostics, output: fixed.output };
  } catch (error) {
    // "No input crashes it": should one still do, say so for this file and lint the rest.
    return {
      path: shown,
      diagnostics: [],
      error: `internal error while linting: ${(error as Error).stack ?? String(error)}`,
    };
  }
}

/** Lints and fixes again until nothing more changes (at most MAX_FIX_PASSES), as the library's lintAndFix. */
async function fixPasses(
  text: string,
  first: Diagnostic[],
  lint: (text: string) => Promise<LintResult>,
): Promise<{ output: string; fixes: number; diagnostics: Diagnostic[] }> {
  let output = text;
  let diagnostics = first;
  let fixes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const step = fixStep(output, diagnostics);
    if (step.fixed === 0) break;
    output = step.output;
    fixes += step.fixed;
    diagnostics = (await lint(output)).diagnostics;
  }
  return { output, fixes, diagnostics };
}

/** Paths inside the working folder are shown relative to it (as users typed them); others stay absolute. */
export function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : toPosix(rel);
}
