/**
 * `extends` entries that name npm packages: a shared config an organisation publishes, as ESLint's and
 * markdownlint's shareable configs are. Data only: the package is found with Node's module resolution from the
 * folder of the config that names it, then a JSON or YAML file of it is read; its code is never required or
 * imported, so extending a package is as safe as reading any config file.
 *
 * Which file of a package: `@acme/config/strict.yml` names one; a bare `@acme/config` uses the `blameless` key of
 * its package.json (the config itself, or the path of a JSON/YAML file in the package), else its
 * `.blamelessrc.json`, `.blamelessrc.yml` or `.blamelessrc.yaml`.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { didYouMean } from '../config/messages.js';
import { parseConfigText } from '../config/parse.js';
import { PRESET_NAMES } from '../config/schema.js';
import type { UserConfig } from '../types.js';

/** What the expansion needs from the config reader (config-files.ts), passed in so the two modules do not import each other. */
interface ExtendsHost {
  /** Reads and validates a config file (cached), as readConfigFile does; `undefined` for a package.json without the key. */
  read(file: string): UserConfig | undefined;
  /** A ConfigError for `key` of the config in `file`, placed at the key's line and column. */
  errorAt(file: string, key: Array<string | number>, problem: string): ConfigError;
  /** How a file is named in messages. */
  display(file: string): string;
}

const PACKAGE_RC_NAMES = ['.blamelessrc.json', '.blamelessrc.yml', '.blamelessrc.yaml'];
const DATA_FILE = /\.(json|ya?ml)$/i;

const isPreset = (entry: string) => (PRESET_NAMES as readonly string[]).includes(entry);
const isFile = (path: string) => {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
};

/**
 * The configs a config file stands for, farthest first: each package it extends (expanded the same way, in
 * `extends` order), then the file's own settings. Only the last carries `extends`, listing every preset named
 * along the way, so the merge picks presets as before; a file whose `extends` names packages that name no
 * preset leaves the preset to the configs around it.
 */
export function expandExtends(file: string, config: UserConfig, host: ExtendsHost): UserConfig[] {
  return expand(file, config, host, [{ file, label: host.display(file) }]).configs;
}

interface Step {
  file: string;
  label: string;
}

function expand(
  file: string,
  config: UserConfig,
  host: ExtendsHost,
  chain: Step[],
): { configs: UserConfig[]; presets?: string[] } {
  const { extends: named, ...own } = config;
  if (named === undefined) return { configs: [own] };
  const entries = typeof named === 'string' ? [named] : named;
  const configs: UserConfig[] = [];
  const presets: string[] = [];
  let decided = entries.length === 0; // `extends: []` still means "no preset"
  entries.forEach((entry, i) => {
    if (isPreset(entry)) {
      presets.push(entry);
      decided = true;
      return;
    }
    const key = typeof named === 'string' ? ['extends'] : ['extends', i];
    const target = locatePackageConfig(entry, file, (problem) => host.errorAt(file, key, problem));
    const seen = chain.findIndex((step) => step.file === target);
    if (seen >= 0) {
      const loop = [...chain.slice(seen).map((s) => s.label), entry].join(' -> ');
      throw host.errorAt(
        file,
        key,
        `extends cycle: ${loop}; a config cannot extend itself, directly or through other packages`,
      );
    }
    const inner = expand(target, readPackageConfig(target, entry, file, host), host, [
      ...chain,
      { file: target, label: entry },
    ]);
    // A package's `root` means nothing where it is extended; its presets move up to the config that extends it.
    for (const { root: _root, extends: _presets, ...rest } of inner.configs) configs.push(rest);
    if (inner.presets) {
      presets.push(...inner.presets);
      decided = true;
    }
  });
  const unique = [...new Set(presets)];
  configs.push(decided ? { ...own, extends: unique } : own);
  return { configs, presets: decided ? unique : undefined };
}

/** Reads a package's config, saying which `extends` led there when the file itself is wrong. */
function readPackageConfig(target: string, entry: string, from: string, host: ExtendsHost): UserConfig {
  try {
    return host.read(target) ?? {};
  } catch (error) {
    if (!(error instanceof ConfigError) || error.file !== target) throw error;
    const { line, column } = error;
    throw new ConfigError(
      error.file,
      error.key,
      `${error.problem} (in package config "${entry}", extended by ${host.display(from)})`,
      {
        displayFile: host.display(target),
        line,
        column,
        cause: error,
      },
    );
  }
}

/** Splits `@scope/name/sub/path.yml` into the package name and the path inside it. */
function splitEntry(entry: string): { name: string; subpath?: string } {
  const parts = entry.split('/');
  const count = entry.startsWith('@') ? 2 : 1;
  const subpath = parts.slice(count).join('/');
  return { name: parts.slice(0, count).join('/'), ...(subpath ? { subpath } : {}) };
}

/** The package's folder as Node's resolution finds it from `from` (node_modules of each folder upward, then NODE_PATH and the global folders). */
function packageFolder(name: string, from: string): string | undefined {
  // resolve.paths lists where Node would look; the package.json is found there directly, so a package whose
  // `exports` hides package.json is still found, and nothing of the package is loaded.
  const folders = createRequire(from).resolve.paths(name) ?? [];
  for (const folder of folders) {
    const manifest = join(folder, name, 'package.json');
    if (isFile(manifest)) return realpathSync(join(folder, name));
  }
  return undefined;
}

/** A data file inside the package folder, or a problem. */
function dataFileIn(folder: string, path: string, what: string): string | { problem: string } {
  const file = resolve(folder, path);
  const rel = relative(folder, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return { problem: `${what} "${path}" is outside the package` };
  if (!DATA_FILE.test(extname(file)))
    return {
      problem: `${what} "${path}" is not a JSON or YAML file (a config is data: blameless-lint never runs a package's code)`,
    };
  if (!isFile(file)) return { problem: `${what} "${path}" does not exist in the package (${file})` };
  return realpathSync(file);
}

/** The absolute path of the config file an `extends` entry names, or throws the ConfigError `fail` makes. */
function locatePackageConfig(entry: string, from: string, fail: (problem: string) => ConfigError): string {
  const { name, subpath } = splitEntry(entry);
  const folder = packageFolder(name, from);
  if (folder === undefined) {
    throw fail(
      `cannot find package "${name}" from ${dirname(from)} (is it installed? npm install --save-dev ${name})${name.includes('/') ? '' : didYouMean(name, PRESET_NAMES)}`,
    );
  }
  const found = (result: string | { problem: string }): string => {
    if (typeof result === 'string') return result;
    throw fail(`package "${name}": ${result.problem}`);
  };
  if (subpath !== undefined) return found(dataFileIn(folder, subpath, 'file'));
  const manifest = join(folder, 'package.json');
  const pkg = parseConfigText(readFileSync(manifest, 'utf8'), 'json', manifest) as Record<string, unknown> | null;
  const key = typeof pkg === 'object' && pkg !== null ? pkg.blameless : undefined;
  if (typeof key === 'string') return found(dataFileIn(folder, key, 'the "blameless" key names'));
  if (key !== undefined) return realpathSync(manifest); // read (and validated) as the package.json's config
  for (const rc of PACKAGE_RC_NAMES) if (isFile(join(folder, rc))) return realpathSync(join(folder, rc));
  throw fail(
    `package "${name}" (${folder}) holds no blameless-lint config: give its package.json a "blameless" key (the config, or the path of a JSON or YAML file in the package) or add a .blamelessrc.yml`,
  );
}
