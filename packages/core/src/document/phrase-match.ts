// Small phrase patterns for the structure rules' vocabularies (rule data, not code):
//   words separated by spaces; `a|b` alternatives; a trailing `?` makes a word optional;
//   `*` is any one word; `$` is the end of the text. Matching is case-insensitive on whole words.
// Matched by a small backtracking walk over the lower-cased text, with the semantics of one regular expression
// of the phrases as alternatives (`regexFind`, kept for texts whose lower case changes length): V8 took 10-60 ms
// to compile each such expression (case-insensitive Unicode classes, once per `*`), a fifth of a first lint.

import { BoundedCache, flat } from '../engine/block-cache.js';

interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

/** One word of a phrase: its lower-case spellings (null: any word), whether it may be left out, whether it follows another. */
interface Step {
  words: string[] | null;
  optional: boolean;
  spaced: boolean;
}
/** The end of the text, past trailing punctuation an item's blanked owner and date leave behind. */
const END = 'end';
type Element = Step | typeof END;

const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const TRAILING = /^[\s.!;,:|*_—–-]*$/;
const SPACE = /\s/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stepsOf(phrase: string): Element[] {
  const out: Element[] = [];
  for (const raw of phrase.trim().split(/\s+/)) {
    if (raw === '$') {
      out.push(END);
      continue;
    }
    const optional = raw.endsWith('?') && raw.length > 1;
    const token = optional ? raw.slice(0, -1) : raw;
    out.push({ words: token === '*' ? null : token.toLowerCase().split('|'), optional, spaced: out.length > 0 });
  }
  return out;
}

function compileOne(phrase: string): string {
  let out = '';
  for (const raw of phrase.trim().split(/\s+/)) {
    if (raw === '$') {
      out += '(?=[\\s.!;,:|*_—–-]*$)';
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

// Code points are read at UTF-16 positions; a pair's second half is never a word of its own.
function charAt(text: string, at: number): string {
  const c = text.codePointAt(at);
  return c === undefined ? '' : String.fromCodePoint(c);
}
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  return at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2))
    ? text.slice(at - 2, at)
    : text[at - 1]!;
}
const isWordChar = (ch: string): boolean =>
  ch !== '' && (ch < '\u0080' ? /[A-Za-z0-9'-]/.test(ch) : WORD_CHAR.test(ch));

export class PhraseSet {
  private readonly phrases: string[];
  private readonly steps: Element[][];
  private re?: RegExp;

  constructor(phrases: readonly string[]) {
    this.phrases = [...phrases];
    this.steps = this.phrases.map(stepsOf);
  }

  /** Results by text: the structure rules look at the same timeline entries and action items on every keystroke. */
  private readonly memo = new BoundedCache<string, readonly PhraseMatch[]>(4096);

  /** Every non-overlapping match, leftmost first; the first listed phrase wins at one position. (Frozen: shared.) */
  find(text: string): readonly PhraseMatch[] {
    const known = this.memo.get(text);
    if (known) return known;
    const lower = text.toLowerCase();
    // A lower case of another length ("İ") would move every offset after it: the expression reads such a text.
    const out = lower.length === text.length ? this.walk(lower) : this.regexFind(text);
    this.memo.set(flat(text), out);
    return out;
  }

  private walk(text: string): readonly PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.steps.length === 0) return Object.freeze(out);
    for (let at = 0; at < text.length; ) {
      // Not inside a surrogate pair, and not right after a word's letter (the phrases are whole words).
      if (isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
        at++;
        continue;
      }
      if (isWordChar(charBefore(text, at))) {
        at++;
        continue;
      }
      let end = -1;
      let index = -1;
      for (const i of this.startingWith(text[at]!)) {
        end = matchFrom(text, at, this.steps[i]!, 0);
        if (end >= 0) {
          index = i;
          break;
        }
      }
      if (end > at) {
        out.push(Object.freeze({ phrase: this.phrases[index]!, start: at, end }));
        at = end;
      } else at++;
    }
    return Object.freeze(out);
  }

  private readonly byFirst = new Map<string, number[]>();

  /** The phrases (by index, in order) that may match at a character: its first word's spellings start with it. */
  private startingWith(ch: string): number[] {
    let list = this.byFirst.get(ch);
    if (!list) {
      list = [];
      for (const [i, steps] of this.steps.entries()) {
        const first = steps[0];
        if (
          first === undefined ||
          first === END ||
          first.optional ||
          !first.words ||
          first.words.some((w) => w === '' || w[0] === ch)
        )
          list.push(i);
      }
      if (this.byFirst.size < 256) this.byFirst.set(ch, list);
    }
    return list;
  }

  /** The same matches by one regular expression of the phrases (each a group, in order). */
  regexFind(text: string): readonly PhraseMatch[] {
    this.re ??= new RegExp(
      `(?<![\\p{L}\\p{N}'’-])(?:${this.phrases.map((p) => `(${compileOne(p)})`).join('|') || '(?!)'})(?![\\p{L}\\p{N}'’-])`,
      'giu',
    );
    const re = this.re;
    const out: PhraseMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const index = m.slice(1).findIndex((g) => g !== undefined);
      out.push(Object.freeze({ phrase: this.phrases[index]!, start: m.index, end: m.index + m[0].length }));
    }
    return Object.freeze(out);
  }
}

/**
 * Where the phrase's steps from `i` on match `text` from `at` (its end), or -1: each word's spellings in order,
 * an optional word tried with it first, `*` longest first, as the expression would backtrack.
 */
function matchFrom(text: string, at: number, steps: Element[], i: number): number {
  if (i === steps.length) return isWordChar(charAt(text, at)) ? -1 : at;
  const step = steps[i]!;
  if (step === END) return TRAILING.test(text.slice(at)) ? matchFrom(text, at, steps, i + 1) : -1;
  let from = at;
  let ok = true;
  if (step.spaced) {
    while (from < text.length && SPACE.test(text[from]!)) from++;
    ok = from > at;
  }
  if (ok) {
    if (step.words) {
      for (const w of step.words) {
        if (!text.startsWith(w, from)) continue;
        const end = matchFrom(text, from + w.length, steps, i + 1);
        if (end >= 0) return end;
      }
    } else if (WORD_START.test(charAt(text, from))) {
      let last = from + charAt(text, from).length;
      const ends = [last];
      for (let ch = charAt(text, last); isWordChar(ch); ch = charAt(text, last)) ends.push((last += ch.length));
      for (let k = ends.length - 1; k >= 0; k--) {
        const end = matchFrom(text, ends[k]!, steps, i + 1);
        if (end >= 0) return end;
      }
    }
  }
  return step.optional ? matchFrom(text, at, steps, i + 1) : -1;
}

/** Blank quoted speech ("…", '…', “…”) so a quote of what someone said is not read as the author's words. */
export function blankQuotes(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|(?<![\p{L}])'[^'\n]*'(?![\p{L}])|`[^`\n]*`/gu, (q) =>
    ' '.repeat(q.length),
  );
}
