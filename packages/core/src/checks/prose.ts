// Shared walk of the language check kinds: each candidate block's sentences, with person detection,
// section kind, and word-phrase matching over lexemes (never regexes over raw Markdown).
import type { Block, PostmortemDocument, Sentence } from '../document/types.js';
import { analyze, type Analysis, type Mention, type PeopleOptions } from '../people/index.js';
import type { ResolvedConfig, SectionKind } from '../types.js';
import type { CheckContext } from './types.js';
import { BoundedCache, flat } from '../engine/block-cache.js';
import { keepsAcrossLints } from '../engine/bounded-cache.js';

export interface ProseSentence {
  a: Analysis;
  block: Block;
  section: SectionKind | null;
  /** The sentence before in the same block, analysed on demand. */
  before: () => Analysis | undefined;
}

const peopleCache = new WeakMap<PostmortemDocument, WeakMap<ResolvedConfig, PeopleOptions>>();

/** Person-detection options from config and the document (one object per pair, so compiled rosters are cached). */
export function peopleOptions(config: ResolvedConfig, doc: PostmortemDocument): PeopleOptions {
  let byConfig = peopleCache.get(doc);
  if (!byConfig) peopleCache.set(doc, (byConfig = new WeakMap()));
  let hit = byConfig.get(config);
  if (!hit) {
    let terms: { has(term: string): boolean } | undefined;
    // The text, not the document: caches keyed by a sentence keep these options, and a document kept with them
    // (its blocks, sections and action items) would live on into the next lints and be promoted to the old
    // generation on every keystroke.
    const { text } = doc;
    hit = {
      people: config.people ?? [],
      teams: config.teams ?? [],
      accept: config.vocabulary?.accept ?? [],
      terms: () => (terms ??= documentTerms(text)),
    };
    byConfig.set(config, hit);
  }
  return hit;
}

/**
 * Words the document writes in lower case or in code (`falco`, "falco rules"): terms, not names. Handles and
 * e-mail addresses (@priya, priya@example.com) do not count. Only when a check asks.
 */
function documentTerms(text: string): { has(term: string): boolean } {
  return keepsAcrossLints() ? everyTerm(text) : termsOnDemand(text);
}

/**
 * Every term, paragraph by paragraph: a term never spans a line break, so each paragraph's terms are found once
 * and cached, and after an edit only the edited paragraph is scanned again (the language server re-lints on every
 * keystroke and asks the same terms of every block's stored findings). The terms are counted, paragraph by
 * paragraph, and the next text updates the counts by the paragraphs that changed: collecting every term of a
 * 20,000-word postmortem into a set again took ~0.6 ms a keystroke.
 */
export function everyTerm(text: string): { has(term: string): boolean } {
  const state = countTerms(text);
  let stale: { has(term: string): boolean } | undefined;
  return {
    // Counts updated for a later text answer for that one: this text is then asked on demand.
    has: (term) => (counted === state ? (state.counts.get(term) ?? 0) > 0 : (stale ??= termsOnDemand(text)).has(term)),
  };
}

/** The last text counted: its paragraphs and how many of them hold each term. */
let counted: { text: string; chunks: string[]; counts: Map<string, number> } | undefined;

function countTerms(text: string): NonNullable<typeof counted> {
  if (counted?.text === text) return counted;
  const chunks = text.split('\n\n');
  const old = counted?.chunks ?? [];
  const counts = counted?.counts ?? new Map<string, number>();
  // The paragraphs before and after the edit are the same; only those between are counted again.
  let head = 0;
  while (head < chunks.length && head < old.length && chunks[head] === old[head]) head++;
  let tail = 0;
  while (
    tail < chunks.length - head &&
    tail < old.length - head &&
    chunks[chunks.length - 1 - tail] === old[old.length - 1 - tail]
  )
    tail++;
  for (let i = head; i < old.length - tail; i++)
    for (const t of chunkTerms(old[i]!)) {
      const n = counts.get(t)! - 1;
      if (n) counts.set(t, n);
      else counts.delete(t);
    }
  for (let i = head; i < chunks.length - tail; i++)
    for (const t of chunkTerms(chunks[i]!)) counts.set(t, (counts.get(t) ?? 0) + 1);
  counted = { text, chunks, counts };
  return counted;
}

// Bounded by weight: about the bytes of the paragraph and its terms (8 MB in all).
const termsCache = new BoundedCache<string, string[]>(8 << 20, (k, v) => k.length * 2 + v.length * 40 + 64);

const MACHINE =
  '(?:bot|tool|service|scheduler|runner|pipeline|app|daemon|CI|robot|assistant|integration|crawler|indexer|worker|cron job|automation|GitHub App|action)';
const TOOL_INTRODUCTIONS = new RegExp(
  `\\b(\\p{Lu}[\\p{L}\\p{N}-]*), (?:our|the|a|an|its) (?:[\\p{L}-]+ ){0,3}${MACHINE}\\b` +
    `|\\b(?:the|our) (\\p{Lu}[\\p{L}\\p{N}-]*) ${MACHINE}\\b` +
    `|\\b(\\p{Lu}[\\p{L}\\p{N}-]*) auto-\\p{L}+`,
  'gu',
);
const LOWER_WORDS = /(?<![@\p{L}\p{N}._/-])\p{Ll}[\p{Ll}\p{N}]{2,}(?![@\p{L}\p{N}])/gu;

function chunkTerms(chunk: string): string[] {
  let terms = termsCache.get(chunk);
  if (terms === undefined) {
    const found = new Set<string>();
    for (const w of chunk.match(LOWER_WORDS) ?? []) found.add(w);
    // Names the document introduces as software ("Marvin, our triage bot", "the Otto CI", "Otto auto-merged"):
    // marked "tool:" so that even a common first name is a tool everywhere in the document.
    for (const t of toolsIn(chunk)) found.add(t);
    termsCache.set(flat(chunk), (terms = [...found].map(flat)));
  }
  return terms;
}

function toolsIn(text: string): string[] {
  return Array.from(text.matchAll(TOOL_INTRODUCTIONS), (m) => `tool:${(m[1] ?? m[2] ?? m[3])!.toLowerCase()}`);
}

/**
 * The same answers for a one-off lint, which asks about a few dozen capitalised words and keeps nothing: each
 * word looked up where it occurs, instead of collecting every lower-case word of the document (most of its words).
 * A match of LOWER_WORDS equal to the term is exactly an occurrence with the same boundaries on either side.
 */
export function termsOnDemand(text: string): { has(term: string): boolean } {
  const known = new Map<string, boolean>();
  let tools: Set<string> | undefined;
  return {
    has(term) {
      let yes = known.get(term);
      if (yes === undefined) {
        yes = term.startsWith('tool:') ? (tools ??= new Set(toolsIn(text))).has(term) : writtenLowerCase(text, term);
        known.set(term, yes);
      }
      return yes;
    },
  };
}

const A_TERM = /^\p{Ll}[\p{Ll}\p{N}]{2,}$/u;
const NOT_BEFORE = /[@\p{L}\p{N}._/-]/u;
const NOT_AFTER = /[@\p{L}\p{N}]/u;

function writtenLowerCase(text: string, term: string): boolean {
  if (!A_TERM.test(term)) return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = codePointBefore(text, at);
    const after = text.codePointAt(at + term.length);
    if (
      (before === undefined || !NOT_BEFORE.test(String.fromCodePoint(before))) &&
      (after === undefined || !NOT_AFTER.test(String.fromCodePoint(after)))
    )
      return true;
  }
  return false;
}

/** The code point that ends just before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

/**
 * A sentence in capitals from end to end is boilerplate (licence disclaimers: "INCLUDING NEGLIGENCE OR
 * OTHERWISE"), not an account of what people did.
 */
function isShouting(sentence: Sentence): boolean {
  // One pass, no array: the first word with a lower-case letter settles it (every rule asks of every sentence).
  let letters = 0;
  for (const w of sentence.words) {
    if (!/\p{L}/u.test(w.text)) continue;
    if (w.text !== w.text.toUpperCase()) return false;
    letters++;
  }
  return letters >= 6;
}

const NO_MENTIONS: readonly Mention[] = [];
// One analysis per sentence, options and sentence before: the language rules walk the same blocks in turn.
// Each rule skips other sentences, so a sentence is met after different ones: every one met under the same
// options is kept (a few per sentence: one walk per rule), not only the last, which the next rule would
// otherwise analyse again. Other options (the next lint of an edited document) start the list afresh, so a
// sentence the block cache hands out again keeps no analyses of past lints.
const analyses = new WeakMap<
  Sentence,
  { options: PeopleOptions; known: Array<{ previous: readonly Mention[]; a: Analysis }> }
>();
function analyzed(sentence: Sentence, options: PeopleOptions, previous: readonly Mention[]): Analysis {
  let entry = analyses.get(sentence);
  if (!entry || entry.options !== options) analyses.set(sentence, (entry = { options, known: [] }));
  else for (const hit of entry.known) if (hit.previous === previous) return hit.a;
  const a = analyze(sentence, options, previous);
  entry.known.push({ previous, a });
  return a;
}

/**
 * Every sentence of the rule's candidate prose blocks; pronouns resolve against the block's earlier sentences.
 * With `want`, a sentence it turns down is not analysed: the next one resolves its pronouns against it alone
 * (analysed then, on demand).
 */
export function* proseSentences(ctx: CheckContext, want?: (sentence: Sentence) => boolean): Generator<ProseSentence> {
  const options = peopleOptions(ctx.config, ctx.doc);
  for (const block of ctx.blocks) {
    if (block.kind === 'heading' || block.split) continue;
    const sec = ctx.doc.sections[block.section];
    const section = sec ? (sec.kind ?? sec.parentKind) : null;
    let last: Analysis | undefined;
    let skipped: Sentence | undefined;
    for (const sentence of ctx.doc.sentences(block)) {
      if (isShouting(sentence)) continue;
      if (want && !want(sentence)) {
        last = undefined;
        skipped = sentence;
        continue;
      }
      const prior = skipped;
      const known = last;
      const before = (): Analysis | undefined => known ?? (prior ? analyzed(prior, options, NO_MENTIONS) : undefined);
      const a = analyzed(sentence, options, (known ?? (prior ? before() : undefined))?.mentions ?? NO_MENTIONS);
      last = a;
      skipped = undefined;
      yield { a, block, section, before };
    }
  }
}

/** A phrase of rule data as lower-case words; `*` stands for one to four words ("took * down"). */
export type Phrase = { text: string; words: string[] };

export const compilePhrases = (list: readonly string[]): Phrase[] =>
  list
    .map((text) => ({ text, words: text.toLowerCase().replace(/’/g, "'").split(/\s+/) }))
    .sort((a, b) => b.words.length - a.words.length);

// Most words hold no curly apostrophe: skip the replace (and its allocation) for them; this runs per word per phrase.
const norm = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** Match `phrase` at lexeme i; returns the index of its last lexeme, or -1. Words only, punctuation breaks. */
export function matchAt(a: Analysis, i: number, phrase: Phrase): number {
  let k = i;
  for (let w = 0; w < phrase.words.length; w++) {
    const want = phrase.words[w]!;
    if (want === '*') {
      const nextWord = phrase.words[w + 1];
      let gap = 0;
      while (
        gap < 4 &&
        a.lx[k] &&
        a.lx[k]!.kind !== 'punct' &&
        (nextWord === undefined || norm(a.lx[k]!.lower) !== nextWord)
      )
        k++, gap++;
      if (gap === 0) return -1;
      continue;
    }
    const t = a.lx[k];
    if (!t || (t.kind !== 'word' && !(want.startsWith('@') && t.kind === 'handle')) || norm(t.lower) !== want) {
      // A trailing ":" in a phrase ("root cause:") matches punctuation.
      if (!(t && want === ':' && t.text === ':')) return -1;
    }
    k++;
  }
  return k - 1;
}

/** All non-overlapping matches of the phrases in a sentence, longest first at each position. */
export function findPhrases(a: Analysis, phrases: Phrase[]): Array<{ phrase: Phrase; first: number; last: number }> {
  const out: Array<{ phrase: Phrase; first: number; last: number }> = [];
  const index = firstWordIndex(phrases);
  for (let i = 0; i < a.lx.length; i++) {
    for (const phrase of index.at(a.lx[i]!.lower)) {
      const last = matchAt(a, i, phrase);
      if (last >= 0) {
        out.push({ phrase, first: i, last });
        i = last;
        break;
      }
    }
  }
  return out;
}

// Only phrases whose first word is the lexeme's can match there (or those starting with `*` or `:`), so
// findPhrases tries those alone, in the list's own order: same matches as trying all, without the scan.
type FirstWordIndex = { at(lower: string): Phrase[] };
const firstWordIndexes = new WeakMap<Phrase[], FirstWordIndex>();

function firstWordIndex(phrases: Phrase[]): FirstWordIndex {
  let index = firstWordIndexes.get(phrases);
  if (index) return index;
  const any: Phrase[] = phrases.filter((p) => p.words[0] === '*' || p.words[0] === ':');
  const byWord = new Map<string, Phrase[]>();
  for (const p of phrases) {
    if (any.includes(p)) continue;
    const w = p.words[0]!;
    // A word's candidates keep their places among the `any` phrases.
    if (!byWord.has(w))
      byWord.set(
        w,
        phrases.filter((q) => q.words[0] === w || any.includes(q)),
      );
  }
  index = { at: (lower) => byWord.get(norm(lower)) ?? any };
  firstWordIndexes.set(phrases, index);
  return index;
}

/** Is lexeme i inside quotation marks or emphasis quoting a term ("the phrase “human error”")? */
export function isQuoted(a: Analysis, i: number): boolean {
  let open = false;
  let curly = 0;
  let single = false;
  for (let k = 0; k < i; k++) {
    const t = a.lx[k]!.text;
    if (a.lx[k]!.kind === 'word') continue;
    for (const ch of t) {
      // ‘ opens only at a word start (an apostrophe never does); ’ closes only when something is open.
      if (ch === '“' || (ch === '‘' && a.lx[k + 1]?.spaceBefore === false)) curly++;
      else if ((ch === '”' || ch === '’') && curly > 0) curly--;
      else if (ch === '"') open = !open;
      // A straight ' on its own (an apostrophe inside a word is part of the word): opens before a word, closes after one.
      else if (ch === "'" && t === "'") {
        if (!single && a.lx[k]!.spaceBefore && a.lx[k + 1]?.spaceBefore === false) single = true;
        else if (single && !a.lx[k]!.spaceBefore) single = false;
      }
    }
  }
  return open || curly > 0 || single;
}

/** A negator ("not", "never", "no", "n't", "without") among the `span` words before lexeme i in its clause. */
export function negatedBefore(a: Analysis, i: number, span = 3): boolean {
  for (let k = i - 1; k >= 0 && k >= i - span; k--) {
    const t = a.lx[k]!;
    if (t.kind === 'punct') return false;
    if (/^(not|never|no|without|nor|nobody|none|neither)$|n['’]t$/.test(t.lower)) return true;
  }
  return false;
}

/** The source text (code spans and all) of lexemes first..last. */
export const textOf = (source: string, a: Analysis, first: number, last: number): string =>
  source.slice(a.lx[first]!.start, a.lx[last]!.end);

/** Lexemes from i to the end of its clause (a comma, semicolon, sentence end or clause word). */
export function clauseEnd(a: Analysis, i: number, stops: ReadonlySet<string> = STOPS): number {
  let k = i;
  while (k + 1 < a.lx.length) {
    const n = a.lx[k + 1]!;
    if (n.kind === 'punct' && /^[.,;:!?)(—–]$/.test(n.text)) break;
    if (n.kind === 'word' && stops.has(n.lower)) break;
    k++;
  }
  return k;
}

const STOPS = new Set([
  'because',
  'since',
  'when',
  'while',
  'after',
  'before',
  'until',
  'and',
  'but',
  'so',
  'which',
  'although',
  'though',
  'for',
  'during',
  'at',
  'despite',
  'even',
  'if',
  'unless',
]);

/** Upper-case the first letter. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
