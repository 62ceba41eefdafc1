import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyTerm, termsOnDemand } from '../../packages/core/src/checks/prose.js';

// A one-off lint looks each asked word up where it occurs; the language server collects every term of every
// paragraph once (cached per paragraph). Both must answer every question the same way.
const PIECES = [
  'falco',
  'Falco',
  '@falco',
  'falco@example.com',
  'falco.io',
  'x-falco',
  'a/falco',
  '_falco',
  'falcon',
  'falco2',
  'falcoX',
  'Xfalco',
  '`falco`',
  'éfalco',
  'falcoé',
  '𝒜falco',
  'falco𝒜',
  'ab',
  'zuul',
  'Zuul',
  'the Zuul CI',
  'Otto, our triage bot',
  'Otto auto-merged',
  'the otto bot',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '(',
  ')',
  '-',
  '3',
];
const ASKED = ['falco', 'falcon', 'zuul', 'otto', 'tool:otto', 'tool:zuul', 'tool:falco', 'ab', 'falco2', 'é'];

describe('document terms: looked up on demand or collected per paragraph', () => {
  it('gives the same answer to every question on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const all = everyTerm(text);
        const onDemand = termsOnDemand(text);
        for (const term of ASKED) expect(onDemand.has(term), `${term} in ${JSON.stringify(text)}`).toBe(all.has(term));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same answers edit after edit of one text, and an earlier text keeps its own', () => {
    const edit = fc.record({ at: fc.nat(), insert: fc.constantFrom(...PIECES), remove: fc.nat({ max: 12 }) });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.array(edit, { maxLength: 12 }),
        (pieces, edits) => {
          let text = pieces.join('');
          const versions: Array<{ text: string; all: { has(term: string): boolean } }> = [];
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            versions.push({ text, all: everyTerm(text) });
            const onDemand = termsOnDemand(text);
            for (const term of ASKED)
              expect(versions.at(-1)!.all.has(term), `${term} in ${JSON.stringify(text)}`).toBe(onDemand.has(term));
          }
          // Asked after later texts were counted, each still answers for its own text.
          for (const v of versions) {
            const onDemand = termsOnDemand(v.text);
            for (const term of ASKED) expect(v.all.has(term)).toBe(onDemand.has(term));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a word written in lower case, not one only in a handle, address, path or longer word', () => {
    const terms = termsOnDemand(
      'Falco fired. We tuned `falco` rules.\n\nAsk @zuul or zuul@example.com; see a/otto, falcon.',
    );
    expect(terms.has('falco')).toBe(true);
    expect(terms.has('zuul')).toBe(false);
    expect(terms.has('otto')).toBe(false);
    expect(terms.has('falcon')).toBe(true);
  });

  it('reads a name introduced as software as a tool', () => {
    const terms = termsOnDemand('Marvin, our triage bot, closed it, then the Otto CI retried.');
    expect(terms.has('tool:marvin')).toBe(true);
    expect(terms.has('tool:otto')).toBe(true);
    expect(terms.has('tool:closed')).toBe(false);
  });
});
