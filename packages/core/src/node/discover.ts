import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import {
  ALWAYS_SKIPPED,
  ancestorLayers,
  isIgnored,
  readIgnoreLayer,
  toPosix,
  type IgnoreLayer,
} from './ignore-files.js';
import { describeFsError } from './read-text.js';

/** Extensions searched for in folders. A file named explicitly is linted whatever its extension. */
const LINTED_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt']);

interface Discovered {
  /** Absolute path. */
  path: string;
  /** Named on the command line (never skipped by ignore patterns). */
  explicit: boolean;
}

interface DiscoveryResult {
  files: Discovered[];
  /** Patterns that matched nothing that exists. */
  missing: string[];
  /** Folders that could not be listed (absolute path, and why): their files were not found, so not linted. */
  unreadable: Array<{ path: string; error: string }>;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands paths, folders and globs into the files to lint, sorted, without duplicates. */
export function discover(patterns: readonly string[], cwd: string): DiscoveryResult {
  const found = new Map<string, Discovered>();
  const missing: string[] = [];
  const unreadable: DiscoveryResult['unreadable'] = [];
  const onUnreadable = (path: string, error: unknown) =>
    unreadable.push({
      path,
      error: `cannot list this folder (${describeFsError(error)}): the files in it were not linted`,
    });
  const add = (path: string, explicit: boolean) => {
    const prev = found.get(path);
    if (!prev || (explicit && !prev.explicit)) found.set(path, { path, explicit });
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const stats = statOrUndefined(abs);
    if (stats?.isDirectory()) {
      walk(abs, [...ancestorLayers(abs, cwd)], (file) => add(file, false), onUnreadable);
    } else if (stats || isThere(abs)) {
      add(abs, true);
    } else if (GLOB_CHARS.test(pattern)) {
      const before = found.size;
      expandGlob(pattern, cwd, (file) => add(file, false), onUnreadable);
      if (found.size === before) missing.push(pattern);
    } else {
      missing.push(pattern);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing, unreadable };
}

type OnUnreadable = (path: string, error: unknown) => void;

/**
 * Depth-first walk honouring each folder's ignore files; symlinked folders are not followed (no cycles).
 * A folder that cannot be listed (permission denied, a path too long) is reported, not skipped in silence:
 * a run that says "no problems" must have seen every file.
 */
function walk(
  dir: string,
  layers: IgnoreLayer[],
  onFile: (path: string) => void,
  onUnreadable: OnUnreadable,
  root = realOrSelf(dir),
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onUnreadable(dir, error);
    return;
  }
  const own = readIgnoreLayer(dir);
  const here = own ? [...layers, own] : layers;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(here, path, true)) continue;
      walk(path, here, onFile, onUnreadable, root);
    } else if (LINTED_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isIgnored(here, path, false)) {
      // A link found by a folder search is followed only inside the folder searched: a workspace's
      // `notes.md -> /etc/passwd` is not the workspace's to lint. (A path named on the command line is read as given.)
      if (entry.isSymbolicLink() && !inside(root, realOrSelf(path))) continue;
      // Regular files, and also symlinks, FIFOs and the like: reading reports what is wrong with them.
      onFile(path);
    }
  }
}

/**
 * A glob is matched against paths relative to `cwd` below its static prefix (`docs/**\/*.md` walks docs/),
 * among the files a folder search would find (same extensions, same ignore files).
 */
function expandGlob(pattern: string, cwd: string, onFile: (path: string) => void, onUnreadable: OnUnreadable): void {
  const normalized = toPosix(pattern).replace(/^\.\//, '');
  const { base } = picomatch.scan(normalized);
  const root = resolve(cwd, base || '.');
  if (!statOrUndefined(root)?.isDirectory()) return;
  const matchRelativeToCwd = !normalized.startsWith('/');
  const isMatch = picomatch(normalized, { dot: false });
  walk(
    root,
    [...ancestorLayers(root, cwd)],
    (file) => {
      const candidate = matchRelativeToCwd ? toPosix(relative(cwd, file)) : toPosix(file);
      if (isMatch(candidate)) onFile(file);
    },
    onUnreadable,
  );
}

/** The real path, or the path itself when it cannot be resolved (a dangling link is reported when read). */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * A dangling symlink named on the command line is still "there": reading it reports the problem. So is a
 * path that cannot even be looked at (too long, a folder on the way that cannot be entered): reading it
 * says why, where "no such file" would mislead.
 */
function isThere(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}
