import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ConfigLookup } from './library.js';

/** The file the "add to config" quick fix may write, or why it must not write any. */
export type EditTarget =
  | { kind: 'edit'; file: string; label: string }
  | { kind: 'create'; file: string; label: string }
  | { kind: 'refuse'; reason: string; label?: string };

/** The names core looks for in a folder (CONFIG_FILE_NAMES): anything at one of them blocks creating a config there. */
const RC_NAMES = ['.blamelessrc.json', '.blamelessrc.yml', '.blamelessrc.yaml'];
const NEW_CONFIG = '.blamelessrc.json';

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

function realpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function lstat(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The innermost workspace folder that holds the document, compared as paths are written (as the lookup walks them). */
function folderOf(filePath: string, folders: readonly string[]): string | undefined {
  return folders
    .filter((f) => filePath.startsWith(f.endsWith(sep) ? f : f + sep))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Where a value for a document's config may go. The rules, so an edit can only touch what it should:
 * - the config file that applies to the document (core's lookup, the one the CLI would use), and only it;
 * - never a file that is a symlink, or whose real path is outside the document's workspace folder;
 * - no edit when that config, or one on the way to it, does not parse or validate (the user fixes it first);
 * - a new `.blamelessrc.json` only when no config applies to a file inside a workspace folder and nothing
 *   at all sits at an rc name in that folder's root, so it can never outrank or merge into another file;
 * - nothing for untitled or non-file documents, or files outside every workspace folder: no config
 *   applies to them, so no edit could change their findings.
 */
export function editTarget(
  filePath: string | undefined,
  folders: readonly string[],
  lookup: (filePath: string, folder: string) => ConfigLookup,
): EditTarget {
  if (!filePath) return { kind: 'refuse', reason: 'No config file applies to a document that is not saved as a file' };
  const folder = folderOf(filePath, folders);
  if (!folder)
    return {
      kind: 'refuse',
      reason: 'The document is outside the workspace folders, so no workspace config applies to it',
    };
  const found = lookup(filePath, folder);
  if ('error' in found) return { kind: 'refuse', reason: `Fix the config error first: ${found.error}` };
  if (found.file) {
    const label = inside(folder, found.file) ? relative(folder, found.file) : found.file;
    if (lstat(found.file)?.isSymbolicLink())
      return { kind: 'refuse', label, reason: `${label} is a symbolic link; edit the file it points to yourself` };
    const real = realpath(found.file);
    const root = realpath(folder);
    if (!real || !root || !inside(root, real))
      return { kind: 'refuse', label, reason: `${label} is outside the workspace folder; edit it yourself` };
    return { kind: 'edit', file: found.file, label };
  }
  const taken = RC_NAMES.find((name) => lstat(join(folder, name)));
  if (taken)
    return {
      kind: 'refuse',
      label: taken,
      reason: `${taken} exists in the workspace folder but is not a config file that applies here`,
    };
  return { kind: 'create', file: join(folder, NEW_CONFIG), label: NEW_CONFIG };
}
