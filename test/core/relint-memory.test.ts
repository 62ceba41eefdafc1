import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../packages/core/dist', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/relint-heap.mjs', import.meta.url));
const typing = fileURLToPath(new URL('./fixtures/promoted.mjs', import.meta.url));
const examples = fileURLToPath(new URL('../../examples', import.meta.url));

// Sentences handed out by one lint were once held until the synchronous job ended (a WeakRef's target is kept
// for the job), so a batch grew by a document per lint: 95 -> 286 MB over five lints of this document.
it('a batch of synchronous lints holds the sentences of the last documents only', () => {
  const heaps: number[] = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', script, dist], { encoding: 'utf8' }),
  );
  expect(heaps).toHaveLength(5);
  expect(heaps[4]).toBeLessThan(heaps[0] * 1.15);
}, 60_000);

// Caches keyed by a sentence keep the people options it was read with; the options' lazy term list once closed
// over the whole document, so every keystroke's document model (blocks, sections, action items) outlived its
// lint and was promoted to the old generation.
it('the people options kept beside a sentence do not keep its document alive', () => {
  const child = `
    const { parseDocument } = await import(${JSON.stringify(`${dist}/document/parse.js`)});
    const { peopleOptions } = await import(${JSON.stringify(`${dist}/checks/prose.js`)});
    let doc = parseDocument('# Outage\\n\\nThe \`falco\` rules paged Sam.\\n', { language: 'en' });
    const options = peopleOptions({ people: [], teams: [] }, doc);
    const termsBefore = options.terms().has('falco');
    const ref = new WeakRef(doc);
    doc = undefined;
    await new Promise((r) => setTimeout(r, 10));
    globalThis.gc();
    console.log(JSON.stringify({ termsBefore, termsAfter: options.terms().has('falco'), docAlive: ref.deref() !== undefined }));
  `;
  const out = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', child], { encoding: 'utf8' }),
  );
  expect(out).toEqual({ termsBefore: true, termsAfter: true, docAlive: false });
});

// A lint made a generator function of its own (the block cache's `readBy`), and V8 keeps what such a function's
// closure holds alive through scavenges: every keystroke's whole document was promoted to the old generation,
// ~190 KB a lint at 14,000 words (~55 KB without; bench/notes.md, 2026-12-04).
it("an editor's lint leaves its document to the young generation", () => {
  const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', typing, dist, examples], { encoding: 'utf8' }));
  expect(out.words).toBeGreaterThan(10_000);
  expect(out.perLint).toBeLessThan(100_000);
}, 60_000);
