// The two corpora. Both are lists of paths read at run time: nothing from them is copied into the repo.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const GENERAL_CAP = 9 * 1024 * 1024;
const POSTMORTEM_MIN = 2 * 1024 * 1024;

/** Every *.md under dir (depth-first, symlinks not followed), as sorted relative paths. */
function walk(dir, root, out, accept) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out, accept);
    else if (e.isFile() && accept(e.name)) out.push(relative(root, full));
  }
  return out;
}

/**
 * General docs: the Markdown files shipped inside the project's own node_modules (READMEs, changelogs, docs
 * nobody here wrote), sorted by path (code-unit order, locale-free) and taken in that order up to 9 MB.
 * The list moves only when dependencies change; the run prints its count and size so runs compare.
 */
export function generalCorpus(root) {
  const nm = join(root, 'node_modules');
  const rel = walk(nm, nm, [], (n) => n.toLowerCase().endsWith('.md')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = [];
  let bytes = 0;
  for (const r of rel) {
    const path = join(nm, r);
    const size = statSync(path).size;
    if (size === 0) continue;
    if (bytes + size > GENERAL_CAP) break;
    files.push(path);
    bytes += size;
  }
  return describe(files);
}

/**
 * Postmortems: examples/ (its README excepted) plus each folder given, read where they are, then the list
 * repeated until it holds at least 2 MB (the unique files are reported too).
 */
export function postmortemCorpus(root, folders) {
  const dirs = [join(root, 'examples'), ...folders];
  const unique = [];
  for (const dir of dirs) {
    const found = walk(
      dir,
      dir,
      [],
      (n) => /\.(md|markdown|mdx|txt)$/i.test(n) && n.toLowerCase() !== 'readme.md',
    ).sort();
    for (const r of found) unique.push(join(dir, r));
  }
  if (unique.length === 0) throw new Error('bench: no postmortems found in examples/ or the folders given');
  const uniqueBytes = unique.reduce((s, p) => s + statSync(p).size, 0);
  const copies = Math.ceil(POSTMORTEM_MIN / uniqueBytes);
  const files = [];
  for (let i = 0; i < copies; i++) files.push(...unique);
  return {
    ...describe(files),
    unique: unique.length,
    uniqueBytes,
    copies,
    folders: dirs.map((d) => relative(root, d) || '.'),
  };
}

/** Every k-th file: the subsample alex runs on, and every contender with it for that ratio. */
export function subsample(corpus, k) {
  return describe(corpus.files.filter((_, i) => i % k === 0));
}

/** Count, bytes and words of a file list (words: runs of letters or digits, the same count for every contender). */
export function describe(files) {
  let bytes = 0;
  let words = 0;
  const seen = new Map();
  for (const path of files) {
    let stats = seen.get(path);
    if (!stats) {
      const text = readFileSync(path, 'utf8');
      stats = { bytes: Buffer.byteLength(text), words: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
      seen.set(path, stats);
    }
    bytes += stats.bytes;
    words += stats.words;
  }
  return { files, count: files.length, bytes, words };
}
