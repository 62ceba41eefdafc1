import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, resolveConfig } from '@blameless-lint/core';
import { blockRuns, clearBlockCaches } from '../../packages/core/src/engine/block-cache.js';

// Someone typing into a postmortem: each keystroke is a lint (the language server's case). The per-block cache
// must re-check the block being typed in and nothing else, and never change what a cold lint finds.
const file = '02-checkout-outage-blameful.md';
const text = readFileSync(fileURLToPath(new URL(`../../examples/${file}`, import.meta.url)), 'utf8');
const config = resolveConfig([]);
const now = '2026-11-01';
const lintNow = (t: string) => lint(t, { filePath: file, config, now, incremental: true }).diagnostics;
const cold = (t: string) => {
  clearBlockCaches();
  return lintNow(t);
};

/** Every keystroke of `typed` inserted at `at`, one character at a time. */
function* keystrokes(base: string, at: number, typed: string): Generator<string> {
  for (let i = 1; i <= typed.length; i++) yield base.slice(0, at) + typed.slice(0, i) + base.slice(at);
}

describe('typing into a document', () => {
  it('re-runs the language rules on the block typed in only, keystroke after keystroke', () => {
    // New words (never seen in the document, so each one changes its set of words and of terms), typed
    // into a paragraph in the middle that holds trigger words, so its rules really run again.
    const at = text.indexOf('\n', text.indexOf('## Root cause')) + 2;
    const typed = 'Meanwhile zorvex and quillan retried, and the failover should have kicked in. ';
    clearBlockCaches();
    lintNow(text);
    const perKey: number[] = [];
    for (const version of keystrokes(text, at, typed)) {
      const before = blockRuns();
      lintNow(version);
      perKey.push(blockRuns() - before);
    }
    // Four language rules check blocks one by one: a keystroke re-runs at most those four, on one block.
    expect(Math.max(...perKey)).toBeLessThanOrEqual(4);
    expect(perKey.filter((n) => n > 0).length).toBeGreaterThan(typed.length / 2);
  });

  it('keeps nothing from a one-off lint: only an incremental one is read back', () => {
    clearBlockCaches();
    const oneOff = () => lint(text, { filePath: file, config, now }).diagnostics;
    const runsOf = (fn: () => unknown) => {
      const before = blockRuns();
      fn();
      return blockRuns() - before;
    };
    const full = runsOf(oneOff);
    expect(full).toBeGreaterThan(4);
    // A second one-off lint of the same text checks every block again; the first incremental one too.
    expect(runsOf(oneOff)).toBe(full);
    expect(runsOf(() => lintNow(text))).toBe(full);
    // The next incremental lint replays them all, and a one-off lint between does not read them.
    expect(runsOf(() => lintNow(text))).toBe(0);
    expect(runsOf(oneOff)).toBe(full);
    expect(oneOff()).toEqual(lintNow(text));
  });

  it('re-checks a block elsewhere when a word typed makes one of its names a term (and back)', () => {
    const doc =
      '# Incident\n\n## Summary\n\nThe site was down.\n\n## Root cause\n\nZorblat pushed a bad config that took checkout down.\n\n## Notes\n\nWe run ';
    clearBlockCaches();
    const flagged = (t: string) => lintNow(t).filter((d) => d.ruleId === 'names-as-root-cause').length;
    const seen = ['things.\n', 'zorblat nightly.\n', 'things.\n'].map((end) => flagged(doc + end));
    expect(seen).toEqual([1, 0, 1]);
  });

  it('finds exactly what a cold lint finds after every edit of a real postmortem', () => {
    const words = [
      'the',
      'Sam',
      'sam',
      'zorblat',
      'Zorblat',
      'should have',
      'careless',
      'human error',
      'because',
      'pushed',
      '`kim`',
      'Kim',
      '\n\n',
      '- ',
      '## Timeline\n',
      ' ',
      '.',
    ];
    const edit = fc.oneof(
      fc.record({ at: fc.nat(), insert: fc.constantFrom(...words) }),
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 40 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        clearBlockCaches();
        lintNow(text);
        let current = text;
        const versions: Array<{ text: string; found: unknown }> = [];
        for (const e of edits) {
          const at = e.at % (current.length + 1);
          current =
            'insert' in e
              ? current.slice(0, at) + e.insert + current.slice(at)
              : current.slice(0, at) + current.slice(at + e.remove);
          versions.push({ text: current, found: lintNow(current) });
        }
        // Cold lints only after the warm run, so clearing the caches never helps the incremental one.
        for (const v of versions) expect(v.found).toEqual(cold(v.text));
      }),
      { numRuns: 25 },
    );
  });

  it('stops between blocks when its signal says so, and the next lint still finds what a cold one does', () => {
    clearBlockCaches();
    expect(() => lint(text, { filePath: file, config, now, incremental: true, signal: { aborted: true } })).toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    );
    // Stopped part way through the language rules: what was checked so far stays cached.
    let reads = 0;
    const partway = {
      get aborted() {
        return ++reads > 40;
      },
    };
    expect(() => lint(text, { filePath: file, config, now, incremental: true, signal: partway })).toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    );
    const before = blockRuns();
    const after = lintNow(text);
    expect(blockRuns() - before).toBeGreaterThan(0);
    expect(after).toEqual(cold(text));
  });
});
