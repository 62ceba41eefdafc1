import { findRule } from '../rules/index.js';
import { HOUSE_ID_PATTERN } from '../config/schema.js';

const HOUSE_ID = new RegExp(HOUSE_ID_PATTERN);
import type { Diagnostic } from '../types.js';

/**
 * What a cache entry must be before its diagnostics are replayed. The cache file is data from disk like
 * any other: an entry is used only when it has the exact shape the cache writes, every diagnostic names a
 * rule this linter has, every range lies inside the file, and its seal (a digest of everything else in the
 * entry, with the linter's identity and the file's path) still matches. An entry edited by hand, copied
 * from another file or another linter, or cut short, is a miss: the file is linted again.
 */

/** A diagnostic as stored: the fields a rule's diagnostics share are 0 (see cache.ts `pack`). */
export type Packed = Omit<Diagnostic, 'url' | 'source' | 'note'> & {
  url: string | 0;
  source: string | 0;
  note?: string | 0;
};

export interface Entry {
  hash: string;
  config: string;
  diagnostics: Packed[];
  /** Digest of the linter key, path, hash, config and diagnostics (see `sealOf`). */
  seal: string;
}

/** The seal of an entry: any change to a stored field, or the entry under another path, breaks it. */
export function sealOf(
  digest: (text: string) => string,
  linter: string,
  path: string,
  entry: Omit<Entry, 'seal'>,
): string {
  return digest(`${linter}\n${path}\n${entry.hash}\n${entry.config}\n${JSON.stringify(entry.diagnostics)}`);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;
const SEVERITIES = new Set(['error', 'warning', 'info']);

function isPosition(x: unknown, limit: number): boolean {
  return isObject(x) && isCount(x.line, 1) && isCount(x.column, 1) && isCount(x.offset, 0) && x.offset <= limit;
}

function isRange(x: unknown, limit: number): boolean {
  return (
    isObject(x) &&
    isPosition(x.start, limit) &&
    isPosition(x.end, limit) &&
    (x.start as { offset: number }).offset <= (x.end as { offset: number }).offset
  );
}

function isSuggestion(x: unknown, limit: number): boolean {
  if (!isObject(x) || typeof x.description !== 'string') return false;
  return x.fix === undefined || (isObject(x.fix) && typeof x.fix.text === 'string' && isRange(x.fix.range, limit));
}

/** `limit`: the file's length in bytes, which no offset (in UTF-16 code units of its text) can exceed. */
function isPacked(x: unknown, limit: number): x is Packed {
  // A house rule's id is known only to the config, which the caller checks matches the entry's.
  if (!isObject(x) || typeof x.ruleId !== 'string' || !(findRule(x.ruleId) || HOUSE_ID.test(x.ruleId))) return false;
  return (
    typeof x.severity === 'string' &&
    SEVERITIES.has(x.severity) &&
    typeof x.message === 'string' &&
    isRange(x.range, limit) &&
    (x.url === 0 || typeof x.url === 'string') &&
    (x.source === 0 || x.source === 'blameless-lint') &&
    (x.actual === undefined || typeof x.actual === 'string') &&
    (x.note === undefined || x.note === 0 || typeof x.note === 'string') &&
    (x.suggestions === undefined ||
      (Array.isArray(x.suggestions) && x.suggestions.every((s) => isSuggestion(s, limit))))
  );
}

/** The entry's diagnostics when it is well formed and sealed, else undefined. Hash and config are checked by the caller. */
export function trustedDiagnostics(
  entry: unknown,
  seal: (entry: Omit<Entry, 'seal'>) => string,
  size: number,
): Packed[] | undefined {
  if (
    !isObject(entry) ||
    typeof entry.hash !== 'string' ||
    typeof entry.config !== 'string' ||
    typeof entry.seal !== 'string'
  )
    return undefined;
  const { diagnostics } = entry;
  if (!Array.isArray(diagnostics) || !diagnostics.every((d) => isPacked(d, size))) return undefined;
  const valid = entry as unknown as Entry;
  return seal(valid) === valid.seal ? valid.diagnostics : undefined;
}
