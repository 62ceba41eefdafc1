// The clause model for the language check kinds: each candidate sentence parsed once (grammar/parse.ts) and
// shared by every rule that reads it, plus the questions the rules ask of it ("who is behind this noun
// phrase?", "is this predicate one of these verbs?").
import type { Sentence } from '../document/types.js';
import {
  actionVerbOf,
  agentKind,
  isDeed,
  isPeopleKind,
  isWorkNoun,
  kindWithAppositive,
  referent,
  type AgentKind,
} from '../grammar/agents.js';
import { parseSentence, type Parse, type Phrase, type Predicate } from '../grammar/parse.js';
import type { Analysis, PeopleOptions } from '../people/index.js';
import { proseSentences, type ProseSentence } from './prose.js';
import type { CheckContext } from './types.js';
import type { RuleData } from '../rules/types.js';
import { triggersOf } from './index.js';
import { isPersonNoun } from '../grammar/lexicon.js';
import { unpossess } from '../people/lexemes.js';

export interface ClauseSentence extends ProseSentence {
  parse: Parse;
  /** The sentence before it in the same block, for "this" and "it" that point back. */
  previous?: Parse;
}

// One parse per sentence object and people options: the three language rules read the same sentences.
const parses = new WeakMap<Sentence, { options: PeopleOptions; analysis: Analysis; parse: Parse }>();

export function parseOf(a: Analysis, options: PeopleOptions): Parse {
  const hit = parses.get(a.sentence);
  if (hit && hit.options === options && hit.analysis.mentions.length === a.mentions.length) return hit.parse;
  const parse = parseSentence(a);
  parses.set(a.sentence, { options, analysis: a, parse });
  return parse;
}

/**
 * Every candidate sentence with its parse. The candidate scan lets a block through when any of the rule's
 * trigger words is in it; here each sentence must hold one itself (the parse is the cost, and most sentences
 * of a candidate block have none), and `needs` may ask more of it. `previous` is the parse of the sentence
 * before, when that one was read too.
 */
export function* clauseSentences(
  ctx: CheckContext,
  options: PeopleOptions,
  needs?: (a: Analysis, before: () => Analysis | undefined) => boolean,
): Generator<ClauseSentence> {
  for (const s of proseSentences(ctx, triggered(ctx))) {
    if (needs && !needs(s.a, s.before)) continue;
    // The sentence before, for "this" and "it" that point back at what it says.
    const before = s.a.lx.some((t) => ANAPHORS.has(t.lower)) ? s.before() : undefined;
    // (Spelled out, not spread: this runs for every sentence of every clause rule.)
    yield {
      a: s.a,
      block: s.block,
      section: s.section,
      before: s.before,
      parse: parseOf(s.a, options),
      previous: before && parseOf(before, options),
    };
  }
}
const ANAPHORS = new Set([
  'this',
  'that',
  'it',
  'these',
  'those',
  'which',
  'they',
  'them',
  'he',
  'she',
  'him',
  'her',
  'his',
  'their',
  'its',
  "it's",
  'it’s',
  "that's",
  'that’s',
]);

/** Does a sentence hold one of the rule's trigger words? The sentence-level form of the candidate scan. */
export function triggered(ctx: CheckContext): (sentence: Sentence) => boolean {
  const triggers = triggerSet(ctx.rule);
  return (sentence) => hasTrigger(sentence, triggers);
}

interface Triggers {
  words: Set<string>;
  prefixes: string[];
}
const triggerSets = new WeakMap<RuleData, Triggers>();

function triggerSet(rule: RuleData): Triggers {
  let t = triggerSets.get(rule);
  if (!t) {
    const all = triggersOf(rule);
    triggerSets.set(
      rule,
      (t = {
        words: new Set(all.filter((w) => !w.endsWith('*'))),
        prefixes: all.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
      }),
    );
  }
  return t;
}

/** Does the sentence hold one of the rule's trigger words (as the candidate scan splits words)? */
function hasTrigger(sentence: Sentence, t: Triggers): boolean {
  if (t.words.size === 0 && t.prefixes.length === 0) return true;
  for (const w of scanWordsOf(sentence)) {
    if (t.words.has(w)) return true;
    for (const p of t.prefixes) if (w.startsWith(p)) return true;
  }
  return false;
}

// A sentence's words as the scan splits them, once for every rule that asks.
const scanWordsCache = new WeakMap<Sentence, string[]>();
function scanWordsOf(sentence: Sentence): string[] {
  let out = scanWordsCache.get(sentence);
  if (!out) {
    out = [];
    for (const x of sentence.words) {
      const lower = x.text.toLowerCase();
      if (PLAIN.test(lower)) out.push(lower);
      else for (const w of lower.match(WORD) ?? []) out.push(w.includes('’') ? w.replace(/’/g, "'") : w);
    }
    scanWordsCache.set(sentence, out);
  }
  return out;
}
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const PLAIN = /^[a-z]+$/;

/**
 * Could a sentence name one person (a name, a role, "I", "someone")? A person or role mention, or a word that
 * names one without being detected as a mention ("someone", "the head of …"). A rule that only ever names
 * persons reads no sentence without one, unless the sentence before has one ("This caused the outage").
 */
export function mayNamePerson(a: Analysis, before: () => Analysis | undefined): boolean {
  // ("the crew scheduler": a team's word before a role noun the lexicon gives to software.)
  const cue = (x: Analysis): boolean =>
    x.mentions.some(
      (m) =>
        m.kind === 'person' ||
        m.kind === 'role' ||
        (m.kind === 'pronoun' && (m.human || /^(i|me|my|i'm|i've|i'd)$/i.test(m.text))) ||
        (m.kind === 'team' && /(er|or)s?$/.test(x.lx[m.last + 1]?.lower ?? '')),
    ) || x.lx.some((t) => t.kind === 'handle' || PERSON_WORDS.test(t.lower) || isPersonNoun(unpossess(t.lower).base));
  if (cue(a)) return true;
  const b = before();
  return !!b && cue(b);
}
const PERSON_WORDS =
  /^(i|me|my|he|she|him|her|his|they|them|someone|somebody|anyone|anybody|nobody|no-one|whoever|head|leader|shift|desk|helpdesk|noc|soc)$/;

/** A person (or people) behind a noun phrase, with the phrase that names them and the parse it is in. */
export interface Doer {
  parse: Parse;
  np: Phrase;
  kind: AgentKind;
}

/**
 * Who is behind a noun phrase: the phrase itself when it names people; else the owner of a possessive
 * ("Priya's change"), the agent of a relative clause or participle on it ("a change implemented by Priya",
 * "the migration that @h ran"), or the agent of the action an anaphor points back at ("this restart", "it").
 */
export function doerOf(parse: Parse, np: Phrase | undefined, previous?: Parse, depth = 0): Doer | undefined {
  if (!np || depth > 3) return undefined;
  const kind = kindWithAppositive(parse, np);
  if (isPeopleKind(kind))
    return { parse, np: np.appositive && !isPeopleKind(agentKind(parse, np)) ? np.appositive : np, kind };
  // "Priya's change", "the DBA's manual failover"; not "Tony's token", "their node".
  if (np.owner && isWorkNoun(parse.a.lx[np.head]!.lower)) {
    const owner = doerOf(parse, np.owner, previous, depth + 1);
    if (owner) return owner;
  }
  for (const r of np.rel) {
    if (r.passive && r.agent && r.agent !== np) {
      const d = doerOf(parse, r.agent, previous, depth + 1);
      if (d) return d;
    }
    // "the deploy that Sam ran": the relative's subject acted on the antecedent.
    if (!r.passive && r.object === np && r.subject && r.subject !== np) {
      const d = doerOf(parse, r.subject, previous, depth + 1);
      if (d) return d;
    }
  }
  // "edits by one of our developers", "the change of Rafael Oliveira", "the cron edit of @kasia".
  if (
    np.pp &&
    /^(by|from|of)$/.test(np.pp.prep) &&
    isWorkNoun(parse.a.lx[np.head]!.lower) &&
    (np.pp.prep !== 'of' || isPeopleKind(agentKind(parse, np.pp.np)))
  ) {
    const d = doerOf(parse, np.pp.np, previous, depth + 1);
    if (d) return d;
  }
  // A relative clause may hang on the noun of a prepositional phrase ("a change to the gateway which had been
  // implemented by Priya"): the clause still says who made the change.
  if (np.pp && depth < 2) {
    for (const r of np.pp.np.rel)
      if (r.passive && r.agent && isDeed(r.lemma)) {
        const d = doerOf(parse, r.agent, previous, depth + 1);
        if (d) return d;
      }
  }
  // "I deployed the rotation which revoked the certificate": the thing a person put in place.
  const made = parse.preds.find(
    (x) =>
      x.object === np &&
      !x.passive &&
      x.kind !== 'infinitive' &&
      (isDeed(x.lemma) || /^(start|begin|kick|get|keep)$/.test(x.lemma)) &&
      !UNDOING.test(x.lemma) &&
      x.agent &&
      x.agent !== np,
  );
  if (made && depth < 2) {
    const d = doerOf(parse, made.agent, previous, depth + 1);
    if (d) return d;
  }
  // "Oluwaseun pushed that change, and it took the pipeline down": "it" is what the clause before acted on.
  if (parse.a.lx[np.head]!.lower === 'it' && np.first === np.last && depth < 2) {
    const before = [...parse.preds]
      .reverse()
      .find((x) => x.last < np.first && x.object && !x.passive && isDeed(x.lemma) && !UNDOING.test(x.lemma));
    if (before && /^(,|and|then|so|but)$/.test(parse.a.lx[np.first - 1]!.lower))
      return doerOf(parse, before.object, previous, depth + 1);
  }
  // "this is the change which causes the outage": a phrase equated with an anaphor stands for what it stands for.
  const equated = parse.preds.find(
    (x) =>
      x.lemma === 'be' && x.object === np && x.subject && x.subject !== np && agentKind(parse, x.subject) === 'anaphor',
  );
  if (equated && depth < 2) {
    const d = doerOf(parse, equated.subject, previous, depth + 1);
    if (d) return d;
  }
  // "this restart", "that modification", "which": the action pointed back at.
  const head = parse.a.lx[np.head]!.lower;
  const demonstrative = /^(this|that|these|those|such)$/.test(parse.a.lx[np.first]!.lower);
  if (kind === 'anaphor' || (demonstrative && actionVerbOf(head))) {
    const p = referent(parse, np, np.first, previous);
    if (p) {
      const from = (p as Predicate & { fromPrevious?: Parse }).fromPrevious ?? parse;
      const agent = p.agent ?? p.subject;
      if (agent && agent !== np) return doerOf(from, agent, from === parse ? previous : undefined, depth + 1);
    }
  }
  return undefined;
}

/** Verbs that undo or examine a thing: their object is not the person's doing ("rolled back the deploy that broke …"). */
export const UNDOING =
  /^(roll|revert|undo|fix|stop|pause|halt|cancel|disable|kill|remove|delete|restore|recover|drain|cordon|investigate|review|check|inspect|examine|monitor|mitigate|block|reject|rotate|revoke|replace|patch|debug|escalate|page|notify|flag)$/;

/** The doer of a predicate: its agent, resolved through relatives and anaphora. */
export function doerOfPredicate(parse: Parse, p: Predicate, previous?: Parse): Doer | undefined {
  if (p.passive && !p.agent) return undefined;
  return doerOf(parse, p.agent ?? p.subject, previous);
}

/** Words of lexemes from..to, lower case. */
export const wordsOf = (parse: Parse, from: number, to: number): string[] =>
  parse.a.lx.slice(from, to + 1).map((t) => t.lower.replace(/’/g, "'"));

/**
 * "Zuul failed to merge the change", "Mercurio skipped the nightly sync": a capitalised word nobody vouches for
 * as a name (not in the roster or the name list, one word, no "he"/"she") doing what a tool does, to what a
 * tool handles.
 */
export function unsureName(s: ClauseSentence, pr: Predicate): boolean {
  const np = pr.agent ?? pr.subject;
  if (!np) return false;
  const m = s.parse.a.mentions.find((x) => x.first <= np.head && x.last >= np.head);
  if (m?.kind !== 'person' || m.confidence >= 0.85 || m.first !== m.last || m.text.startsWith('@')) return false;
  const inf = s.parse.preds.find((x) => x.governor === pr && x.kind === 'infinitive');
  const object = inf?.object ?? pr.object;
  const toolWork =
    (inf && TOOL_ACTIONS.test(inf.lemma)) || (object && TOOL_OBJECTS.test(s.parse.a.lx[object.head]!.lower));
  if (!toolWork) return false;
  // "he"/"she", or a deed only people do ("while reading the diff", "assumed", "decided"), vouches for a name.
  return (
    !s.parse.a.lx.some((t) => /^(he|she|him|her|his|hers)$/.test(t.lower)) &&
    !s.parse.preds.some((x) => HUMAN_ONLY.test(x.lemma))
  );
}

const TOOL_ACTIONS =
  /^(?:re-?)?(return|serve|publish|block|throttle|deny|drop|resume|transfer|issue|validate|verify|encrypt|decrypt|mirror|cache|allocate|provision|spawn|evict|rebalance|merge|sync|build|deploy|start|restart|connect|schedule|reconcile|replicate|compile|upload|download|parse|process|index|route|authenticate|respond|retry|scale|boot|mount|fetch|pull|push|load|apply|run|execute|trigger|fire|emit|send|deliver|rotate|renew)$/;
const TOOL_OBJECTS =
  /^(writes|reads|tags|transfers?|tickets?|sessions?|credentials?|variables?|tarballs?|packages?|pods?|nodes?|jobs?|builds?|images?|packets?|requests?|events?|queues?|partitions?|replicas?|clusters?|containers?|services?|endpoints?|caches?|index|indexes|indices|shards?|files?|dumps?|metrics?|logs?|syncs?|merges?|commits?|spec|manifests?|hooks?|webhooks?|signatures?|certificates?|tokens?|keys?|volumes?|snapshots?|backups?|checks?|probes?|heartbeats?|batch|batches|records?|rows?|tables?|payloads?|artifacts?)$/;
const HUMAN_ONLY =
  /^(read|think|assume|believe|decide|say|ask|tell|realise|realize|forget|remember|type|click|reply|answer|promise|agree|guess|suppose|hope|wish|feel|worry|panic|apologise|apologize|joke|laugh|sleep|wake)$/;
