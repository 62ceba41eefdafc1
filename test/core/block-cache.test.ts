import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, resolveConfig } from '@blameless-lint/core';
import { acrossLints, BoundedCache, clearBlockCaches, own } from '../../packages/core/src/engine/block-cache.js';
import { parseDocument } from '../../packages/core/src/document/parse.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const docs = readdirSync(examples)
  .filter((f) => f !== 'README.md')
  .map((f) => ({ name: f, text: readFileSync(examples + f, 'utf8') }));
const config = resolveConfig([]);
const now = '2026-11-01';

function fresh(text: string, filePath: string) {
  clearBlockCaches();
  return lint(text, { filePath, config, now }).diagnostics;
}

/** Edits that move offsets, change a block, change a section's kind, or change the document's terms. */
function edits(text: string): Array<(t: string) => string> {
  const mid = text.indexOf(' ', text.length >> 1);
  return [
    (t) => `${t.slice(0, mid)}x${t.slice(mid)}`,
    (t) => `${t.slice(0, mid)}${t.slice(mid + 1)}`,
    (t) => `Intro line, Sam should have checked.\n\n${t}`,
    (t) => t.replace(/^## Timeline/m, '## Timelines of note'),
    (t) => t.replace(/^## Timelines of note/m, '## Timeline'),
    (t) => `${t}\n\nWe run \`dmitri\` and \`kenji\` as tools; aisha is a job name.\n`,
    (t) => t.replace(/careless/g, 'carefree'),
    (t) => t.slice(40),
  ];
}

describe('per-block cache', () => {
  for (const { name, text } of docs) {
    it(`gives the same diagnostics as an uncached lint, edit after edit: ${name}`, () => {
      clearBlockCaches();
      let current = text;
      expect(lint(current, { filePath: name, config, now, incremental: true }).diagnostics).toEqual(
        fresh(current, name),
      );
      lint(current, { filePath: name, config, now, incremental: true });
      for (const edit of edits(text)) {
        current = edit(current);
        const cached = lint(current, { filePath: name, config, now, incremental: true }).diagnostics;
        expect(cached).toEqual(fresh(current, name));
        // Warm the cache again for the next edit (fresh() cleared it).
        lint(current, { filePath: name, config, now, incremental: true });
      }
    });
  }

  it('hands out the sentences of a block that moved as a fresh parse reads them, tokens placed when read', () => {
    const plain = (doc: ReturnType<typeof parseDocument>) =>
      doc.blocks.flatMap((b) =>
        doc
          .sentences(b)
          .map((s) => ({ start: s.start, end: s.end, text: s.text, tokens: [...s.tokens], words: [...s.words] })),
      );
    const text = docs[0]!.text;
    clearBlockCaches();
    acrossLints(true, () => plain(parseDocument(text)));
    // Every block after the insertion moves by its length; the cache places its stored sentences there.
    const moved = `Two words.\n\n${text}`;
    const doc = acrossLints(true, () => parseDocument(moved));
    const read = acrossLints(true, () => plain(doc));
    clearBlockCaches();
    expect(read).toEqual(plain(parseDocument(moved)));
    for (const t of read.flatMap((s) => s.tokens))
      if (t.kind === 'word') expect(moved.slice(t.start, t.end)).toBe(t.text);
    // Read twice, a moved sentence gives the same token objects (checks key facts by them).
    const again = acrossLints(true, () => doc.sentences(doc.blocks[3]!)[0]!);
    expect(again.tokens).toBe(again.tokens);
    expect(again.words).toBe(again.words);
    // Serialised, it is a sentence like any other (library users may log or send one).
    expect(Object.keys(again).sort()).toEqual(['end', 'start', 'text']);
    // A one-off parse hands out plain sentences, never cached ones.
    const parsed = acrossLints(false, () => {
      const fresh = parseDocument(moved);
      return fresh.sentences(fresh.blocks[3]!)[0]!;
    });
    expect(Object.keys(parsed)).toContain('tokens');
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(parsed)));
  });

  it("re-checks unchanged blocks when their section kind or the document's terms change", () => {
    // Both flip a finding on a block that itself stays the same: the passive in a timeline is an
    // observable action; elsewhere it names a cause. A name the document also writes in lower case is a tool.
    const base =
      '# Incident\n\n## Summary\n\nThe site was down.\n\n## Timeline\n\n- 10:00 UTC The prod table was dropped by Zorblat.\n\n' +
      '## Root cause\n\nZorblat pushed a bad config that took checkout down.\n';
    const steps = [base, base.replace('## Timeline', '## Notes'), base, `${base}\nWe run zorblat nightly.\n`, base];
    const lines = (ds: Array<{ ruleId: string; range: { start: { line: number } } }>) =>
      ds.filter((d) => d.ruleId === 'names-as-root-cause').map((d) => d.range.start.line);
    clearBlockCaches();
    const seen = steps.map((text) => {
      const cached = lint(text, { config, now, incremental: true }).diagnostics;
      expect(cached).toEqual(fresh(text, 'x.md'));
      lint(text, { config, now, incremental: true });
      return lines(cached);
    });
    expect(seen).toEqual([[13], [9, 13], [13], [], [13]]);
  });

  it('keys on config: a rule turned off or a roster added changes the answer', () => {
    const text = docs.find((d) => d.name.startsWith('02'))!.text;
    lint(text, { filePath: 'a.md', config, now, incremental: true });
    const people = resolveConfig([{ people: ['Ravi Shankar'], rules: { 'judgmental-language': 'off' } }]);
    const cached = lint(text, { filePath: 'a.md', config: people, now, incremental: true }).diagnostics;
    clearBlockCaches();
    expect(cached).toEqual(lint(text, { filePath: 'a.md', config: people, now }).diagnostics);
  });

  it('bounds its entries, forgetting the oldest', () => {
    const cache = new BoundedCache<string, number>(2);
    acrossLints(true, () => {
      cache.set('a', 1);
      cache.set('b', 2);
      cache.set('c', 3);
    });
    expect(acrossLints(true, () => [cache.get('a'), cache.get('b'), cache.get('c')])).toEqual([undefined, 2, 3]);
  });

  it('keeps nothing past a one-off lint, and shares it within one', () => {
    const cache = new BoundedCache<string, number>(2);
    acrossLints(false, () => {
      cache.set('a', 1);
      expect(cache.get('a')).toBe(1);
    });
    expect(acrossLints(false, () => cache.get('a'))).toBeUndefined();
    expect(acrossLints(true, () => cache.get('a'))).toBeUndefined();
    // Outside any lint (parseDocument on its own) it keeps, within its bounds, and a one-off lint does not read it.
    cache.set('b', 2);
    expect(cache.get('b')).toBe(2);
    expect(acrossLints(false, () => cache.get('b'))).toBeUndefined();
    expect(cache.get('b')).toBe(2);
  });

  it('forgets oldest first over any run of sets, re-sets and clears (as a list model does)', () => {
    const op = fc.oneof(fc.record({ set: fc.integer({ min: 0, max: 12 }) }), fc.constant({ clear: true }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) =>
        acrossLints(true, () => {
          const cache = new BoundedCache<number, number>(5);
          let model: number[] = [];
          for (const o of ops) {
            if ('clear' in o) {
              cache.clear();
              model = [];
            } else {
              cache.set(o.set, o.set * 10);
              model = [...model.filter((k) => k !== o.set), o.set].slice(-5);
            }
            for (let k = 0; k <= 12; k++) expect(cache.get(k)).toBe(model.includes(k) ? k * 10 : undefined);
          }
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('stores copies, equal to what it was given', () => {
    const doc = 'x'.repeat(100) + 'a paragraph of the document';
    const slice = doc.slice(100);
    expect(own(slice)).toBe(slice);
    expect(own({ a: [slice] })).toEqual({ a: [slice] });
  });
});
