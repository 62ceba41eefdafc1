import { agentOf, clauseStart, isHuman, type Analysis, type Mention } from '../people/index.js';
import type { CheckKind, FindingSuggestion } from './types.js';
import { capitalise, clauseEnd, compilePhrases, findPhrases, isQuoted, negatedBefore, proseSentences, textOf, type Phrase } from './prose.js';

interface Params {
  /** Verbs that judge only with a person, role or team as agent, by the shape of their rewrite. */
  verbs: { infinitive: string[]; object: string[]; bypass: string[] };
  /** Verbs that describe, not judge, when the sentence gives the reason ("skipped step 4 because it did not apply"). */
  justifiable: string[];
  /** Phrases that judge a person wherever they stand ("dropped the ball", "poor judgment"). */
  phrases: string[];
  /** Adjectives, adverbs and nouns that judge people ("careless", "negligence"). */
  adjectives: string[];
  /** Adjectives that judge only when they describe a person ("lazy", not "lazy loading"). */
  personAdjectives: string[];
  /** Nouns after an adjective that make it a technical term ("lazy loading", "sloppy quorum"). */
  technicalAfter: string[];
  /** Nouns for people's work: "a careless change" judges its author, "a careless default" describes a system. */
  humanWork: string[];
  /** Blame words that judge only next to a person ("Sam's fault", "mistake by @kim", "Priya is to blame"). */
  blame: string[];
  /** Words after a blame word that make it a topic ("blame culture", "blame game"). */
  notBlameBefore: string[];
  rewrites: { infinitive: string; object: string; bypass: string; judgment: string };
}

type Compiled = { infinitive: Phrase[]; object: Phrase[]; bypass: Phrase[]; phrases: Phrase[]; adjectives: Set<string>; person: Set<string>; tech: Set<string>; work: Set<string>; blame: Phrase[]; notBlame: Set<string> };
const cache = new WeakMap<object, Compiled>();

const humanMention = isHuman;

/** "Carelessness was not a factor": a negation right after the word. */
function negatedAfter(a: Analysis, i: number): boolean {
  const w = a.lx.slice(i + 1, i + 4).map((t) => t.lower);
  return /^(was|is|were|are|wasn't|isn't|weren't|aren't)$/.test(w[0] ?? '') && (/n't$/.test(w[0]!) || w[1] === 'not' || w[1] === 'never');
}

/**
 * `agent-blame`: words that judge people. Verbs such as "failed to", "missed", "ignored" judge only when
 * their agent is a person, role or team ("the alert failed to fire" is a fact about a system); adjectives
 * such as "careless" judge wherever they stand unless negated; blame words judge next to a person.
 */
export const agentBlame: CheckKind = {
  name: 'agent-blame',
  params: { type: 'object', additionalProperties: false, required: ['verbs', 'justifiable', 'phrases', 'adjectives', 'personAdjectives', 'technicalAfter', 'humanWork', 'blame', 'notBlameBefore', 'rewrites'], properties: {
    verbs: { type: 'object' }, justifiable: { type: 'array' }, phrases: { type: 'array' }, adjectives: { type: 'array' }, personAdjectives: { type: 'array' },
    technicalAfter: { type: 'array' }, humanWork: { type: 'array' }, blame: { type: 'array' }, notBlameBefore: { type: 'array' }, rewrites: { type: 'object' },
  } },
  run(ctx) {
    const p = ctx.rule.params as unknown as Params;
    let c = cache.get(p);
    if (!c) {
      c = {
        infinitive: compilePhrases(p.verbs.infinitive), object: compilePhrases(p.verbs.object), bypass: compilePhrases(p.verbs.bypass),
        phrases: compilePhrases(p.phrases), adjectives: new Set(p.adjectives), person: new Set(p.personAdjectives),
        tech: new Set(p.technicalAfter), work: new Set(p.humanWork), blame: compilePhrases(p.blame), notBlame: new Set(p.notBlameBefore),
      };
      cache.set(p, c);
    }
    const src = ctx.doc.text;
    for (const { a } of proseSentences(ctx)) {
      const taken: Array<[number, number]> = [];
      const report = (first: number, last: number, suggestions: FindingSuggestion[]): void => {
        if (taken.some(([f, l]) => first <= l && last >= f) || isQuoted(a, first)) return;
        taken.push([first, last]);
        ctx.report({ start: a.lx[first]!.start, end: a.lx[last]!.end, suggestions });
      };
      const judgment = [{ description: p.rewrites.judgment }];
      for (const m of findPhrases(a, c.phrases)) if (!negatedBefore(a, m.first, 4)) report(m.first, m.last, judgment);
      for (const [kind, list] of [['infinitive', c.infinitive], ['object', c.object], ['bypass', c.bypass]] as const) {
        for (const m of findPhrases(a, list)) {
          const agent = agentOf(a, m.first, m.last);
          if (!agent?.human || negatedBefore(a, m.first, 2)) continue;
          if (/^(nothing|none|no|neither)$/.test(a.lx[m.last + 1]?.lower ?? '')) continue; // "ignored nothing"
          if (p.justifiable.includes(m.phrase.text) && a.lx.slice(m.last + 1).some((t) => /^(because|since|as)$/.test(t.lower))) continue;
          report(m.first, m.last, verbRewrite(src, a, kind, m.last, agent.passive, p, judgment));
        }
      }
      for (let i = 0; i < a.lx.length; i++) {
        const t = a.lx[i]!;
        if (t.kind !== 'word' || !(c.adjectives.has(t.lower) || c.person.has(t.lower))) continue;
        const next = a.lx[i + 1];
        if (next?.kind === 'word' && c.tech.has(next.lower)) continue;
        if (negatedBefore(a, i, 4) || negatedAfter(a, i)) continue;
        if (c.person.has(t.lower) && !describesPerson(a, i)) continue;
        if (!describesPeopleOrTheirWork(a, i, c.work)) continue;
        report(i, i, judgment);
      }
      for (const m of findPhrases(a, c.blame)) {
        if (negatedBefore(a, m.first, 4) || negatedAfter(a, m.last) || a.lx[m.first - 1]?.lower === 'git') continue;
        if (c.notBlame.has(a.lx[m.last + 1]?.lower ?? '')) continue;
        if (nextToPerson(a, m.first, m.last)) report(m.first, m.last, judgment);
      }
    }
  },
};

/**
 * Judging adjectives describe people or their work: "a careless change", "Sam was careless", "carelessly applied",
 * "negligence"; not "a careless default in the SDK" or "the config was sloppy" (a system described).
 */
function describesPeopleOrTheirWork(a: Analysis, i: number, work: Set<string>): boolean {
  const w = a.lx[i]!.lower;
  if (/(ly|ness|ence|ity|ion|cy)$/.test(w)) return true; // adverbs and nouns name conduct wherever they stand
  const next = a.lx[i + 1];
  const attributive = next?.kind === 'word' && !/^(to|with|about|in|on|when|and|or|but|of|for|during|at|by|enough|here|there)$/.test(next.lower);
  if (attributive) return humanMention(a.at(i + 1)) || work.has(next.lower);
  // Predicative: "X was careless". A thing as X describes a system; "it was careless to …" is about people.
  let k = i - 1;
  while (k >= 0 && /^(so|very|too|really|just|quite|rather|extremely|a|bit|little|pretty|being|been)$/.test(a.lx[k]!.lower)) k--;
  if (k < 0 || !/^(was|were|is|are|be|seemed|seems|looked|looks)$/.test(a.lx[k]!.lower)) return true;
  const subject = agentOf(a, k);
  if (!subject || subject.human || /^(it|this|that)$/.test(a.lx[subject.last]?.lower ?? '')) return true;
  // "The DBA who built the replica was negligent": the clause opens with the person the relative clause describes.
  let s0 = clauseStart(a, k);
  while (a.lx[s0] && /^(the|a|an|our|their)$/.test(a.lx[s0]!.lower)) s0++;
  return humanMention(a.at(s0));
}

/** "Sam was lazy", "a lazy engineer": the adjective's subject or noun is a person ("for lazy people" names nobody). */
function describesPerson(a: Analysis, i: number): boolean {
  if (specific(a.at(i + 1))) return true;
  let k = i - 1;
  while (k >= 0 && /^(was|were|is|are|being|been|so|very|too|really|just|quite|a|an|bit|little|pretty|rather|extremely)$/.test(a.lx[k]!.lower)) k--;
  return k < i - 1 && specific(a.at(k));
}

/** A specific person, not "someone" or "anyone" in general. */
const specific = (m: Mention | undefined): boolean => humanMention(m) && !/^(some|any|every|no)(one|body)(['’]s)?$|^people$/i.test(m!.text);

/** A person owns or is the target of a blame word: "Sam's fault", "mistake by @kim", "blamed the on-call", "Priya is to blame". */
function nextToPerson(a: Analysis, first: number, last: number): boolean {
  const before = a.at(first - 1);
  if (before && specific(before) && before.possessive) return true;
  let k = last + 1;
  while (a.lx[k] && /^(the|a|an|on|with|of|by)$/.test(a.lx[k]!.lower)) k++;
  if (specific(a.at(k))) return true;
  // "Blame for the outage lies with Chen": the person comes at the end of the clause.
  for (let j = last + 1; j < a.lx.length - 1 && a.lx[j]!.kind !== 'punct'; j++) {
    if (/^(with|on)$/.test(a.lx[j]!.lower) && /^(lies|rests|lay|rested|falls|fell|is|was)$/.test(a.lx[j - 1]!.lower)) {
      let n = j + 1;
      while (a.lx[n] && /^(the|a|an)$/.test(a.lx[n]!.lower)) n++;
      if (specific(a.at(n))) return true;
    }
  }
  const agent = agentOf(a, first);
  return agent?.human === true && specific(agent.mention);
}

function verbRewrite(src: string, a: Analysis, kind: 'infinitive' | 'object' | 'bypass', last: number, passive: boolean, p: Params, judgment: FindingSuggestion[]): FindingSuggestion[] {
  if (passive) return judgment;
  let from = last + 1;
  if (kind === 'infinitive' && a.lx[from]?.lower === 'to') from++;
  const w = a.lx[from];
  if (!w || w.kind === 'punct') return judgment;
  const end = clauseEnd(a, from, kind === 'infinitive' ? undefined : OBJECT_STOPS);
  const words = textOf(src, a, from, end);
  const description = p.rewrites[kind].replace('{rest}', words).replace('{Rest}', capitalise(words));
  return [{ description }, ...judgment];
}

const OBJECT_STOPS = new Set(['because', 'since', 'when', 'while', 'after', 'before', 'until', 'and', 'but', 'so', 'which', 'for', 'during', 'at', 'in', 'on', 'by', 'despite', 'even', 'if', 'unless', 'although', 'though', 'that', 'twice', 'again', 'entirely', 'completely']);
