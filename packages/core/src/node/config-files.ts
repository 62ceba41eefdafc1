/**
 * Finds and reads config files for a linted file: the I/O half of configuration (the CLI and the
 * language server call it; `lint` itself never does I/O). Files are parsed and validated once per
 * process and path; `clearConfigCache` drops that memory when config files change (the LSP watches them).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ruleData } from '../rules/generated.js';
import type { RuleData } from '../rules/types.js';
import type { ResolvedConfig, UserConfig } from '../types.js';
import { ConfigError } from '../config/errors.js';
import { locate } from './config-locate.js';
import { expandExtends } from './config-extends.js';
import { formatOf, parseConfigText } from '../config/parse.js';
import { mergeConfigs } from '../config/resolve.js';
import { validateConfig } from '../config/validate.js';

/** Names looked for in each folder, in this order; the first present wins in that folder. */
export const CONFIG_FILE_NAMES = [
  '.blamelessrc.json',
  '.blamelessrc.yml',
  '.blamelessrc.yaml',
  'package.json',
] as const;
/** The key of package.json that holds the config. */
const PACKAGE_KEY = 'blameless';

export interface LoadConfigOptions {
  /** A config file to use instead of searching (the CLI's `--config`). Relative to `cwd`. */
  configFile?: string;
  /** Base of relative paths; config files inside it are named relative to it in messages. Default: process.cwd(). */
  cwd?: string;
  /** A config applied after every file (e.g. the CLI's `--rule id:severity`). */
  overrides?: UserConfig;
  /** The rule set configs may name. Default: the built-in rules. */
  rules?: readonly RuleData[];
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The config files used, absolute paths, farthest first (the merge order). */
  files: string[];
}

/** Parsed file contents (and the text, to locate keys) by absolute path; `data` is `undefined` for a package.json without a `blameless` key. */
const parsed = new Map<string, { data: unknown; text: string }>();
/** Validated configs by rule set and path: validation depends on which rules exist. */
let validated = new WeakMap<readonly RuleData[], Map<string, UserConfig>>();
/** The config file of each folder already searched, or null when it has none. */
const folders = new Map<string, string | null>();

/** Forgets every file read and folder searched, so the next load sees the disk as it is now. */
export function clearConfigCache(): void {
  parsed.clear();
  folders.clear();
  validated = new WeakMap();
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function readData(file: string, cwd: string): { data: unknown; text: string } {
  const hit = parsed.get(file);
  if (hit) return hit;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder, not a config file'
          : `cannot be read (${code ?? String(error)})`;
    throw new ConfigError(file, '', why, { displayFile: displayPath(file, cwd), cause: error });
  }
  let data = parseConfigText(text, formatOf(file), file, displayPath(file, cwd));
  if (basename(file) === 'package.json') {
    const pkg = data as Record<string, unknown> | null;
    data =
      typeof pkg === 'object' && pkg !== null && !Array.isArray(pkg) && Object.hasOwn(pkg, PACKAGE_KEY)
        ? pkg[PACKAGE_KEY]
        : undefined;
  }
  const entry = { data, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  parsed.set(file, entry);
  return entry;
}

/** Reads, parses and validates one config file (cached). `undefined` for a package.json without the key. */
export function readConfigFile(
  file: string,
  options: Pick<LoadConfigOptions, 'cwd' | 'rules'> = {},
): UserConfig | undefined {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = resolve(cwd, file);
  const rules = options.rules ?? ruleData;
  const cache = validated.get(rules) ?? new Map<string, UserConfig>();
  validated.set(rules, cache);
  const hit = cache.get(path);
  if (hit) return hit;
  const { data, text } = readData(path, cwd);
  if (data === undefined) return undefined;
  const isPackage = basename(path) === 'package.json';
  const config = validateConfig(data, path, {
    rules,
    keyPrefix: isPackage ? PACKAGE_KEY : '',
    displayFile: displayPath(path, cwd),
    locate: (keyPath, atKey) => locate(text, keyPath, atKey),
  });
  cache.set(path, config);
  return config;
}

/**
 * The configs one config file stands for, farthest first: the package configs its `extends` names (read from
 * node_modules as data, see config-extends.ts), then its own settings. Throws ConfigError.
 */
export function configChain(file: string, options: Pick<LoadConfigOptions, 'cwd' | 'rules'> = {}): UserConfig[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = resolve(cwd, file);
  const config = readConfigFile(path, options);
  if (config === undefined) return [];
  return expandExtends(path, config, {
    read: (target) => readConfigFile(target, options),
    display: (target) => displayPath(target, cwd),
    errorAt: (target, key, problem) => {
      const prefix = basename(target) === 'package.json' ? [PACKAGE_KEY] : [];
      const keys = [...prefix, ...key.map(String)];
      const text = parsed.get(target)?.text;
      const place = text === undefined ? undefined : locate(text, keys, false);
      const name = keys.map((k, i) => (/^\d+$/.test(k) ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
      return new ConfigError(target, name, problem, { displayFile: displayPath(target, cwd), ...place });
    },
  });
}

/**
 * stat that never throws: a symlink loop (ELOOP), a folder that cannot be entered (EACCES) or a name too long
 * on the way to a config is no config there. The linted file's own problem is reported when it is read.
 */
function statQuiet(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  return statQuiet(path)?.isFile() ?? false;
}

/** The config file of one folder: the first rc file present, else a package.json with a `blameless` key. */
function configIn(folder: string, cwd: string): string | null {
  const known = folders.get(folder);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(folder, name);
    if (!isFile(candidate)) continue;
    if (name !== 'package.json' || readData(candidate, cwd).data !== undefined) {
      found = candidate;
      break;
    }
  }
  folders.set(folder, found);
  return found;
}

/**
 * The config files that apply to `filePath` (a file or a folder), farthest first: from the file's own
 * folder upward, one per folder, stopping after a config with `root: true` or at the filesystem root.
 */
export function findConfigFiles(filePath: string, options: Pick<LoadConfigOptions, 'cwd' | 'rules'> = {}): string[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  const target = resolve(cwd, filePath);
  let folder = statQuiet(target)?.isDirectory() ? target : dirname(target);
  const nearestFirst: string[] = [];
  for (;;) {
    const file = configIn(folder, cwd);
    if (file) {
      nearestFirst.push(file);
      if (readConfigFile(file, options)?.root === true) break;
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return nearestFirst.reverse();
}

/**
 * The resolved config for a linted file: its config files merged farthest first over the presets,
 * or only `configFile` when one is given. Throws a ConfigError when a file is unreadable or invalid.
 */
export function loadConfig(filePath: string, options: LoadConfigOptions = {}): LoadedConfig {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rules = options.rules ?? ruleData;
  let files: string[];
  if (options.configFile !== undefined) {
    const file = resolve(cwd, options.configFile);
    if (readConfigFile(file, { cwd, rules }) === undefined) {
      throw new ConfigError(file, '', `has no "${PACKAGE_KEY}" key`, { displayFile: displayPath(file, cwd) });
    }
    files = [file];
  } else {
    files = findConfigFiles(filePath, { cwd, rules });
  }
  const configs = files.flatMap((file) => configChain(file, { cwd, rules }));
  if (options.overrides) configs.push(validateConfig(options.overrides, 'overrides', { rules }));
  return { config: mergeConfigs(configs, rules), files };
}
