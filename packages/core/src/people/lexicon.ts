import { englishWords, personalNames } from './lexicon-data.js';
import { TECH_WORDS } from './role-and-tool-words.js';

// Built on first use so that importing the package costs nothing until a sentence is checked. The word list is
// sorted: a binary search over the split array starts in half the time of a 34,000-entry Set, and a Set takes
// over once enough words have been looked up to pay for it (a short file never builds one).
let english: { has(w: string): boolean } | undefined;
let names: Set<string> | undefined;

function englishSet(): { has(w: string): boolean } {
  if (english) return english;
  const sorted = englishWords.split(' ');
  const tech = new Set(TECH_WORDS);
  let lookups = 0;
  english = {
    has(w: string): boolean {
      if (tech.has(w)) return true;
      if (++lookups > 2000) {
        const set = new Set([...sorted, ...tech]);
        english = set;
        return set.has(w);
      }
      let lo = 0;
      let hi = sorted.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = sorted[mid]!;
        if (v === w) return true;
        if (v < w) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
  return english;
}

/** A personal name the lexicon knows (Sam, Wei, Hana …): lower-case input. */
export function isKnownName(lower: string): boolean {
  names ??= new Set(personalNames.split(' '));
  // "zoë", "josé", "inês": the list spells names without diacritics.
  return names.has(lower) || (/[^\x00-\x7f]/.test(lower) && names.has(lower.normalize('NFD').replace(/\p{M}/gu, '')));
}

/**
 * Is this (lower-case) word common English, directly or as an inflection of one? Names are not
 * ("priya", "oluwaseun"), while "monitoring", "retries" and "deploys" are.
 */
export function isEnglishWord(lower: string): boolean {
  const set = englishSet();
  if (set.has(lower)) return true;
  const w = lower.replace(/[’']s$/, '');
  if (set.has(w)) return true;
  if (w.length < 4) return false;
  const stems: string[] = [];
  if (w.endsWith('ies')) stems.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) stems.push(w.slice(0, -1));
  if (w.endsWith('ing')) stems.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ed')) stems.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ly')) stems.push(w.slice(0, -2));
  // Suffixes no personal name ends in (-er, -ise, -ence do: Peter, Louise, Florence).
  if (w.length >= 7 && /(tion|ment|ness|ism|able|ible|less|ful|ous)s?$/.test(w) && !isKnownName(w)) return true;
  return stems.some((s) => s.length >= 3 && set.has(s));
}

const SHORT_TAILS = new Set([
  'man',
  'end',
  'dog',
  'box',
  'hub',
  'lab',
  'ops',
  'bot',
  'net',
  'app',
  'way',
  'kit',
  'fly',
  'bit',
  'log',
  'map',
  'pad',
  'cat',
]);

/** A made-up compound of two English words, the shape of product names: "Cloudflare", "Datadog", "Firebase". */
export function isCompoundWord(lower: string): boolean {
  if (lower.length < 7 || isKnownName(lower)) return false;
  const set = englishSet();
  for (let k = 3; k <= lower.length - 3; k++) {
    const head = lower.slice(0, k);
    const tail = lower.slice(k);
    // A three-letter tail only from the short words product names end in (not "Boat|eng").
    if (set.has(head) && (tail.length >= 4 ? isEnglishWord(tail) : k >= 4 && SHORT_TAILS.has(tail))) return true;
  }
  return false;
}
