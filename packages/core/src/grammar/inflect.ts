// The surface forms of a verb, for the candidate scan: a rule whose vocabulary is lemmas ("forget", "shrug
// off") must still see a block that says "forgot", "shrugged" or "forgetting".
import { IRREGULAR_FORMS } from './words.js';

const irregularByBase = new Map<string, string[]>();
for (const [form, { base }] of IRREGULAR_FORMS) irregularByBase.set(base, [...(irregularByBase.get(base) ?? []), form]);

/** Every form of a verb lemma: base, -s, -ed, -ing (with the spelling rules, both doublings) and irregulars. */
export function verbForms(lemma: string): string[] {
  // The scan splits "fat-finger" into words: the part that inflects is the one it must see.
  const w = lemma.toLowerCase().split('-').pop()!;
  const out = new Set<string>([w, ...(irregularByBase.get(w) ?? [])]);
  const last = w.slice(-1);
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  out.add(/(s|sh|ch|x|z|o)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
  out.add(/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : w.endsWith('e') ? `${w}d` : `${w}ed`);
  out.add(w.endsWith('ie') ? `${w.slice(0, -2)}ying` : w.endsWith('ee') ? `${w}ing` : `${stem}ing`);
  // "drop" -> "dropped", "commit" -> "committed": a final consonant after one vowel may double.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) out.add(`${w}${last}ed`).add(`${w}${last}ing`);
  if (w.endsWith('c')) out.add(`${w}ked`).add(`${w}king`);
  return [...out];
}

/**
 * The word of a phrase the scan should look for: its longest after the first (a phrase may open with a
 * verb the text inflects: "drop the ball" -> "ball"), split as the scan splits ("double-check" -> "double"),
 * and not a function word when the phrase has another ("due to" -> "due", "hindsight is 20/20" -> "hindsight"):
 * a trigger found in every other sentence lets every block through.
 */
export function scanWord(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  const longest = (pool: string[]): string => pool.reduce((a, b) => (b.length > a.length ? b : a), '');
  const content = (pool: string[]): string[] => pool.filter((w) => !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w));
  const rest = words.length > 1 ? words.slice(1) : words;
  return longest(content(rest)) || longest(content(words)) || longest(rest);
}

const FUNCTION_WORDS = new Set([
  'to',
  'of',
  'by',
  'on',
  'in',
  'at',
  'for',
  'from',
  'with',
  'into',
  'onto',
  'the',
  'a',
  'an',
  'is',
  'was',
  'be',
  'are',
  'were',
  'it',
  'its',
  'this',
  'that',
  'and',
  'or',
  'not',
  'no',
  'if',
  'as',
  'so',
  'up',
  'down',
  'out',
  'off',
  'back',
  'over',
  'now',
  'then',
  'only',
  'more',
  'all',
  'any',
  'some',
  'do',
  'did',
  'does',
  'has',
  'have',
  'had',
  'we',
  'you',
  'they',
  'he',
  'she',
  'i',
  'our',
  'their',
  'his',
  'her',
  'my',
  'your',
]);
