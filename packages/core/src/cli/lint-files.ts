import { isAbsolute, relative, resolve } from 'node:path';
import type { SeverityLevel } from '../types.js';
import type { FileResult } from '../report/types.js';
import { DEFAULT_MAX_FILE_SIZE } from './args.js';
import { createConfigSource, type ConfigSource } from './config-source.js';
import { ConfigError, lint } from './core.js';
import { discover } from './discover.js';
import { isIgnored, toPosix } from './ignore-files.js';
import { readText } from './read-text.js';

export interface LintFilesOptions {
  /** Folder that relative patterns and reported paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Use this config file for every file instead of searching for the nearest one. */
  configFile?: string;
  /** Severity per rule id, over any config (`off` disables). */
  rules?: Record<string, SeverityLevel>;
  /** "Today" for date checks. */
  now?: Date | string;
  /** Files larger than this many bytes are refused (reported as an error). Default: 10 MB. */
  maxFileSize?: number;
  /** Called for files skipped or read with a caveat (binary, invalid UTF-8). */
  onNotice?(path: string, message: string): void;
  /** Called after each file, with the count done and the total. */
  onProgress?(done: number, total: number): void;
}

/**
 * Lints files, folders and globs: folders are searched for *.md, *.markdown, *.mdx and *.txt (honouring
 * .gitignore, .blamelessignore and the config's `ignore`; skipping node_modules and .git), each file with
 * the config nearest to it. A file that cannot be linted gets `error` and the others are still linted.
 * Rejects only on a programming error; config errors are reported per file.
 */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : patterns.length > 0 ? patterns : ['.'];
  const overrides = Object.entries(options.rules ?? {}).map(([id, severity]) => ({ id, severity }));
  const configs = createConfigSource({ cwd, configFile: options.configFile, overrides });
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { files, missing } = discover(list, cwd);
  const results: FileResult[] = missing.map((p) => ({ path: p, diagnostics: [], error: 'no such file or folder, and no file matches it' }));
  let done = 0;
  for (const file of files) {
    const shown = display(file.path, cwd);
    const result = await lintOne(file.path, shown, file.explicit, { configs, maxSize, options });
    if (result) results.push(result);
    options.onProgress?.(++done, files.length);
  }
  return results;
}

interface Context {
  configs: ConfigSource;
  maxSize: number;
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
  const read = await readText(path, ctx.maxSize);
  if (read.kind === 'binary') {
    ctx.options.onNotice?.(shown, read.notice);
    return undefined;
  }
  if (read.kind === 'error') return { path: shown, diagnostics: [], error: read.message };
  if (read.notice) ctx.options.onNotice?.(shown, read.notice);
  try {
    const { diagnostics } = lint(read.text, { filePath: path, config, now: ctx.options.now });
    return { path: shown, diagnostics };
  } catch (error) {
    // "No input crashes it": should one still do, say so for this file and lint the rest.
    return { path: shown, diagnostics: [], error: `internal error while linting: ${(error as Error).stack ?? String(error)}` };
  }
}

/** Paths inside the working folder are shown relative to it (as users typed them); others stay absolute. */
export function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : toPosix(rel);
}
