// Phrases of rule data as word lists ("came down to" -> [came, down, to]), matched at a lexeme. The lists are
// indexed by their first word once, so matching at a word looks only at the phrases that start with it: the
// language rules try every phrase list at every word of every sentence they read.
import type { Parse } from '../grammar/parse.js';

const indexes = new WeakMap<string[][], Map<string, string[][]>>();
const NONE: string[][] = [];
const norm = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

function byFirstWord(list: string[][]): Map<string, string[][]> {
  let index = indexes.get(list);
  if (!index) {
    indexes.set(list, (index = new Map()));
    for (const ws of list) index.set(ws[0]!, [...(index.get(ws[0]!) ?? []), ws]);
  }
  return index;
}

/**
 * Index of the last lexeme of the first phrase of `list` that starts at lexeme i, or -1. With `lemma`, the
 * first word may also match the lexeme's lemma ("dropped the ball" for "drop the ball").
 */
export function matchWords(parse: Parse, i: number, list: string[][], lemma = false): number {
  const lx = parse.a.lx;
  const first = lx[i];
  if (!first) return -1;
  const at = byFirstWord(list);
  const tries = at.get(norm(first.lower)) ?? NONE;
  const byLemma = lemma && parse.lemmas[i] ? (at.get(parse.lemmas[i]!) ?? NONE) : NONE;
  for (const candidates of byLemma === tries || byLemma === NONE ? [tries] : [tries, byLemma]) {
    for (const ws of candidates) {
      let ok = true;
      for (let k = 1; k < ws.length; k++)
        if (norm(lx[i + k]?.lower ?? '') !== ws[k]) {
          ok = false;
          break;
        }
      if (ok) return i + ws.length - 1;
    }
  }
  return -1;
}
