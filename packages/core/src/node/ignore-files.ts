import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The ignore files honoured in every folder, in gitignore syntax. */
const IGNORE_FILES = ['.gitignore', '.blamelessignore'];

/** Folders never searched, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** The patterns of one folder's ignore files; they match paths relative to that folder, as git does. */
export interface IgnoreLayer {
  dir: string;
  matcher: Ignore;
}

/** Reads the ignore files of `dir`; undefined when it has none (or they cannot be read). */
export function readIgnoreLayer(dir: string): IgnoreLayer | undefined {
  let patterns = '';
  for (const name of IGNORE_FILES) {
    try {
      patterns += `${readFileSync(join(dir, name), 'utf8')}\n`;
    } catch {
      // Missing or unreadable ignore file: nothing to ignore from it.
    }
  }
  return patterns.trim() === '' ? undefined : { dir, matcher: ignore().add(patterns) };
}

/** True when any layer (outermost first) ignores the path. A later layer cannot un-ignore: good enough for docs trees. */
export function isIgnored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = toPosix(relative(layer.dir, path));
    if (rel === '' || rel.startsWith('../') || rel === '..') continue;
    if (layer.matcher.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * Ignore layers of the folders above `dir` (not `dir` itself) up to the repository root (the nearest folder
 * holding `.git`), or up to `cwd` when there is no repository: a .gitignore at the top applies to a sub-folder
 * given on the command line.
 */
export function ancestorLayers(dir: string, cwd: string): IgnoreLayer[] {
  const chain: string[] = [];
  let top: string | undefined;
  for (let d = dirname(dir); ; d = dirname(d)) {
    chain.push(d);
    if (existsSync(join(d, '.git'))) {
      top = d;
      break;
    }
    if (dirname(d) === d) break;
  }
  if (top === undefined) {
    const inside = !relative(cwd, dir).startsWith('..');
    const cut = inside ? chain.indexOf(cwd) : -1;
    chain.length = cut >= 0 ? cut + 1 : 0;
  }
  return chain
    .reverse()
    .map(readIgnoreLayer)
    .filter((l): l is IgnoreLayer => l !== undefined);
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
