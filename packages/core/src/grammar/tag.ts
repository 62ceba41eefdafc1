// A small part-of-speech tagger for the sentences the language rules read: closed classes by word, open
// classes by lexicon and morphology, the ambiguous ones (a base form that is also a noun, -ed forms, -s
// forms) by the words around them. Chosen over wink-nlp (with its English model) and compromise by measuring
// them on the labelled sentences (bench/taggers.mjs, bench/notes.md): a third of wink's time per word and no
// model to load, and where the two disagree on "is this a verb?" (3.4% of words) this tagger was right in 33
// of the 40 cases checked by hand (wink reads "restart", "update", "routing" as verbs, "re-ran" as a noun).
import type { Analysis } from '../people/detect.js';
import { isTimeWord, unpossess } from '../people/lexemes.js';
import { canBeVerb, isAdjective } from './lexicon.js';
import {
  ADVERBS,
  PARTICLES,
  BE,
  COORDINATORS,
  DETERMINERS,
  DO,
  ED_NOUNS,
  HAVE,
  INDEFINITE_PEOPLE,
  ING_NOUNS,
  IRREGULAR_BASES,
  IRREGULAR_FORMS,
  FREE_RELATIVES,
  LY_NOT_ADVERBS,
  MODALS,
  NEGATIONS,
  OBJECT_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  RELATIVES,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from './words.js';

/**
 * Penn-like tags, coarse: BE/HV/DO are the auxiliaries, NOT negation, CS a subordinator, X a masked span
 * (code, URL) that stands where a noun would, PUNCT anything that is not a word.
 */
export type Tag =
  | 'DT'
  | 'PRP$'
  | 'PRP'
  | 'WP'
  | 'MD'
  | 'BE'
  | 'HV'
  | 'DO'
  | 'NOT'
  | 'TO'
  | 'IN'
  | 'CC'
  | 'CS'
  | 'RB'
  | 'JJ'
  | 'NN'
  | 'NNS'
  | 'NNP'
  | 'VB'
  | 'VBZ'
  | 'VBD'
  | 'VBN'
  | 'VBG'
  | 'CD'
  | 'EX'
  | 'PUNCT'
  | 'X';

interface Tagged {
  tags: Tag[];
  /** Lower-case lemma of each verb form ("ran" -> "run", "deployed" -> "deploy"); '' for other words. */
  lemmas: string[];
  /** A pronoun with a contracted auxiliary ("it's", "we'd", "I've"): the auxiliary's tag. */
  contracted: Array<'BE' | 'HV' | 'MD' | undefined>;
}

const VERBAL = new Set<Tag>(['VB', 'VBZ', 'VBD', 'VBN', 'VBG']);
export const isVerb = (t: Tag | undefined): boolean => t !== undefined && VERBAL.has(t);
export const isNounTag = (t: Tag | undefined): boolean =>
  t === 'NN' || t === 'NNS' || t === 'NNP' || t === 'X' || t === 'CD';
const NP_BEFORE = new Set<Tag>(['DT', 'PRP$', 'JJ', 'CD', 'IN']);
const CLAUSE_PUNCT = /^[,;:()[\]—–"“”]$|^--$/u;

/** Undecided: noun or base verb, plural noun or -s verb, past or participle, and "that". */
type Open = 'NV' | 'NZ' | 'ED' | 'THAT' | 'AS' | 'ING' | Tag;

/** Clause state while tagging left to right. */
interface State {
  /** A finite verb already stands in the current clause. */
  finite: boolean;
  /** A relative clause is open ("the rule which had been amended by …") and has its finite verb. */
  relative: 'none' | 'open' | 'done';
  /** The sentence's top-level clause has its finite verb. */
  main: boolean;
}

/** Tag the lexemes of an analysed sentence. */
export function tagSentence(a: Analysis): Tagged {
  const lx = a.lx;
  const n = lx.length;
  const open: Open[] = new Array(n);
  const lemmas: string[] = new Array(n).fill('');
  const contracted: Tagged['contracted'] = new Array(n);
  for (let i = 0; i < n; i++) open[i] = lexical(a, i, lemmas, contracted);
  const tags: Tag[] = new Array(n);
  const st: State = { finite: false, relative: 'none', main: false };
  for (let i = 0; i < n; i++) {
    const o = open[i]!;
    let t: Tag;
    if (o === 'NV' || o === 'NZ' || o === 'ED' || o === 'THAT' || o === 'AS' || o === 'ING')
      t = resolve(a, tags, open, i, o, st);
    else t = o;
    tags[i] = t;
    const w = lx[i]!.lower;
    if (t === 'PUNCT' && CLAUSE_PUNCT.test(lx[i]!.text)) st.finite = false;
    else if (t === 'CC') st.finite = false;
    // A subordinate clause has its own subject and verb: "because the postdoc who looks after it renamed …".
    else if (t === 'CS') (st.finite = false), (st.main = false), (st.relative = 'none');
    else if (t === 'WP') (st.finite = false), (st.relative = 'open');
    else if (
      t === 'MD' ||
      t === 'VBD' ||
      t === 'VBZ' ||
      ((t === 'BE' || t === 'HV' || t === 'DO') && !/^(be|been|being|having|doing)$/.test(w)) ||
      contracted[i] ||
      (t === 'VB' && i > 0 && tags[i - 1] === 'PRP')
    ) {
      if (!st.finite) {
        if (st.relative === 'open') st.relative = 'done';
        else st.main = true;
      }
      st.finite = true;
    }
    if (isVerb(t) && !lemmas[i]) lemmas[i] = lemmaOf(w, t);
    // "The editor said the site collapsed": what is said is a clause of its own.
    if (
      isVerb(t) &&
      /^(say|tell|note|report|explain|claim|think|believe|confirm|suspect|assume|realise|realize|notice|find|discover|learn|know|feel|argue|add|state|write|mention|agree|suggest)$/.test(
        lemmas[i]!,
      )
    ) {
      st.finite = false;
      st.main = false;
    }
  }
  return { tags, lemmas, contracted };
}

function lexical(a: Analysis, i: number, lemmas: string[], contracted: Tagged['contracted']): Open {
  const t = a.lx[i]!;
  if (t.kind === 'masked') return 'X';
  if (t.kind === 'handle') return 'NNP';
  // "#4812": an issue or PR number, a name.
  if (t.text === '#' && a.lx[i + 1]?.spaceBefore === false && /^\d+$/.test(a.lx[i + 1]!.text)) return 'DT';
  if (t.kind !== 'word') return 'PUNCT';
  if (/^\d+$/.test(t.text) && a.lx[i - 1]?.text === '#' && !t.spaceBefore) return 'NNP';
  const w = t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower;
  const m = a.at(i);
  // "the CAN message", "the central IT team": an acronym in capitals, never the little word it spells.
  if (
    t.text !== t.lower &&
    /^\p{Lu}{2,}s?$/u.test(t.text) &&
    (MODALS.has(w) ||
      SUBJECT_PRONOUNS.has(w) ||
      OBJECT_PRONOUNS.has(w) ||
      PREPOSITIONS.has(w) ||
      COORDINATORS.has(w) ||
      DETERMINERS.has(w) ||
      BE.has(w) ||
      DO.has(w)) &&
    !(i === 0 && a.lx.every((x) => x.kind !== 'word' || x.text === x.text.toUpperCase()))
  )
    return 'NNP';
  if (m && m.kind === 'person') return 'NNP';
  if (m && m.kind === 'system' && m.first !== m.last) return 'NNP';
  // "14:02", "09:50 UTC": when, not what; a time and its zone are adverbials, never part of a noun phrase.
  const digit = startsWithDigit(w);
  if (digit && isTimeWord(t.text) && /[:.]/.test(t.text)) return 'RB';
  if (
    t.text !== t.lower &&
    i > 0 &&
    startsWithDigit(a.lx[i - 1]!.text) &&
    /^\p{Lu}{2,5}$/u.test(t.text) &&
    isTimeWord(a.lx[i - 1]!.text) &&
    /[:.]/.test(a.lx[i - 1]!.text)
  )
    return 'RB';
  if (digit || isTimeWord(t.text)) return 'CD';
  // Contractions of a pronoun and an auxiliary: "it's", "we're", "I've", "they'd", "we'll".
  const c = /^(i|we|you|he|she|it|they|that|there|what|who|this)'(s|re|m|ve|d|ll)$/.exec(w);
  if (c) {
    // "we'd waited" is "we had"; "we'd wait" is "we would".
    const nextW = a.lx[i + 1]?.lower ?? '';
    const participleNext = /ed$/.test(nextW) || IRREGULAR_FORMS.get(nextW)?.participle === true;
    contracted[i] =
      c[2] === 's' || c[2] === 're' || c[2] === 'm'
        ? 'BE'
        : c[2] === 've' || (c[2] === 'd' && participleNext)
          ? 'HV'
          : 'MD';
    return c[1] === 'there'
      ? 'EX'
      : c[1] === 'that' || c[1] === 'what' || c[1] === 'who' || c[1] === 'this'
        ? 'PRP'
        : 'PRP';
  }
  if (w === 'that') return 'THAT'; // determiner, relative or conjunction: by context
  // "should of course have", "in fact", "at least": adverbial pairs inside a clause.
  if (ADVERB_FIRST.get(w)?.has(a.lx[i + 1]?.lower ?? '') || ADVERB_SECOND.get(w)?.has(a.lx[i - 1]?.lower ?? ''))
    return 'RB';
  // "a more experienced engineer": a degree word before an adjective.
  if (
    /^(more|less|most|least)$/.test(w) &&
    a.lx[i + 1] &&
    (isAdjective(a.lx[i + 1]!.lower) || /(ed|ful|ous|ive|ible|able|ent|ant)$/.test(a.lx[i + 1]!.lower))
  )
    return 'RB';
  if (w === 'to') return toOrIn(a, i);
  if (w === 'as') return 'AS';
  if (w === 'there') return a.lx[i + 1] && BE.has(a.lx[i + 1]!.lower) ? 'EX' : 'RB';
  if (w === 'so') return /^(that|the|we|i|they|it|he|she|our|a|an|this)$/.test(a.lx[i + 1]?.lower ?? '') ? 'CS' : 'RB';
  if (w === 'no' && /^(one|longer)$/.test(a.lx[i + 1]?.lower ?? '')) return a.lx[i + 1]!.lower === 'one' ? 'NN' : 'NOT';
  if (w === 'longer' && a.lx[i - 1]?.lower === 'no') return 'NOT';
  if (NEGATIONS.has(w)) return 'NOT';
  if (MODALS.has(w)) return 'MD';
  if (BE.has(w)) return 'BE';
  if (HAVE.has(w)) return 'HV';
  if (DO.has(w)) return 'DO';
  // "This was on Aleksandr", "that came down to": a demonstrative standing alone is a pronoun.
  if (/^(this|these|those)$/.test(w) && !nounAhead(a, i + 1)) return 'PRP';
  if (DETERMINERS.has(w)) return 'DT';
  if (POSSESSIVE_PRONOUNS.has(w)) return 'PRP$';
  if (SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w)) return 'PRP';
  if (INDEFINITE_PEOPLE.has(w) || (m && m.kind === 'role'))
    return unpossess(w).possessive ? 'NNP' : w.endsWith('s') && w !== 'nobody' && w !== 'everybody' ? 'NNS' : 'NN';
  if (RELATIVES.has(w) || (w === 'why' && i > 0)) return 'WP';
  // "that's what took it down", "is why the tables locked": after a form of "be", a free relative.
  if (
    FREE_RELATIVES.has(w) &&
    i > 0 &&
    (BE.has(a.lx[i - 1]!.lower) ||
      (/['’]s$/.test(a.lx[i - 1]!.lower) && /^(that|this|it|which)/.test(a.lx[i - 1]!.lower)))
  )
    return 'WP';
  if (COORDINATORS.has(w)) return 'CC';
  // "looks after the workstation": a particle of the verb, not a conjunction.
  if (
    /^(after|over)$/.test(w) &&
    /^(look|looks|looked|looking|take|takes|took|taken|taking|go|goes|went|going|run|runs|ran|running|come|comes|came)$/.test(
      a.lx[i - 1]?.lower ?? '',
    )
  )
    return 'IN';
  if (SUBORDINATORS.has(w) && !(PREPOSITIONS.has(w) && !startsClause(a, i + 1))) return 'CS';
  if (PREPOSITIONS.has(w)) return 'IN';
  // "the first page", "the only option": after a determiner, an adjective.
  if (/^(offline|online)$/.test(w)) return 'RB';
  if (ADVERBS.has(w))
    return i > 0 &&
      ((DETERMINERS.has(a.lx[i - 1]!.lower) && !/^(that|which|what)$/.test(a.lx[i - 1]!.lower)) ||
        POSSESSIVE_PRONOUNS.has(a.lx[i - 1]!.lower))
      ? 'JJ'
      : 'RB';
  const irregular = IRREGULAR_FORMS.get(w) ?? (w.includes('-') ? IRREGULAR_FORMS.get(lastPart(w)) : undefined);
  if (irregular && !IRREGULAR_BASES.has(w) && !IRREGULAR_BASES.has(lastPart(w))) {
    lemmas[i] = w.includes('-') ? w.slice(0, w.lastIndexOf('-') + 1) + irregular.base : irregular.base;
    // "the broken endpoint", "a stolen key": after a determiner, an adjective.
    if (
      !irregular.past &&
      i > 0 &&
      ((DETERMINERS.has(a.lx[i - 1]!.lower) && a.lx[i - 1]!.lower !== 'that') ||
        POSSESSIVE_PRONOUNS.has(a.lx[i - 1]!.lower))
    )
      return 'JJ';
    return irregular.past && irregular.participle ? 'ED' : irregular.past ? 'VBD' : 'VBN';
  }
  if (/ed$/.test(w) && w.length > 3 && !ED_NOUNS.has(w)) return 'ED';
  if (/ing$/.test(w) && w.length > 4 && !ING_NOUNS.has(w)) return 'ING';
  // ("the nightly job", "a weekly report": after a determiner, an adjective.)
  if (/ly$/.test(w) && w.length > 3 && !LY_NOT_ADVERBS.has(w))
    return i > 0 &&
      ((DETERMINERS.has(a.lx[i - 1]!.lower) && !/^(that|which|what)$/.test(a.lx[i - 1]!.lower)) ||
        POSSESSIVE_PRONOUNS.has(a.lx[i - 1]!.lower)) &&
      nounAhead(a, i + 1)
      ? 'JJ'
      : 'RB';
  if (m && m.kind === 'system') return 'NNP';
  if (isAdjective(w) && !canBeVerb(w) && !(/^\p{Lu}/u.test(t.text) && i > 0)) return 'JJ';
  if (/^\p{Lu}/u.test(t.text) && i > 0 && !/^\p{Lu}+$/u.test(t.text) && !canBeVerb(w)) return 'NNP';
  if (
    canBeVerb(w) ||
    IRREGULAR_BASES.has(w) ||
    (w.includes('-') &&
      canBeVerb(lastPart(w)) &&
      /^(re|un|de|pre|over|under|mis|co|double|fat|hot|cold|dry|auto)-/.test(w))
  )
    return 'NV';
  if (w.endsWith('s') && !w.endsWith('ss')) {
    // "lies" <- lie, "fixes" <- fix, "carries" <- carry, "needs" <- need.
    const stems = [
      w.slice(0, -1),
      w.endsWith('es') ? w.slice(0, -2) : '',
      w.endsWith('ies') ? w.slice(0, -3) + 'y' : '',
    ].map(lastPart);
    if (stems.some((x) => x && (canBeVerb(x) || IRREGULAR_BASES.has(x)))) return 'NZ';
  }
  if (
    /(ous|ible|able|ful|less|ical)$/.test(w) &&
    w.length > 5 &&
    !/^(table|cable|label|fable|vegetable|variable|constable|bible)$/.test(w)
  )
    return 'JJ';
  return w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3 ? 'NNS' : 'NN';
}

const ADVERB_PAIRS = new Set([
  'of course',
  'in fact',
  'at least',
  'at all',
  'for sure',
  'for example',
  'in particular',
  'in turn',
  'at once',
  'by then',
  'so far',
  'as well',
]);
// Each pair's first word -> the second words it pairs with, and the reverse: "of", "in", "at" are among the
// commonest words, and a lookup builds no "of course" string for each of them.
const pairIndex = (from: 0 | 1): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const p of ADVERB_PAIRS) {
    const w = p.split(' ') as [string, string];
    let s = out.get(w[from]);
    if (!s) out.set(w[from], (s = new Set()));
    s.add(w[1 - from]!);
  }
  return out;
};
const ADVERB_FIRST = pairIndex(0);
const ADVERB_SECOND = pairIndex(1);
const startsWithDigit = (s: string): boolean => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

/** Does a noun (or adjective) follow, so that a determiner before it opens a noun phrase? */
function nounAhead(a: Analysis, i: number): boolean {
  const t = a.lx[i];
  if (!t || t.kind === 'punct' || t.kind === 'symbol') return false;
  if (t.kind !== 'word') return true;
  const w = t.lower.replace(/’/g, "'");
  if (
    MODALS.has(w) ||
    BE.has(w) ||
    HAVE.has(w) ||
    DO.has(w) ||
    NEGATIONS.has(w) ||
    (PREPOSITIONS.has(w) && w !== 'one') ||
    SUBORDINATORS.has(w) ||
    COORDINATORS.has(w) ||
    RELATIVES.has(w) ||
    w === 'that' ||
    w === 'to'
  )
    return false;
  if ((IRREGULAR_FORMS.has(w) && !IRREGULAR_BASES.has(w)) || (/ed$/.test(w) && !ED_NOUNS.has(w))) return false;
  if (ADVERBS.has(w) || (/ly$/.test(w) && !LY_NOT_ADVERBS.has(w))) return false;
  // "this starts the whole chain", "this takes down the service": a verb in -s before its object.
  if (
    /s$/.test(w) &&
    (canBeVerb(w.slice(0, -1)) || canBeVerb(w.replace(/es$/, ''))) &&
    /^(the|a|an|our|their|his|her|its|my|your|down|up|out|off|over|all|every)$/.test(a.lx[i + 1]?.lower ?? '')
  )
    return false;
  return true;
}

/** "to restart" (infinitive) or "to the gateway" (preposition), by the word after it. */
function toOrIn(a: Analysis, i: number): Open {
  const next = a.lx[i + 1];
  // "was put down to staff error", "comes down to Yuki": after a particle, a preposition.
  if (/^(down|up|back|over|through)$/.test(a.lx[i - 1]?.lower ?? '')) return 'IN';
  if (next?.kind !== 'word') return 'IN';
  const w = next.lower.replace(/’/g, "'");
  if (/^(be|have|not|never|also|then|just|quickly|immediately|manually|properly|fully|actually|always)$/.test(w))
    return 'TO';
  if (DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || /^\d/.test(w) || a.at(i + 1))
    return 'IN';
  if (/ly$/.test(w)) return 'TO';
  return canBeVerb(w) || IRREGULAR_BASES.has(w) || canBeVerb(lastPart(w)) ? 'TO' : 'IN';
}

/** "re-ran" -> "ran", "fat-fingered" -> "fingered": the part that inflects. */
const lastPart = (w: string): string => (w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w);

/** Does a clause (subject and verb) start at lexeme i? Used for "after"/"before"/"since" as conjunctions. */
function startsClause(a: Analysis, i: number): boolean {
  const t = a.lx[i];
  if (!t) return false;
  if (SUBJECT_PRONOUNS.has(t.lower) || /^(i|we|you|he|she|it|they)'/.test(t.lower)) return true;
  const m = a.at(i);
  if (m && (m.kind === 'person' || m.kind === 'role')) {
    const next = a.lx[m.last + 1];
    return (
      !!next &&
      (/ed$/.test(next.lower) ||
        IRREGULAR_FORMS.has(next.lower) ||
        BE.has(next.lower) ||
        HAVE.has(next.lower) ||
        MODALS.has(next.lower) ||
        DO.has(next.lower))
    );
  }
  return false;
}

/** Index of the first lexeme of the clause that holds i, from the tags decided so far. */
function clauseStart(tags: Tag[], lx: Analysis['lx'], i: number): number {
  let k = i - 1;
  while (k >= 0 && !(tags[k] === 'PUNCT' && CLAUSE_PUNCT.test(lx[k]!.text)) && tags[k] !== 'CS' && tags[k] !== 'CC')
    k--;
  return k + 1;
}

function prevWord(tags: Tag[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (tags[k] === 'RB' || tags[k] === 'NOT')) k--;
  return k;
}

/** No other verb candidate in the rest of the clause ("Responsibility for the outage rests with Diego."). */
function noVerbAhead(a: Analysis, open: Open[], i: number): boolean {
  for (let k = i + 1; k < a.lx.length; k++) {
    const o = open[k];
    if ((o === 'PUNCT' && /^[.;:!?,]$/.test(a.lx[k]!.text)) || o === 'CS' || o === 'WP' || o === 'THAT' || o === 'CC')
      return true;
    // "in all warehouses": a plural after a determiner, a preposition or an adjective is a noun.
    if (o === 'NZ' && /^(DT|PRP\$|IN|JJ|CD|TO)$/.test(String(open[k - 1]))) continue;
    if (o === 'MD' || o === 'BE' || o === 'HV' || o === 'DO' || o === 'ED' || o === 'VBD' || o === 'NZ' || o === 'VBZ')
      return false;
  }
  return true;
}

/** A "by" + agent ahead in the clause, before any other verb: the -ed form is a passive ("edits made directly on the server by …"). */
function byAgentAhead(a: Analysis, open: Open[], i: number): boolean {
  for (let k = i + 1; k < a.lx.length && k <= i + 9; k++) {
    const o = open[k];
    const w = a.lx[k]!.lower;
    if (
      (o === 'PUNCT' && /^[.,;:!?]$/.test(a.lx[k]!.text)) ||
      o === 'CS' ||
      o === 'WP' ||
      o === 'MD' ||
      o === 'BE' ||
      o === 'HV' ||
      o === 'ED' ||
      o === 'VBD'
    )
      return false;
    if (w === 'by')
      return (
        open[k + 1] !== 'VBG' &&
        open[k + 1] !== 'ING' &&
        !/^(mistake|accident|hand|default|design|error|now|then|far|itself|themselves)$/.test(a.lx[k + 1]?.lower ?? '')
      );
  }
  return false;
}

function resolve(
  a: Analysis,
  tags: Tag[],
  open: Open[],
  i: number,
  o: 'NV' | 'NZ' | 'ED' | 'THAT' | 'AS' | 'ING',
  st: State,
): Tag {
  const lx = a.lx;
  const w = lx[i]!.lower;
  const p = prevWord(tags, i);
  const pt = p >= 0 ? tags[p] : undefined;
  const pw = p >= 0 ? lx[p]!.lower : '';
  const next = open[i + 1];
  const possessiveBefore =
    p >= 0 &&
    lx[p]!.kind === 'word' &&
    unpossess(lx[p]!.text).possessive &&
    !/^(it|that|there|what|who|he|she)['’]s$/.test(pw);
  const finite = st.finite;
  if (o === 'ING') {
    // "our on-call tooling missed", "the monitoring failed": a noun inside a noun phrase that takes no object.
    const objectNext =
      next === 'DT' ||
      next === 'PRP$' ||
      next === 'PRP' ||
      next === 'NNP' ||
      next === 'CD' ||
      next === 'X' ||
      (next === 'IN' && /^(to|into|on|off|up|down|out|back|over)$/.test(lx[i + 1]!.lower));
    if (
      (pt === 'DT' ||
        pt === 'PRP$' ||
        pt === 'JJ' ||
        possessiveBefore ||
        (pt === 'NN' &&
          p === i - 1 &&
          tags[p - 1] !== undefined &&
          (tags[p - 1] === 'DT' || tags[p - 1] === 'PRP$'))) &&
      !objectNext
    )
      return 'NN';
    return 'VBG';
  }
  if (o === 'AS') {
    // "as a result of", "as the primary cause": a preposition; "as is now understood", "as Sam ran it": a clause.
    if (next === 'BE' || next === 'HV' || next === 'MD' || startsClause(a, i + 1)) return 'CS';
    if (
      next === 'DT' ||
      next === 'PRP$' ||
      next === 'NN' ||
      next === 'NNS' ||
      next === 'JJ' ||
      next === 'NNP' ||
      next === 'NV' ||
      next === 'NZ' ||
      next === 'CD' ||
      next === 'X'
    )
      return 'IN';
    return 'CS';
  }
  if (o === 'THAT') {
    // "the change that broke it" (relative), "found that the disk" (conjunction), "that change" (determiner).
    if (pt && (isNounTag(pt) || (pt === 'PRP' && /^(it|this|them)$/.test(pw)))) return 'WP';
    // "it was that modification which caused …": a cleft's focus, not "the problem was that the disk filled".
    if (
      pt === 'BE' &&
      (next === 'NN' || next === 'NV' || next === 'NNS') &&
      /^(which|who|that)$/.test(lx[i + 2]?.lower ?? '')
    )
      return 'DT';
    // "pushed that change, and …": a noun after it that is no clause's subject makes it a determiner.
    const after2 = open[i + 2];
    if (
      pt &&
      isVerb(pt) &&
      (next === 'NN' || next === 'NV' || next === 'NNS') &&
      !(
        after2 === 'MD' ||
        after2 === 'BE' ||
        after2 === 'HV' ||
        after2 === 'DO' ||
        after2 === 'VBD' ||
        after2 === 'ED' ||
        after2 === 'NZ' ||
        after2 === 'VBZ'
      )
    )
      return 'DT';
    if (pt && (isVerb(pt) || pt === 'JJ' || pt === 'BE' || pw === 'so' || pw === 'such')) return 'CS';
    if (next === 'NN' || next === 'NNS' || next === 'NV' || next === 'NZ' || next === 'JJ' || next === 'NNP')
      return 'DT';
    return 'PRP';
  }
  if (o === 'ED') {
    if (pt === 'BE' || pt === 'HV' || /^(get|got|gets|getting|gotten|been)$/.test(pw)) return 'VBN';
    if (pt === 'DT' || pt === 'PRP$' || pt === 'JJ' || possessiveBefore) return 'JJ';
    if (pt === 'CD' && (next === 'NN' || next === 'NNS' || next === 'NZ' || next === 'NV')) return 'JJ';
    // "took ranked queues down": an -ed form between a verb and its object's noun describes the noun.
    if (pt && isVerb(pt) && p === i - 1 && (next === 'NN' || next === 'NNS' || next === 'NZ' || next === 'NNP'))
      return 'JJ';
    // "despite repeated requests", "with increased latency": an adjective after a preposition.
    if (
      pt === 'IN' &&
      p === i - 1 &&
      (next === 'NN' || next === 'NNS' || next === 'NV' || next === 'NZ' || next === 'JJ')
    )
      return 'JJ';
    const afterNoun = pt !== undefined && (isNounTag(pt) || (pt === 'PRP' && !SUBJECT_PRONOUNS.has(pw)));
    // "A firmware rollout that @mkowalczyk started bricked …": the verb of an open relative clause.
    if (afterNoun && st.relative === 'open' && !finite && !byAgentAhead(a, open, i)) return 'VBD';
    // "The individual concerned removed …": of two -ed forms after a noun, the first describes it.
    if (afterNoun && !finite && (next === 'ED' || next === 'VBD') && !(pt === 'PRP')) return 'VBN';
    if (afterNoun && byAgentAhead(a, open, i)) return 'VBN';
    // "A rule which had been amended by @h the day before blocked …": the relative clause is over.
    if (afterNoun && st.relative === 'done' && !st.main) return 'VBD';
    if (finite && afterNoun) return 'VBN';
    // "was deleted and recreated by …" shares the passive; "was half-assed and missed the bug" has an object.
    if (
      pt === 'CC' &&
      p > 0 &&
      tags[prevWord(tags, p)] === 'VBN' &&
      !(next === 'DT' || next === 'PRP$' || next === 'NNP' || next === 'PRP')
    )
      return 'VBN';
    return 'VBD';
  }
  if (o === 'NV') {
    // "Had the reviewer run the tests, …": an inverted auxiliary at the start; the form after its subject is a participle.
    if (
      pt &&
      isNounTag(pt) &&
      IRREGULAR_FORMS.get(w)?.participle &&
      /^(had|has|have)$/.test(lx[clauseStart(tags, lx, i)]?.lower ?? '')
    )
      return 'VBN';
    // "should have run", "had read": an irregular participle that is also a base form.
    if ((pt === 'HV' || pt === 'BE') && IRREGULAR_FORMS.get(w)?.participle) return 'VBN';
    if (pt === 'MD' || pt === 'TO' || (pt === 'DO' && !/^(done|doing)$/.test(pw))) return 'VB';
    // "the rule that cut the cabinets off": the verb of a relative clause.
    if (pt === 'WP' && !finite) return IRREGULAR_FORMS.get(w)?.past ? 'VBD' : 'VB';
    // "The registrar who bulk-cancelled the orders set off the cascade": the main verb after a relative clause.
    if (st.relative === 'done' && !st.main && pt && isNounTag(pt) && IRREGULAR_FORMS.get(w)?.past) return 'VBD';
    if (pt === 'PRP' && SUBJECT_PRONOUNS.has(pw) && !finite) return 'VB';
    if (pt && (NP_BEFORE.has(pt) || possessiveBefore)) return 'NN';
    if (pt === 'CC' && p > 0 && tags[prevWord(tags, p)] === 'VB') return 'VB';
    // "A sloppy review let the change through", "Sam put the node in maintenance": a verb after a subject, before its object.
    const objectAhead = (o: Open | undefined): boolean =>
      o === 'DT' || o === 'PRP$' || o === 'PRP' || o === 'NNP' || o === 'X' || o === 'CD';
    if (
      !finite &&
      pt &&
      ((isNounTag(pt) && pt !== 'CD') || (pt === 'PRP' && SUBJECT_PRONOUNS.has(pw))) &&
      IRREGULAR_FORMS.get(w)?.past &&
      (objectAhead(next) || (next === 'IN' && PARTICLES.has(lx[i + 1]!.lower) && objectAhead(open[i + 2])))
    )
      return 'VBD';
    // "Developers keep ignoring the warnings", "the on-call engineers rotate weekly": a present-tense verb.
    if (
      !finite &&
      pt &&
      (pt === 'NNS' || (pt === 'NNP' && /s$/.test(pw))) &&
      (next === 'ING' || next === 'VBG' || next === 'TO' || next === 'DT' || next === 'PRP$' || next === 'RB')
    )
      return 'VB';
    // "nobody from the Kavach team look at the diff": a present verb after a subject, before its preposition.
    if (
      !finite &&
      pt &&
      isNounTag(pt) &&
      next === 'IN' &&
      PARTICLES.has(lx[i + 1]!.lower) === false &&
      /^(at|into|for|after|over|up|through)$/.test(lx[i + 1]!.lower) &&
      noVerbAhead(a, open, i)
    )
      return 'VB';
    // "Add a check", "- Restart the pod": an imperative opens the sentence or a list item.
    // (Not "Service desk should have …": a noun and then a verb make a subject.)
    const after2 = open[i + 2];
    const subjectThenVerb =
      (next === 'NN' || next === 'NV') &&
      (after2 === 'MD' ||
        after2 === 'BE' ||
        after2 === 'HV' ||
        after2 === 'DO' ||
        after2 === 'ED' ||
        after2 === 'VBD' ||
        after2 === 'NZ');
    if (
      (p < 0 || (pt === 'PUNCT' && /^[:;(—–-]$/.test(lx[p]!.text))) &&
      !subjectThenVerb &&
      (next === 'DT' ||
        next === 'PRP$' ||
        next === 'X' ||
        next === 'NNP' ||
        next === 'CD' ||
        next === 'NN' ||
        next === 'NNS' ||
        next === 'JJ')
    )
      return 'VB';
    return 'NN';
  }
  // 'NZ': a plural noun or a verb in the third person singular ("the deploy pushes config", "the DNS records for").
  // ("test bench 7 goes back to …": a number that labels a noun ends the phrase.)
  const labelNumber = pt === 'CD' && p > 0 && (tags[p - 1] === 'NN' || tags[p - 1] === 'NNP');
  if (pt && ((NP_BEFORE.has(pt) && !labelNumber) || possessiveBefore)) return 'NNS';
  // "acknowledges the page and then simply forgets about it": coordinated with a verb of the same form.
  if (
    (pt === 'CC' && p > 0 && tags[prevWord(tags, p)] === 'VBZ') ||
    (pt === 'CC' && p > 0 && isVerb(tags[prevWord(tags, p)]) && next !== 'NN')
  )
    return 'VBZ';
  // "acknowledges the page and then simply forgets about it": the clause before the coordinator has a verb in -s.
  if (pt === 'CC' && p > 0 && !(next === 'NV' || next === 'NZ' || next === 'BE' || next === 'MD')) {
    for (let k = p - 1; k >= 0 && !(tags[k] === 'PUNCT' && /^[.;:!?]$/.test(lx[k]!.text)); k--) {
      if (tags[k] === 'VBZ') return 'VBZ';
      if (isVerb(tags[k]) || tags[k] === 'CC' || tags[k] === 'CS') break;
    }
  }
  // "what blocks the traffic", "which causes the outage": a relative pronoun's verb.
  if (pt === 'WP' && !finite) return 'VBZ';
  const subjectBefore =
    pt &&
    (isNounTag(pt) ||
      labelNumber ||
      (pt === 'PRP' && /^(he|she|it|this|that|who)$/.test(pw)) ||
      (pt === 'PUNCT' && /^[),]$/.test(lx[p]!.text) && p > 0 && isNounTag(tags[p - 1])));
  // "… deploys a debug build and the label printing stops.": in present-tense narration, a clause of its own
  // after "and" whose last word is the verb.
  if (
    !finite &&
    subjectBefore &&
    next === 'PUNCT' &&
    /^[.!?;]$/.test(lx[i + 1]!.text) &&
    presentClauseAfterAnd(tags, p)
  )
    return 'VBZ';
  // "writing uncompressed BAM intermediates, …": at the end of a clause, after a compound, a plural noun.
  if (next === 'PUNCT' && p > 0 && (tags[p - 1] === 'JJ' || tags[p - 1] === 'NN' || tags[p - 1] === 'NNP'))
    return 'NNS';
  if (!finite && subjectBefore) {
    // "Kwabena gets deploy access": after a person's name it is the verb, whatever follows.
    if (a.at(p)?.kind === 'person' && !(next === 'MD' || next === 'BE' || next === 'HV' || next === 'DO')) return 'VBZ';
    // "error logs show …": the next word is the verb, this one a noun of the compound.
    if (
      next === 'NV' ||
      next === 'NZ' ||
      next === 'ED' ||
      next === 'VBD' ||
      next === 'MD' ||
      next === 'BE' ||
      next === 'HV' ||
      next === 'DO'
    )
      return 'NNS';
    if (
      next === 'DT' ||
      next === 'PRP$' ||
      next === 'CD' ||
      next === 'X' ||
      next === 'NNP' ||
      next === 'PRP' ||
      next === 'RB' ||
      next === 'TO' ||
      next === 'NOT' ||
      next === 'THAT' ||
      (next === 'IN' && PARTICLES.has(lx[i + 1]!.lower)) ||
      noVerbAhead(a, open, i)
    )
      return 'VBZ';
  }
  return 'NNS';
}

/** Lemma of a verb form: irregulars by table, regular ones by stripping the ending and checking the lexicon. */
function lemmaOf(w: string, tag: Tag): string {
  // "misrouted" -> misroute, "re-ran" -> re-run: a prefix on a verb the lexicon knows.
  const prefix = /^(mis|re|un|over|under|pre|de|double-|re-|co-)(?=[a-z]{3})/.exec(w)?.[0];
  if (prefix) {
    const rest = lemmaOf(w.slice(prefix.length), tag);
    if (canBeVerb(rest) || IRREGULAR_BASES.has(rest)) {
      const whole = prefix + rest;
      return canBeVerb(whole) || !canBeVerb(lemmaOfPlain(w, tag)) ? whole : lemmaOfPlain(w, tag);
    }
  }
  return lemmaOfPlain(w, tag);
}

function lemmaOfPlain(w: string, tag: Tag): string {
  // "bulk-cancelled" -> bulk-cancel: the part that inflects.
  if (w.includes('-') && !IRREGULAR_FORMS.has(w)) {
    const cut = w.lastIndexOf('-') + 1;
    return w.slice(0, cut) + lemmaOfPlain(w.slice(cut), tag);
  }
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular && tag !== 'VB') return irregular.base;
  if (tag === 'VBD' || tag === 'VBN' || tag === 'JJ') {
    if (!w.endsWith('ed')) return w;
    const stem = w.slice(0, -2);
    if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
    // ("routed" is route, not rout; "hoped" hope, not hop: with both, the -e form.)
    if (canBeVerb(stem + 'e')) return stem + 'e';
    if (/([bdgklmnprtz])\1$/.test(stem) && canBeVerb(stem.slice(0, -1))) return stem.slice(0, -1);
    if (canBeVerb(stem)) return stem;
    if (canBeVerb(w.slice(0, -1))) return w.slice(0, -1);
    return /(at|iz|is|us|ur|v|c|g)$/.test(stem) ? stem + 'e' : stem;
  }
  if (tag === 'VBG') {
    const stem = w.slice(0, -3);
    if (canBeVerb(stem)) return stem;
    if (canBeVerb(stem + 'e')) return stem + 'e';
    if (/([bdgklmnprtz])\1$/.test(stem)) return stem.slice(0, -1);
    return stem;
  }
  if (tag === 'VBZ') {
    for (const x of [
      w.slice(0, -1),
      w.endsWith('es') ? w.slice(0, -2) : '',
      w.endsWith('ies') ? w.slice(0, -3) + 'y' : '',
    ])
      if (x && (canBeVerb(x) || IRREGULAR_BASES.has(x))) return x;
    return w.replace(/s$/, '');
  }
  return w;
}

/** Does the noun phrase ending at p open a clause after "and" ("and the label printing") that follows a verb in -s? */
function presentClauseAfterAnd(tags: Tag[], p: number): boolean {
  let k = p;
  while (k > 0 && (isNounTag(tags[k]) || tags[k] === 'JJ')) k--;
  if (!(tags[k] === 'DT' || tags[k] === 'PRP$') || tags[k - 1] !== 'CC') return false;
  for (let j = k - 2; j >= 0; j--) {
    if (tags[j] === 'VBZ') return true;
    if (tags[j] === 'VBD' || tags[j] === 'CS' || tags[j] === 'PUNCT') return false;
  }
  return false;
}
