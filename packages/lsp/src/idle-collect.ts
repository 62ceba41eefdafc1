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
 * 20,000 words in a worker thread, in-process: p50 12.4 -> 11.3 ms, p95 28.9 -> 25.5 ms; in the shipped server,
 * with the other changes of 2026-12-03 (bench/notes.md), didChange -> publish p50 ~29 -> ~25 ms.
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
