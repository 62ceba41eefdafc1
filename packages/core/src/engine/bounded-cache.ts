import type { PostmortemDocument } from '../document/types.js';

/**
 * Bounded memo caches for content-keyed results (engine/block-cache.ts and the parsers that memoise), and
 * the copy helpers that keep a cache from holding slices of old documents.
 */

/** Every live cache, so a test or the benchmark can empty them all at once. */
const registry = new Set<WeakRef<{ clear(): void }>>();

/**
 * Whether what the caches compute is kept past the current lint. Only a lint that will be followed by lints of
 * the same text edited (an editor: `LintOptions.incremental`) gains from it; a one-off lint (the CLI, a script)
 * would pay for keys, copies and evictions it never reads back, so its caches are scratch Maps that its end drops
 * (the rules of one lint still share what one of them computed). Outside any lint (`parseDocument` called on its
 * own) the caches keep, within their bounds, as they always did.
 */
let keeping = true;
/** The caches used as scratch during the current one-off lint, dropped when it ends. */
const scratched = new Set<{ dropScratch(): void }>();

/** Runs `fn` (one lint) with the caches keeping their entries across lints or not. */
export function acrossLints<T>(keep: boolean, fn: () => T): T {
  const was = keeping;
  keeping = keep;
  try {
    return fn();
  } finally {
    keeping = was;
    if (!keep) {
      for (const cache of scratched) cache.dropScratch();
      scratched.clear();
    }
  }
}

/** True inside an incremental lint: callers skip the work of storing (copies, keys) when nothing is stored. */
export const keepsAcrossLints = (): boolean => keeping;

/**
 * A Map that forgets its oldest entries once their total weight passes `max` (weight: about the bytes an
 * entry holds; 1 per entry by default). A hit does not refresh an entry (that would cost a delete and a set
 * per lookup, with keys as long as a block); with room for far more blocks than one document holds, an
 * entry still in use is rarely the oldest, and a forgotten one is only recomputed.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, { value: V; weight: number }>();
  private total = 0;
  /**
   * Walks the entries oldest first across evictions. A fresh `keys()` each time would step over every entry
   * already deleted from the front of the Map's table, until V8 rehashes it: quadratic on a long run.
   */
  private oldest: Iterator<K> | undefined;
  /** This lint's entries, when nothing is kept across lints. */
  private scratch: Map<K, V> | undefined;
  constructor(
    private readonly max: number,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {
    registry.add(new WeakRef(this));
  }

  get(key: K): V | undefined {
    return keeping ? this.map.get(key)?.value : this.scratch?.get(key);
  }

  set(key: K, value: V): void {
    if (!keeping) {
      if (!this.scratch) {
        this.scratch = new Map();
        scratched.add(this);
      }
      this.scratch.set(key, value);
      return;
    }
    this.delete(key);
    const weight = this.weigh(key, value);
    this.map.set(key, { value, weight });
    this.total += weight;
    while (this.total > this.max && this.map.size > 1) this.delete(this.nextOldest());
  }

  private nextOldest(): K {
    let next = this.oldest?.next();
    if (!next || next.done) next = (this.oldest = this.map.keys()).next();
    return next.value as K;
  }

  private delete(key: K): void {
    const old = this.map.get(key);
    if (!old) return;
    this.map.delete(key);
    this.total -= old.weight;
  }

  dropScratch(): void {
    this.scratch = undefined;
  }

  clear(): void {
    this.scratch = undefined;
    this.map.clear();
    this.total = 0;
    this.oldest = undefined;
  }
}

export const MB = 1 << 20;
/** Bytes of a string key plus a guess for the value: strings are 2 bytes a character, objects ~100 bytes. */
export const bytes = (key: string, extra = 0): number => key.length * 2 + extra + 64;

/**
 * A copy of a string that shares no memory with the string it came from. Slices of a document (a
 * block's text, a paragraph) keep the whole document alive; a cache that kept them would keep one
 * document per edit. Stored keys and values are copied; lookups need no copy.
 */
export const own = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The same for one string, at the cost of one copy: V8 flattens the concatenation into a new string. */
export const flat = (s: string): string => (' ' + s).slice(1);

export function clearAllCaches(): void {
  for (const ref of registry) {
    const cache = ref.deref();
    if (cache) cache.clear();
    else registry.delete(ref);
  }
}

/**
 * `fn(doc, arg)` computed once per document and argument: several rules read the same document-level
 * structure (the timelines, the action items); the first one pays. The argument is keyed by its JSON.
 * Callers must not mutate what it returns.
 */
export function perDocument<A, R>(fn: (doc: PostmortemDocument, arg: A) => R): (doc: PostmortemDocument, arg: A) => R {
  const memo = new WeakMap<PostmortemDocument, Map<string, R>>();
  return (doc, arg) => {
    let byArg = memo.get(doc);
    if (!byArg) memo.set(doc, (byArg = new Map()));
    const key = JSON.stringify(arg) ?? '';
    if (!byArg.has(key)) byArg.set(key, fn(doc, arg));
    return byArg.get(key)!;
  };
}
