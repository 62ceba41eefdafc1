import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A collection of the worker's young generation, run right after a job's result is sent, or undefined where V8
 * does not offer one.
 *
 * A keystroke's lint leaves ~6 MB of garbage, and while it runs its working set (the document model, the
 * shifted blocks and sentences, the diagnostics) is alive: a scavenge that lands mid-lint copies all of it and
 * promotes it to the old generation, where it dies a lint later and piles up for the next major collection.
 * Collected between lints, when the last lint's working set is already garbage, a scavenge copies only what the
 * caches kept, and the next lint starts with an empty young generation (sized in head-start.ts). Typing into
 * 20,000 words in a worker thread, in-process: p50 12.4 -> 9.6 ms, p95 28.9 -> 22.3 ms (with 16 MB instead of
 * 8); in the shipped server the worker's lint p50 18.5 -> 14.3 ms (bench/notes.md).
 *
 * `--expose-gc` only adds a `gc` function to contexts created after it is set; nothing else reads it.
 */
export function youngCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as
      | ((options: { type: 'minor' | 'major' }) => void)
      | undefined;
    return gc && (() => gc({ type: 'minor' }));
  } catch {
    return undefined;
  }
}
