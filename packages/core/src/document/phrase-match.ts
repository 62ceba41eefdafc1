// Small phrase patterns for the structure rules' vocabularies (rule data, not code):
//   words separated by spaces; `a|b` alternatives; a trailing `?` makes a word optional;
//   `*` is any one word; `$` is the end of the text. Matching is case-insensitive on whole words.
// Compiled to one regular expression of literal alternations (no nested quantifiers: linear time).

import { BoundedCache, flat } from '../engine/block-cache.js';

interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileOne(phrase: string): string {
  let out = '';
  for (const raw of phrase.trim().split(/\s+/)) {
    if (raw === '$') {
      out += '(?=[\\s.!;,:|*_—–-]*$)'; // an item's blanked owner and date leave their dashes and bars behind
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const token = optional ? raw.slice(0, -1) : raw;
    const body = token === '*' ? WORD : `(?:${token.split('|').map(escapeRegExp).join('|')})`;
    const sep = out ? '\\s+' : '';
    out += optional ? `(?:${sep}${body})?` : `${sep}${body}`;
  }
  return out;
}

export class PhraseSet {
  private readonly re: RegExp;
  private readonly phrases: string[];

  constructor(phrases: readonly string[]) {
    this.phrases = [...phrases];
    const groups = this.phrases.map((p) => `(${compileOne(p)})`);
    this.re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${groups.join('|') || '(?!)'})(?![\\p{L}\\p{N}'’-])`, 'giu');
  }

  /** Results by text: the structure rules look at the same timeline entries and action items on every keystroke. */
  private readonly memo = new BoundedCache<string, readonly PhraseMatch[]>(4096);

  /** Every non-overlapping match, leftmost first; the first listed phrase wins at one position. (Frozen: shared.) */
  find(text: string): readonly PhraseMatch[] {
    const known = this.memo.get(text);
    if (known) return known;
    const out = this.scan(text);
    this.memo.set(flat(text), out);
    return out;
  }

  private scan(text: string): readonly PhraseMatch[] {
    const out: PhraseMatch[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      if (m[0] === '') {
        this.re.lastIndex++;
        continue;
      }
      const index = m.slice(1).findIndex((g) => g !== undefined);
      out.push(Object.freeze({ phrase: this.phrases[index], start: m.index, end: m.index + m[0].length }));
    }
    return Object.freeze(out);
  }
}

/** Blank quoted speech ("…", '…', “…”) so a quote of what someone said is not read as the author's words. */
export function blankQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|(?<![\p{L}])'[^'\n]*'(?![\p{L}])|`[^`\n]*`/gu, (q) =>
    ' '.repeat(q.length),
  );
}
