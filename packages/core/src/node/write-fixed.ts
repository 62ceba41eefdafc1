import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError, encodingOf, type Encoding } from './read-text.js';

/**
 * Writes `--fix`'s output over the file it was read from, or says why not (undefined: written).
 *
 * - In the file's own encoding (UTF-8, or UTF-16 by its BOM); the BOM is part of the text, so it stays.
 * - Only over the bytes that were linted: a file changed on disk meanwhile (an editor saving it) is left alone.
 * - Atomically: a temporary file beside the target, with the target's permissions, renamed over it, so a crash
 *   or a full disk leaves the old file or the new one, never half of each. A symlink is followed to its
 *   target (the link stays a link). A hard link is replaced by a file of its own, as editors that save
 *   atomically do.
 */
export function writeFixed(path: string, linted: Uint8Array, output: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(path);
    if (!Buffer.from(linted).equals(readFileSync(target)))
      return 'not fixed: the file changed on disk while it was linted';
  } catch (error) {
    return `not fixed: cannot read it again (${describeFsError(error)})`;
  }
  const bytes = encodeLike(linted, output);
  // Math.random, not node:crypto: `wx` below is what keeps the name safe, and loading crypto cost every CLI run and
  // every language-server worker ~5 ms at start for a file that is rarely fixed.
  const temp = join(
    dirname(target),
    `.${basename(target)}.blameless-fix-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
  );
  let fd: number | undefined;
  try {
    // `wx`: never through a file or link someone put at the temporary name.
    fd = openSync(temp, 'wx', statSync(target).mode & 0o7777);
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    return `not fixed: cannot write it (${describeFsError(error)})`;
  }
}

/** `text` in the encoding `bytes` were decoded from. */
export function encodeLike(bytes: Uint8Array, text: string): Buffer {
  return encode(text, encodingOf(bytes));
}

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
