// Action items across files, folders and globs: the same discovery, ignore files and per-folder config
// as `lintFiles`. This is the I/O layer of the actions report; `actionItems` stays pure.
import { resolve } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from './read-text.js';
import { createConfigSource } from './config-source.js';
import { ConfigError } from './core.js';
import { discover } from './discover.js';
import { isIgnored } from './ignore-files.js';
import { display } from './lint-files.js';
import { readText } from './read-text.js';
import { actionItems, type ActionRow } from '../actions/report-rows.js';

export interface CollectActionsOptions {
  /** Folder that relative patterns and shown paths are relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Use this config file for every file instead of the nearest one. */
  configFile?: string;
  /** "Today" for the overdue status. */
  now?: Date | string;
}

export interface CollectActionsResult {
  items: ActionRow[];
  /** Files that could not be read or configured, with why. */
  errors: Array<{ path: string; error: string }>;
}

/** Every action item across the files the patterns name (found, read and configured as the CLI does). */
export async function collectActions(
  patterns: string | readonly string[],
  options: CollectActionsOptions = {},
): Promise<CollectActionsResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof patterns === 'string' ? [patterns] : patterns.length ? patterns : ['.'];
  const configs = createConfigSource({ cwd, configFile: options.configFile });
  const { files, missing, unreadable } = discover(list, cwd);
  const out: CollectActionsResult = {
    items: [],
    errors: [
      ...missing.map((p) => ({ path: p, error: 'no such file or folder, and no file matches it' })),
      ...unreadable.map((u) => ({ path: display(u.path, cwd), error: u.error })),
    ],
  };
  for (const file of files) {
    const shown = display(file.path, cwd);
    let fileConfig;
    try {
      fileConfig = configs.configFor(file.path);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      out.errors.push({ path: shown, error: `config: ${error.message}` });
      continue;
    }
    if (!file.explicit && isIgnored(fileConfig.ignores, file.path, false)) continue;
    const read = readText(file.path, DEFAULT_MAX_FILE_SIZE);
    if (read.kind === 'binary') continue;
    if (read.kind === 'error') {
      out.errors.push({ path: shown, error: read.message });
      continue;
    }
    const rows = actionItems(read.text, { filePath: file.path, config: fileConfig.config, now: options.now });
    out.items.push(...rows.map((r) => ({ ...r, document: shown })));
  }
  return out;
}
