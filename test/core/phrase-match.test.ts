import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleData } from '../../packages/core/src/rules/index.js';
import { PhraseSet } from '../../packages/core/src/document/phrase-match.js';

// The phrase walk must find exactly what one regular expression of the phrases finds (`regexFind`, the
// definition of the pattern language): same matches, same phrase at each, on any text.

/** Every phrase list the rules hand to a PhraseSet. */
function ruleLists(): string[][] {
  const lists: string[][] = [];
  for (const rule of ruleData) {
    const p = rule.params as Record<string, unknown>;
    for (const key of ['leading', 'anywhere', 'tooBig', 'roles', 'rootCause', 'except'])
      if (Array.isArray(p[key])) lists.push(p[key] as string[]);
    if (rule.check === 'timeline-interpretation')
      lists.push(Object.values(p.phrases as Record<string, string[]>).flat());
  }
  return lists;
}

const lists = ruleLists();
const sets = lists.map((l) => new PhraseSet(l));

/** Texts built from the phrases' own words, with case changes, punctuation and odd spacing between them. */
function textOf(list: string[]) {
  const words = [
    ...new Set(list.flatMap((p) => p.split(/\s+/).flatMap((t) => t.replace(/\?$/, '').split('|')))),
  ].filter((w) => w !== '*' && w !== '$');
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => w.toUpperCase()) },
    { weight: 2, arbitrary: fc.constantFrom('the', 'team', 'x', 'on-call', "it's", 'Ünïcödé', '𝐀bc', 'İstanbul') },
    { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  );
  const gap = fc.constantFrom(
    ' ',
    ' ',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '-',
    '.',
    ', ',
    ' (',
    ') ',
    "'",
    '’',
    '/',
    ': ',
    '—',
    '',
  );
  return fc.array(fc.tuple(piece, gap), { maxLength: 14 }).map((xs) => xs.map(([p, g]) => p + g).join(''));
}

describe('PhraseSet', () => {
  it('reads the rules’ phrase lists', () => {
    expect(lists.length).toBeGreaterThanOrEqual(5);
  });

  it('finds what the regular expression of its phrases finds, on texts of the rules’ own words', () => {
    lists.forEach((list, i) => {
      fc.assert(
        fc.property(textOf(list), (text) => {
          expect(sets[i]!.find(text)).toEqual(sets[i]!.regexFind(text));
        }),
        { numRuns: 400 },
      );
    });
  });

  it('agrees with the expression on made-up patterns: optional words, any word, the end', () => {
    const token = fc.oneof(
      fc.constantFrom('a', 'b', 'ab', 'a-b', 'c|cd', 'cd|c', '*', 'b?', '*?', 'c|cd?'),
      fc.constant('$'),
    );
    const phrase = fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));
    const text = fc
      .array(fc.constantFrom('a', 'b', 'ab', 'a-b', 'c', 'cd', 'A', 'CD', 'x', ' ', '  ', '.', '-', "'", '(', '|'), {
        maxLength: 12,
      })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), text, (phrases, t) => {
        const set = new PhraseSet(phrases);
        expect(set.find(t)).toEqual(set.regexFind(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches whole words only, case-insensitively, the first listed phrase winning', () => {
    const set = new PhraseSet(['look into', 'look into * issues', 'fix everything $']);
    expect(set.find('We will Look into it, and fix everything.').map((m) => m.phrase)).toEqual([
      'look into',
      'fix everything $',
    ]);
    expect(set.find('outlook into')).toEqual([]);
    expect(set.find('fix everything now')).toEqual([]);
  });
});
