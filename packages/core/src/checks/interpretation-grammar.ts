// The grammar half of the interpretive-timeline check: shapes, not phrases. A timeline entry is parsed only
// when one of its words can open such a shape (TRIGGER), and then each shape asks the clause model who the
// subject is, so "the on-call hesitated" is a state of mind and "the job wasted capacity" is not.
import type { Sentence } from '../document/types.js';
import { agentKind, isPeopleKind, type AgentKind } from '../grammar/agents.js';
import { parseSentence, type Parse, type Predicate } from '../grammar/parse.js';
import { analyze, type PeopleOptions } from '../people/index.js';

export interface Finding { start: number; end: number; kind: 'mental' | 'judgment' | 'hindsight' }

/** Verbs of a state of mind or of a judgment made by the actor: with a person as subject, interpretation. */
const MENTAL_VERBS = /^(realize|realise|notice|assume|hesitate|suspect|panic|worry|fear|guess|wonder|regret|doubt|misread|misjudge|underestimate|overestimate|overlook|ignore|neglect|forget|freak|agonize|dither|struggle|sleep|think|believe|expect|misunderstand|misinterpret|second-guess)$/;
/** Adjectives of feeling or fatigue: said of people, a state of mind nobody can observe. */
const FEELINGS = /^(frustrated|exhausted|tired|fed|demoralized|demoralised|overwhelmed|flustered|rattled|shaken|stressed|burned|burnt|fatigued|irritated|annoyed|angry|furious|upset|anxious|nervous|worried|scared|afraid|panicked|confused|relieved|surprised|shocked|stunned|puzzled|baffled|desperate|impatient|defensive|frazzled|grumpy|unhappy|irate|lucky|unlucky|complacent|indecisive|slow)$/;
/** Of those, the ones that judge conduct or fortune rather than name a feeling. */
const JUDGED_STATE = /^(lucky|unlucky|complacent|indecisive|slow)$/;
/** Stance adverbs: the writer's reading of someone's conduct or mood ("understandably frustrated"). */
const STANCE = /^(understandably|clearly|visibly|evidently|apparently|predictably|unsurprisingly|naturally|rightly|wrongly|needlessly|foolishly|wisely|hastily|prematurely|belatedly|reluctantly|grudgingly)$/;
/** Nouns for a group's mood or conduct as the writer saw it. */
const MOOD_NOUNS = /^(morale|finger-pointing|fingerpointing|blame|bickering|tension|tensions|frustration|panic|infighting|pointing|indecision|hesitation|complacency|carelessness|negligence|sloppiness)$/;
/** Durations judged rather than measured. */
const JUDGED_TIME = /^(forever|ages|eternity)$/;
/** Verbs that, with "on" or as "sat"/"languished", say time passed badly. */
const DRAG = /^(drag|languish|stall|sit)$/;

export const TRIGGER = new RegExp(
  '\\b(' + [MENTAL_VERBS, FEELINGS, STANCE, MOOD_NOUNS, JUDGED_TIME].map((r) => r.source.slice(2, -2)).join('|') +
  '|realiz\\w*|realis\\w*|notic\\w*|assum\\w*|hesitat\\w*|suspect\\w*|ignor\\w*|neglect\\w*|overlook\\w*|forg[oe]t\\w*|slept|sleep\\w*|thought|thinks|thinking|believ\\w*|expect\\w*|misunder\\w*|misinterpret\\w*|second-guess\\w*|dragg?\\w*|late|should|ought|shouldn\'t|should\'ve|morale)\\b',
  'i',
);

/** Shapes of interpretation in one sentence of a timeline entry (the caller has checked TRIGGER). */
export function interpretiveShapes(sentence: Sentence, options: PeopleOptions): Finding[] {
  const a = analyze(sentence, options);
  const p = parseSentence(a);
  const lx = a.lx;
  const out: Finding[] = [];
  const at = (i: number, j: number, kind: Finding['kind']): void => { out.push({ start: lx[i]!.start, end: lx[j]!.end, kind }); };
  const kindOf = (pred: Predicate): AgentKind | 'none' => {
    const np = pred.subject ?? pred.relativeTo;
    return np ? agentKind(p, np) : 'none';
  };
  const people = (pred: Predicate): boolean => {
    const k = kindOf(pred);
    // A timeline entry often drops its subject ("Spent forever on the phone"): the writers are the subject.
    return isPeopleKind(k) || (k === 'none' && !pred.subject && pred.kind === 'finite');
  };
  const word = (i: number): string => lx[i]?.lower ?? '';

  for (const pred of p.preds) {
    const lemma = pred.lemma;
    // Hindsight: a counterfactual about a past act ("should have paged", "should never have been approved",
    // "could have caught it"). A thing's expected state ("statuses that should've been removed") is not:
    // a passive with a thing as subject counts only when negated ("should never have been approved").
    // "could have" is left alone: "anyone could have restarted it" says what was possible, not what was due.
    if (pred.perfect && (pred.modal === 'should' || pred.modal === 'ought')) {
      const k = kindOf(pred);
      const judged = pred.passive ? pred.negated : (isPeopleKind(k) || k === 'none' || k === 'anaphor');
      if (judged) { at(pred.first, pred.head, 'hindsight'); continue; }
    }
    // A person as the subject of a verb of mind ("the on-call hesitated", "we assumed", "who had slept
    // through the first page"); as a passive, someone's neglect ("the ticket sat ignored").
    if (MENTAL_VERBS.test(lemma)) {
      // Noticing something is how it was detected, an event: only not noticing is a reading of someone's mind.
      if (lemma === 'notice' && !pred.negated) continue;
      if (lemma === 'sleep' && pred.particle !== 'through' && word(pred.head + 1) !== 'through') continue;
      if (pred.passive || pred.kind === 'participle') {
        if (/^(ignore|neglect|overlook|forget)$/.test(lemma) && !(pred.agent && !isPeopleKind(agentKind(p, pred.agent)))) { at(pred.first, pred.head, 'judgment'); continue; }
        continue;
      }
      // Opinions and expectations need a named holder: "as expected" or a bare "expected" reports a plan.
      if (/^(think|believe|expect)$/.test(lemma) && !(pred.subject && isPeopleKind(kindOf(pred)))) continue;
      if (people(pred)) { at(pred.first, pred.head + (pred.particle ? 1 : 0), /^(ignore|neglect|overlook)$/.test(lemma) ? 'judgment' : 'mental'); continue; }
    }
    // Time judged, not measured: "the call dragged on", "spent forever", "joins late".
    if (DRAG.test(lemma) && (pred.particle === 'on' || word(pred.head + 1) === 'on') && lemma === 'drag') { at(pred.first, pred.head + 1, 'judgment'); continue; }
    if (pred.kind === 'finite' && people(pred) && word(pred.head + 1) === 'late' && !/^(night|evening|afternoon|shift|-)/.test(word(pred.head + 2))) { at(pred.head, pred.head + 1, 'judgment'); }
  }
  for (let i = 0; i < lx.length; i++) {
    const w = lx[i]!.lower;
    if (JUDGED_TIME.test(w) && i > 0 && /^(spent|spend|spending|took|take|takes|taking|waited|wait|waiting|for)$/.test(word(i - 1))) at(i - 1, i, 'judgment');
    // A stance adverb on a feeling or a judgment ("understandably frustrated", "clearly fed up").
    else if (STANCE.test(w)) at(i, i, 'judgment');
    else if (FEELINGS.test(w) && feelingOfPeople(p, i)) at(i, w === 'fed' && word(i + 1) === 'up' ? i + 1 : i, JUDGED_STATE.test(w) ? 'judgment' : 'mental');
    else if (MOOD_NOUNS.test(w) && moodNoun(p, i)) at(i, i, 'judgment');
  }
  return dedupe(out);
}

/** "frustrated" said of people: not a system's word ("the frustrated retry"), not inside a verb phrase about a thing. */
function feelingOfPeople(p: Parse, i: number): boolean {
  const lx = p.a.lx;
  const w = lx[i]!.lower;
  if (w === 'fed' && lx[i + 1]?.lower !== 'up') return false;
  if (w === 'burned' || w === 'burnt') { if (lx[i + 1]?.lower !== 'out') return false; }
  if (w === 'tired' && lx[i + 1]?.lower === 'of') return true;
  // "slow to respond" judges someone's pace; "slow queries", "the page was slow" are measurements of things.
  if (w === 'slow' && lx[i + 1]?.lower !== 'to') return false;
  // The clause's subject, when the clause has one: a system that is "stressed" or "confused" is a fact.
  const pred = p.preds.find((q) => q.first <= i && i <= q.last + 2) ?? [...p.preds].reverse().find((q) => q.last < i);
  const np = pred?.subject;
  if (np && !isPeopleKind(agentKind(p, np)) && agentKind(p, np) !== 'public') return false;
  // Attributive on a thing: "stressed disks", "confused deputy".
  const next = p.phraseAt(i + 1);
  if (next && p.tags[i + 1] && /^NN/.test(p.tags[i + 1]!) && !isPeopleKind(agentKind(p, next)) && agentKind(p, next) !== 'public') return false;
  return true;
}

/** "morale was low", "lots of finger-pointing": the mood of people, not a field name ("blame field"). */
function moodNoun(p: Parse, i: number): boolean {
  const lx = p.a.lx;
  const w = lx[i]!.lower;
  if (w === 'blame') return lx[i + 1]?.lower === 'game';
  if (w === 'pointing') return lx[i - 1]?.lower === 'finger' || lx[i - 2]?.lower === 'finger';
  if (w === 'panic' || w === 'frustration') return !/^(kernel|runtime|go|node)$/.test(lx[i - 1]?.lower ?? '') && !/^[(:]/.test(lx[i + 1]?.text ?? '');
  return true;
}

function dedupe(f: Finding[]): Finding[] {
  f.sort((x, y) => x.start - y.start);
  return f.filter((x, k) => k === 0 || x.start >= f[k - 1]!.end);
}
