import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Where the `--cache` file lives and whether it may be read and replaced. The cache only ever replaces a
 * file it wrote itself: its files start with a marker, and anything else at the cache path (a user's
 * `README.md` named by mistake in `--cache-location`, an empty file, a named pipe) is never overwritten.
 */

export const DEFAULT_CACHE_FILE = '.blameless-cache';

/** The first key of every cache file: what tells a blameless-lint cache from any other file. */
export const MARKER = 'blameless-lint-cache';

/** What written caches begin with: the marker now, `{"format":N,"linter":"` before it existed (formats 1-3). */
const OWN_PREFIXES = [new RegExp(`^\\{"${MARKER}":`), /^\{"format":\d+,"linter":"/];

/** A cache path that is there but not a blameless-lint cache: using it would overwrite someone's file. */
export class CacheLocationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`@blameless-lint/core: cannot use ${path} as the cache: ${problem}`);
    this.name = 'CacheLocationError';
  }
}

type CacheFileState =
  /** Nothing there yet: the cache starts empty and is created on save. */
  | { kind: 'absent' }
  /** One of our cache files (possibly damaged): its text, to parse. */
  | { kind: 'own'; text: string }
  /** Not a regular file (a named pipe, a socket, a device): the run goes on without a cache. */
  | { kind: 'special'; what: string }
  /** Cannot be read (permissions and the like): the run goes on without a cache. */
  | { kind: 'unreadable'; why: string };

/**
 * As ESLint's `--cache-location`: a folder (an existing one, or a path ending in a separator) holds the
 * cache under the default name.
 */
export function cacheFilePath(given: string, absolute: string, isDirectory: (path: string) => boolean): string {
  return /[\\/]$/.test(given) || isDirectory(absolute) ? join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

/**
 * Inspects the cache path without ever blocking: the file is opened non-blocking and checked with fstat
 * before a byte is read, so a named pipe is refused instead of waiting for a writer. Throws
 * CacheLocationError for a regular file that is not ours.
 */
export function inspectCacheFile(path: string): CacheFileState {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', why: (error as Error).message };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'special', what: kindOf(info) };
    const text = readFileSync(fd, 'utf8');
    if (!OWN_PREFIXES.some((p) => p.test(text))) {
      const what = info.size === 0 ? 'an empty file' : 'a file';
      throw new CacheLocationError(
        path,
        `${what} is there that blameless-lint did not write, and saving the cache would overwrite it (remove it, or give --cache-location another path)`,
      );
    }
    return { kind: 'own', text };
  } catch (error) {
    if (error instanceof CacheLocationError) throw error;
    return { kind: 'unreadable', why: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cache atomically (a new temporary file, then a rename over the old cache), and only when the
 * path still holds nothing or one of our files: a file put there during the run is left alone.
 * Returns why it did not write, or undefined.
 */
export function writeCacheFile(path: string, text: string): string | undefined {
  let state: CacheFileState;
  try {
    state = inspectCacheFile(path);
  } catch (error) {
    return (error as Error).message;
  }
  if (state.kind === 'special') return `${path} is ${state.what}, not a cache file`;
  if (state.kind === 'unreadable') return state.why;
  const tmp = `${path}.${process.pid}.tmp`;
  let created = false;
  try {
    // `wx`: a file that happens to have the temporary name is not ours to truncate (nor to remove).
    writeFileSync(tmp, text, { flag: 'wx' });
    created = true;
    renameSync(tmp, path);
    return undefined;
  } catch (error) {
    if (created) rmSync(tmp, { force: true });
    return (error as Error).message;
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
