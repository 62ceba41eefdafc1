import { agentOf, isHuman, clauseStart as clauseStartOf, type Agent, type Analysis, type Mention } from '../people/index.js';
import type { CheckKind, FindingSuggestion } from './types.js';
import { capitalise, clauseEnd, compilePhrases, findPhrases, isQuoted, negatedBefore, proseSentences, textOf, type Phrase } from './prose.js';

interface Params {
  /** Causal predicates: a person as their agent is a person as the cause. `withProblem` ones need a problem noun after them. */
  causal: { always: string[]; withProblem: string[] };
  /** Nouns that make "introduced …", "triggered …", "was responsible for …" about a failure. */
  problems: string[];
  /**
   * Passive participles whose by-agent is blamed. `causal` ones count anywhere, `destructive` ones ("was deleted
   * by @kim") outside the timeline, `neutral` ones ("was merged by") only in contributing factors or when what was
   * done is described as faulty ("the bad config was pushed by …").
   */
  passive: { causal: string[]; destructive: string[]; neutral: string[]; faulty: string[]; benign: string[] };
  /** Phrases after which a person is named as the cause ("root cause:", "due to", "came down to"). */
  slots: string[];
  /** "is on", "lies with": a cause slot only when the clause is about the incident or its blame ("this was on Aleksandr"). */
  onSlots: string[];
  onSubjects: string[];
  /** Modal phrases of a remedy aimed at a person, and what makes them one. */
  remedies: { modals: string[]; objects: string[]; punitive: string[]; punitiveModals: string[]; revoke: string[] };
  /** Verbs after "because <person>" that make the person's action the cause ("because Priya merged …"). */
  becauseVerbs: string[];
  /** Words after "due to <person>'s" that make it a credit ("due to Priya's quick response"). */
  praise: string[];
  /** Words that make a sentence a thanks or a credit, never blame. */
  credit: string[];
  rewrites: { possessive: string; passive: string; active: string; question: string; slot: string; remedy: string };
}

type C = { always: Phrase[]; withProblem: Phrase[]; problems: Set<string>; pCausal: Phrase[]; pDestructive: Phrase[]; pNeutral: Phrase[]; faulty: Set<string>; benign: Set<string>; destructive: Set<string>; slots: Phrase[]; onSlots: Phrase[]; onSubjects: Set<string>; modals: Phrase[]; objects: Set<string>; punitive: Phrase[]; pModals: Phrase[]; revoke: Phrase[]; credit: Set<string>; because: Set<string>; praise: Set<string> };
const cache = new WeakMap<object, C>();

const human = isHuman;

/**
 * `person-cause`: a person or role presented as the cause of the incident. The agent of a causal predicate
 * ("Sam broke the build", "Wei's typo caused …", "pushed a bad config that took checkout down"), the
 * by-agent of a passive ("was deleted by @kim"), a person in a cause slot ("root cause: John's change",
 * "due to Priya"), and remedies aimed at one person ("Hana should not get prod access"). Observable
 * actions in a timeline, owners, incident roles and thanks are not causes.
 */
export const personCause: CheckKind = {
  name: 'person-cause',
  params: { type: 'object', additionalProperties: false, required: ['causal', 'problems', 'passive', 'slots', 'onSlots', 'onSubjects', 'remedies', 'becauseVerbs', 'praise', 'credit', 'rewrites'], properties: {
    becauseVerbs: { type: 'array' }, praise: { type: 'array' }, onSlots: { type: 'array' }, onSubjects: { type: 'array' },
    causal: { type: 'object' }, problems: { type: 'array' }, passive: { type: 'object' }, slots: { type: 'array' }, remedies: { type: 'object' }, credit: { type: 'array' }, rewrites: { type: 'object' },
  } },
  run(ctx) {
    const p = ctx.rule.params as unknown as Params;
    let c = cache.get(p);
    if (!c) {
      c = {
        always: compilePhrases(p.causal.always), withProblem: compilePhrases(p.causal.withProblem), problems: new Set(p.problems),
        pCausal: compilePhrases(p.passive.causal), pDestructive: compilePhrases(p.passive.destructive), pNeutral: compilePhrases(p.passive.neutral),
        faulty: new Set(p.passive.faulty), benign: new Set(p.passive.benign), destructive: new Set([...p.passive.destructive, ...p.causal.always]), slots: compilePhrases(p.slots), onSlots: compilePhrases(p.onSlots), onSubjects: new Set(p.onSubjects),
        modals: compilePhrases(p.remedies.modals), objects: new Set(p.remedies.objects), punitive: compilePhrases(p.remedies.punitive),
        pModals: compilePhrases(p.remedies.punitiveModals), because: new Set(p.becauseVerbs), praise: new Set(p.praise), revoke: compilePhrases(p.remedies.revoke), credit: new Set(p.credit),
      };
      cache.set(p, c);
    }
    const src = ctx.doc.text;
    for (const { a, section } of proseSentences(ctx)) {
      if (a.lx.some((t) => c.credit.has(t.lower))) continue;
      const taken = new Set<Mention>();
      const report = (m: Mention, suggestions: FindingSuggestion[]): void => {
        if (taken.has(m) || isQuoted(a, m.first)) return;
        taken.add(m);
        ctx.report({ start: m.start, end: m.end, suggestions });
      };
      // The object's head noun names a problem: "triggered a cache stampede", not "triggered the incident process".
      const problemAfter = (last: number): boolean => {
        const end = clauseEnd(a, last, OBJECT_STOPS);
        return end > last && c.problems.has(a.lx[end]!.lower);
      };
      // Passives first: "was caused by Dmitri's change" is one finding, on Dmitri.
      for (const [list, strength] of [[c.pCausal, 2], [c.pDestructive, 1], [c.pNeutral, 0]] as const) {
        for (const m of findPhrases(a, list)) {
          const ag = agentOf(a, m.first, m.last);
          if (!ag?.passive || !human(ag.mention) || (strength < 2 && section === 'timeline')) continue;
          if (strength === 0) {
            // What was done: the words of the clause before the verb ("the bad config was pushed").
            const done = a.lx.slice(clauseStartOf(a, m.first), m.first).map((t) => t.lower);
            if (done.some((w) => c.benign.has(w)) || !(section === 'contributing-factors' || done.some((w) => c.faulty.has(w)))) continue;
          }
          const by = ag.first - 1 - (/^(the|a|an|our|their)$/.test(a.lx[ag.first - 1]?.lower ?? '') ? 1 : 0);
          report(ag.mention, ag.mention.possessive ? possessiveFix(src, a, ag.mention, p) : passiveFix(src, a, ag, by, p));
        }
      }
      for (const [list, needsProblem] of [[c.always, false], [c.withProblem, true]] as const) {
        for (const m of findPhrases(a, list)) {
          if (negatedBefore(a, m.first, 2) || (needsProblem && !problemAfter(m.last))) continue;
          const ag = agentOf(a, m.first, m.last);
          if (!ag || ag.passive) continue;
          const who = human(ag.mention) ? ag.mention : behind(a, ag) ?? itChain(a, ag) ?? ownerOfHead(a, ag);
          if (who) report(who, activeRewrite(src, a, who, ag, m.first, p));
        }
      }
      for (const m of findPhrases(a, c.slots)) {
        let k = m.last + 1;
        while (a.lx[k] && (/^[:,]$/.test(a.lx[k]!.text) || /^(was|is|the|a|an|that|simply|just|basically)$/.test(a.lx[k]!.lower))) k++;
        const who = a.at(k);
        if (!human(who)) continue;
        if (m.phrase.text === 'because' && !who.possessive && !c.because.has(a.lx[who.last + 1]?.lower ?? '')) continue;
        if (who.possessive && a.lx.slice(who.last + 1, who.last + 4).some((t) => c.praise.has(t.lower))) continue;
        report(who, who.possessive ? possessiveFix(src, a, who, p) : [{ description: p.rewrites.slot }]);
      }
      for (const m of findPhrases(a, c.onSlots)) {
        let k = m.last + 1;
        while (a.lx[k] && /^(the|a|an)$/.test(a.lx[k]!.lower)) k++;
        const who = a.at(k);
        const about = a.lx.slice(clauseStartOf(a, m.first), m.first).some((t) => c.onSubjects.has(t.lower));
        if (human(who) && about) report(who, [{ description: p.rewrites.slot }]);
      }
      // "It was Leilani who deleted the bucket": a cleft that singles out a person for a harmful act.
      for (let i = 0; i + 3 < a.lx.length; i++) {
        if (!/^(it|this)$/.test(a.lx[i]!.lower) || !/^(was|is)$/.test(a.lx[i + 1]!.lower)) continue;
        const who = a.at(i + 2);
        const rel = who && a.lx[who.last + 1];
        const verb = who && a.lx[who.last + 2];
        if (human(who) && rel && /^(who|that)$/.test(rel.lower) && verb && (c.because.has(verb.lower) || c.destructive.has(verb.lower))) report(who, [{ description: p.rewrites.slot }]);
      }
      remedies(a, c, p, report);
    }
  },
};

/**
 * A thing-subject whose words follow a person: "Wei's typo" (possessive), "Kim deleting the bucket" (gerund),
 * "Dmitri pushed a bad config that …" (a past action whose object is the subject). Not "Amara's team owns the
 * queue that broke": a present-tense verb between them says who owns, not who acted.
 */
function behind(a: Analysis, ag: Agent): Mention | undefined {
  if (ag.mention) return undefined;
  const m = a.at(ag.first - 1);
  if (!human(m)) return undefined;
  const words = a.lx.slice(ag.first, ag.last + 1).map((t) => t.lower);
  if (/ing$/.test(words[0]!)) return m;
  const inner = words.findIndex((w, k) => k > 0 && /^(the|a|an|this|that|these|those|his|her|their|its)$/.test(w));
  if (inner === -1) return m.possessive ? m : undefined;
  return inner === 1 && !m.possessive && isPastAction(words[0]!) ? m : undefined;
}

const isPastAction = (w: string): boolean =>
  /ed$/.test(w) || /^(ran|wrote|made|put|set|sent|built|gave|took|brought|broke|threw|drove|left|began|kept|hit|cut|shipped)$/.test(w);

/** "Oluwaseun pushed that change, and it took the pipeline down": "it" is what the person of the clause before did. */
function itChain(a: Analysis, ag: Agent): Mention | undefined {
  if (ag.mention || ag.first !== ag.last || !/^(it|this|that)$/.test(a.lx[ag.first]!.lower)) return undefined;
  let k = ag.first - 1;
  while (k >= 0 && /^(,|and|then|so)$/.test(a.lx[k]!.lower)) k--;
  if (k === ag.first - 1 || k < 0) return undefined;
  let s = clauseStartOf(a, k);
  while (a.lx[s] && /^(the|a|an)$/.test(a.lx[s]!.lower)) s++;
  const m = a.at(s);
  return human(m) && !m.possessive && m.last < k ? m : undefined;
}

/** "@yusuf's typo in the Helm chart broke …": the subject's head sits before a prepositional phrase. */
function ownerOfHead(a: Analysis, ag: Agent): Mention | undefined {
  if (ag.mention) return undefined;
  for (let k = ag.first - 1; k >= Math.max(1, ag.first - 5); k--) {
    const t = a.lx[k]!;
    if (t.kind === 'punct') return undefined;
    if (/^(in|of|on|for|at|from|to|with)$/.test(t.lower)) {
      const owner = a.at(k - 2);
      return a.lx[k - 1]?.kind === 'word' && !a.at(k - 1) && human(owner) && owner.possessive && owner.last === k - 2 ? owner : undefined;
    }
  }
  return undefined;
}

function remedies(a: Analysis, c: C, p: Params, report: (m: Mention, s: FindingSuggestion[]) => void): void {
  const advice = [{ description: p.rewrites.remedy }];
  for (const m of findPhrases(a, c.modals)) {
    const ag = agentOf(a, m.first, m.last);
    const end = clauseEnd(a, m.last);
    if (ag && !ag.passive && human(ag.mention) && a.lx.slice(m.last + 1, end + 1).some((t) => c.objects.has(t.lower))) report(ag.mention, advice);
  }
  // "Remove Hana's prod access": a sanction on one person's access.
  for (const m of findPhrases(a, c.revoke)) {
    const who = a.at(m.last + 1);
    if (human(who) && who.possessive && a.lx.slice(who.last + 1, who.last + 4).some((t) => c.objects.has(t.lower))) report(who, advice);
  }
  for (const m of findPhrases(a, c.punitive)) {
    let k = m.first - 1;
    while (k >= 0 && /^(really|definitely|also|just|probably)$/.test(a.lx[k]!.lower)) k--;
    const modal = c.pModals.map((ph) => ({ ph, last: k })).find(({ ph }) => {
      const first = k - ph.words.length + 1;
      return first >= 0 && ph.words.every((w, j) => a.lx[first + j]!.lower === w);
    });
    if (!modal) continue;
    const ag = agentOf(a, k - modal.ph.words.length + 1, k);
    if (ag && human(ag.mention)) report(ag.mention, advice);
  }
}

function possessiveFix(src: string, a: Analysis, who: Mention, p: Params): FindingSuggestion[] {
  const start = who.first === 0 || /^[(“"]$/.test(a.lx[who.first - 1]!.text);
  const the = start ? 'The' : 'the';
  const sentence = src.slice(a.sentence.start, who.start) + the + src.slice(who.end, a.sentence.end);
  return [{ description: p.rewrites.possessive.replace('{sentence}', sentence.trim()), start: who.start, end: who.end, text: the }];
}

function passiveFix(src: string, a: Analysis, ag: Agent, by: number, p: Params): FindingSuggestion[] {
  const from = a.lx[by]!.spaceBefore && by > 0 ? a.lx[by - 1]!.end : a.lx[by]!.start;
  const to = a.lx[ag.last]!.end;
  const sentence = src.slice(a.sentence.start, from) + src.slice(to, a.sentence.end);
  return [{ description: p.rewrites.passive.replace('{sentence}', sentence.trim()), start: from, end: to, text: '' }];
}

function activeRewrite(src: string, a: Analysis, who: Mention, ag: Agent, verb: number, p: Params): FindingSuggestion[] {
  if (who.possessive && a.at(ag.first - 1) === who) return possessiveFix(src, a, who, p);
  const end = clauseEnd(a, verb);
  const rest = textOf(src, a, verb, end);
  if (!ag.mention && ag.first + 1 <= ag.last) {
    // "Dmitri pushed a bad config that took checkout down" -> "A bad config took checkout down."
    let head = ag.last;
    if (/^(that|which|who)$/.test(a.lx[head]!.lower)) head--;
    const gerund = /ing$/.test(a.lx[ag.first]!.lower);
    const np = textOf(src, a, gerund ? ag.first : ag.first + 1, head);
    if (gerund || /^(a|an|the|this|that|his|her|their)\b/i.test(np)) return [{ description: p.rewrites.active.replace('{sentence}', `${capitalise(np.replace(/^(his|her|their)\b/i, 'the'))} ${rest}.`) }];
  }
  return [{ description: p.rewrites.question.replace('{rest}', rest) }];
}

// Where an object noun phrase ends: prepositions and clause words start something else.
const OBJECT_STOPS = new Set(['because', 'since', 'when', 'while', 'after', 'before', 'until', 'and', 'but', 'so', 'which', 'that', 'who', 'for', 'during', 'at', 'in', 'on', 'by', 'with', 'from', 'to', 'of', 'into', 'across', 'despite', 'if', 'unless', 'although', 'though', 'than']);
