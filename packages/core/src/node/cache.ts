import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { sealOf, trustedDiagnostics, type Entry, type Packed } from './cache-entry.js';
import { MARKER, cacheFilePath, inspectCacheFile, writeCacheFile } from './cache-file.js';
import { ruleDataHash } from '../rules/generated.js';
import { findRule, ruleUrl } from '../rules/index.js';
import type { Diagnostic, ResolvedConfig } from '../types.js';

/**
 * `--cache`: a re-run over unchanged files reuses their diagnostics. An entry is used only when the file's
 * content hash, the config that applies to it (with "today", which decides overdue action items) and the
 * linter itself (version plus every rule's data) are all the same as when it was stored. Anything else,
 * including a missing, unreadable or foreign cache file, means "lint again": the cache can only make a
 * run faster, never different. Each entry is checked before it is used (cache-entry.ts) and the file is
 * replaced only when it is one of ours (cache-file.ts).
 */

export { CacheLocationError, DEFAULT_CACHE_FILE } from './cache-file.js';

// 2: file hashes are of the bytes on disk (1 hashed the decoded text). 3: diagnostics stored packed.
// 4: the marker as first key, and a seal per entry.
const FORMAT = 4;

interface CacheFile {
  [MARKER]: number;
  linter: string;
  files: Record<string, Entry>;
}

export interface LintCache {
  /** The stored diagnostics of this file, if its content (the bytes on disk) and config key match. */
  get(path: string, content: Uint8Array, configKey: string): Diagnostic[] | undefined;
  set(path: string, content: Uint8Array, configKey: string, diagnostics: Diagnostic[]): void;
  /** Writes the cache (only if something changed), atomically. Never throws: a cache that cannot be written is skipped. */
  save(): void;
  /** Where the cache is read from and written to. */
  readonly path: string;
  readonly hits: number;
  readonly misses: number;
}

// node:crypto is loaded on the first hash, not at start-up: every CLI start imports this module, and
// only --cache runs hash (loading crypto costs ~3 ms of a ~100 ms cold start).
let crypto: typeof import('node:crypto') | undefined;
const sha1 = (text: string | Uint8Array): string =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'))
    .createHash('sha1')
    .update(text)
    .digest('base64url');

/** The linter's identity: package version plus all rule data, so editing a rule file invalidates the cache. */
function linterKey(version: string): string {
  return sha1(`${version}\n${ruleDataHash}`);
}

/** A config's identity for the cache. Keys are sorted so equal configs read from different files agree. */
export function configKey(config: ResolvedConfig, now: Date | string | undefined): string {
  const today =
    now === undefined ? new Date().toISOString().slice(0, 10) : now instanceof Date ? now.toISOString() : now;
  // A run asks once per file, mostly with the same config object: serialise each object once.
  let json = configJson.get(config);
  if (json === undefined) configJson.set(config, (json = stableJson(config)));
  return sha1(`${json}\n${today}`);
}

const configJson = new WeakMap<ResolvedConfig, string>();

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A diagnostic as stored: the fields every diagnostic of a rule shares (its docs URL, the source and the
 * rule's note: about half of a cache file) are 0, and come back from the rule data on load (`linterKey`
 * covers that data). Fields keep their places, so a replayed report is byte for byte the same.
 */
function pack(d: Diagnostic): Packed {
  const p: Packed = { ...d };
  if (d.url === ruleUrl(d.ruleId)) p.url = 0;
  if (d.source === 'blameless-lint') p.source = 0;
  if (d.note !== undefined && d.note === findRule(d.ruleId)?.note) p.note = 0;
  return p;
}

function unpack(p: Packed): Diagnostic {
  const d = { ...p };
  if (d.url === 0) d.url = ruleUrl(d.ruleId);
  if (d.source === 0) d.source = 'blameless-lint';
  if (d.note === 0) d.note = findRule(d.ruleId)?.note;
  return d as Diagnostic;
}

interface OpenCacheOptions {
  /** Folder a relative `location` is relative to. Default: `process.cwd()`. */
  cwd?: string;
  /** Told when the cache cannot be used or saved (the run goes on without it). */
  onNotice?(path: string, message: string): void;
}

/**
 * Opens (or starts) the cache stored at `location` (a folder holds it as `.blameless-cache`). Entries are
 * keyed by absolute path. Throws CacheLocationError when a file that is not a blameless-lint cache is
 * there: saving would overwrite it. A named pipe, a device or an unreadable file there is told to
 * `onNotice` and the run goes on without a cache.
 */
export function openCache(location: string, version: string, options: OpenCacheOptions = {}): LintCache {
  const path = cacheFilePath(
    location,
    resolve(options.cwd ?? '.', location),
    (p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true,
  );
  const linter = linterKey(version);
  const state = inspectCacheFile(path);
  let usable = true;
  if (state.kind === 'special' || state.kind === 'unreadable') {
    usable = false;
    options.onNotice?.(
      path,
      state.kind === 'special'
        ? `the cache path is ${state.what}, not a file: linting without the cache`
        : `cannot read the cache (${state.why}): linting without the cache`,
    );
  }
  // A Map, not the parsed object: a path is never mistaken for an inherited key such as `__proto__`.
  let files = new Map<string, unknown>();
  if (state.kind === 'own') {
    try {
      const data = JSON.parse(state.text) as Partial<CacheFile>;
      if (data[MARKER] === FORMAT && data.linter === linter && data.files && typeof data.files === 'object')
        files = new Map(Object.entries(data.files));
    } catch {
      // One of ours but damaged, or from another version: start empty.
    }
  }
  const seal = (file: string) => (entry: Omit<Entry, 'seal'>) => sealOf(sha1, linter, file, entry);
  let dirty = false;
  let hits = 0;
  let misses = 0;
  return {
    path,
    get(file, content, key) {
      const entry = files.get(file) as Partial<Entry> | undefined;
      const stored =
        entry && typeof entry === 'object' && entry.config === key && entry.hash === sha1(content)
          ? trustedDiagnostics(entry, seal(file), content.length)
          : undefined;
      if (stored) {
        hits++;
        return stored.map(unpack);
      }
      misses++;
      return undefined;
    },
    set(file, content, key, diagnostics) {
      const entry = { hash: sha1(content), config: key, diagnostics: diagnostics.map(pack) };
      files.set(file, { ...entry, seal: seal(file)(entry) });
      dirty = true;
    },
    save() {
      if (!dirty || !usable) return;
      const failed = writeCacheFile(
        path,
        JSON.stringify({
          [MARKER]: FORMAT,
          linter,
          files: Object.fromEntries(files) as Record<string, Entry>,
        } satisfies CacheFile),
      );
      // A read-only folder: the run still succeeded, it just will not be faster next time.
      if (failed === undefined) dirty = false;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
