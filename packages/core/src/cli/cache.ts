import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ruleDataHash } from '../rules/generated.js';
import { findRule, ruleUrl } from '../rules/index.js';
import type { Diagnostic, ResolvedConfig } from '../types.js';

/**
 * `--cache`: a re-run over unchanged files reuses their diagnostics. An entry is used only when the file's
 * content hash, the config that applies to it (with "today", which decides overdue action items) and the
 * linter itself (version plus every rule's data) are all the same as when it was stored. Anything else,
 * including a missing, unreadable or foreign cache file, means "lint again": the cache can only make a
 * run faster, never different.
 */

export const DEFAULT_CACHE_FILE = '.blameless-cache';
// 2: file hashes are of the bytes on disk (1 hashed the decoded text). 3: diagnostics stored packed.
const FORMAT = 3;

interface Entry {
  hash: string;
  config: string;
  diagnostics: Packed[];
}

interface CacheFile {
  format: number;
  linter: string;
  files: Record<string, Entry>;
}

export interface LintCache {
  /** The stored diagnostics of this file, if its content (the bytes on disk) and config key match. */
  get(path: string, content: Uint8Array, configKey: string): Diagnostic[] | undefined;
  set(path: string, content: Uint8Array, configKey: string, diagnostics: Diagnostic[]): void;
  /** Writes the cache (only if something changed), atomically. Never throws: a cache that cannot be written is skipped. */
  save(): void;
  readonly hits: number;
  readonly misses: number;
}

// node:crypto is loaded on the first hash, not at start-up: every CLI start imports this module, and
// only --cache runs hash (loading crypto costs ~3 ms of a ~100 ms cold start).
let crypto: typeof import('node:crypto') | undefined;
const sha1 = (text: string | Uint8Array): string =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(text).digest('base64url');

/** The linter's identity: package version plus all rule data, so editing a rule file invalidates the cache. */
export function linterKey(version: string): string {
  return sha1(`${version}\n${ruleDataHash}`);
}

/** A config's identity for the cache. Keys are sorted so equal configs read from different files agree. */
export function configKey(config: ResolvedConfig, now: Date | string | undefined): string {
  const today = now === undefined ? new Date().toISOString().slice(0, 10) : now instanceof Date ? now.toISOString() : now;
  // A run asks once per file, mostly with the same config object: serialise each object once.
  let json = configJson.get(config);
  if (json === undefined) configJson.set(config, (json = stableJson(config)));
  return sha1(`${json}\n${today}`);
}

const configJson = new WeakMap<ResolvedConfig, string>();

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A diagnostic as stored: the fields every diagnostic of a rule shares (its docs URL, the source and the
 * rule's note: about half of a cache file) are 0, and come back from the rule data on load (`linterKey`
 * covers that data). Fields keep their places, so a replayed report is byte for byte the same.
 */
type Packed = Omit<Diagnostic, 'url' | 'source' | 'note'> & { url: string | 0; source: string | 0; note?: string | 0 };

function pack(d: Diagnostic): Packed {
  const p: Packed = { ...d };
  if (d.url === ruleUrl(d.ruleId)) p.url = 0;
  if (d.source === 'blameless-lint') p.source = 0;
  if (d.note !== undefined && d.note === findRule(d.ruleId)?.note) p.note = 0;
  return p;
}

function unpack(p: Packed): Diagnostic {
  if (p.url === 0) p.url = ruleUrl(p.ruleId);
  if (p.source === 0) p.source = 'blameless-lint';
  if (p.note === 0) p.note = findRule(p.ruleId)?.note;
  return p as Diagnostic;
}

/** Opens (or starts) the cache stored at `file`. Entries are keyed by absolute path. */
export function openCache(file: string, version: string): LintCache {
  const path = resolve(file);
  const linter = linterKey(version);
  // A Map, not the parsed object: a path is never mistaken for an inherited key such as `__proto__`.
  let files = new Map<string, Entry>();
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (data.format === FORMAT && data.linter === linter && data.files && typeof data.files === 'object') files = new Map(Object.entries(data.files));
  } catch {
    // No cache yet, or not one we can read: start empty.
  }
  let dirty = false;
  let hits = 0;
  let misses = 0;
  return {
    get(file, content, key) {
      const entry = files.get(file);
      const stored = entry && typeof entry === 'object' && entry.config === key && entry.hash === sha1(content) ? entry.diagnostics : undefined;
      if (Array.isArray(stored) && stored.every((d) => d !== null && typeof d === 'object')) {
        hits++;
        return stored.map(unpack);
      }
      misses++;
      return undefined;
    },
    set(file, content, key, diagnostics) {
      files.set(file, { hash: sha1(content), config: key, diagnostics: diagnostics.map(pack) });
      dirty = true;
    },
    save() {
      if (!dirty) return;
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, JSON.stringify({ format: FORMAT, linter, files: Object.fromEntries(files) } satisfies CacheFile));
        renameSync(tmp, path);
        dirty = false;
      } catch {
        // A read-only folder: the run still succeeded, it just will not be faster next time.
      }
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
