// The grammar half of the interpretive-timeline check: shapes, not phrases. A timeline entry is parsed only
// when one of its words can open such a shape (TRIGGER), and then each shape asks the clause model who the
// subject is, so "the on-call hesitated" is a state of mind and "the job wasted capacity" is not.
import type { Sentence } from '../document/types.js';
import { agentKind, isPeopleKind, type AgentKind } from '../grammar/agents.js';
import { parseSentence, type Parse, type Predicate } from '../grammar/parse.js';
import { analyze, type PeopleOptions } from '../people/index.js';

export interface Finding {
  start: number;
  end: number;
  kind: 'mental' | 'judgment' | 'hindsight';
}

/** Verbs of a state of mind or of a judgment made by the actor: with a person as subject, interpretation. */
const MENTAL_VERBS =
  /^(realize|realise|notice|assume|hesitate|suspect|panic|worry|fear|guess|wonder|regret|doubt|misread|misjudge|underestimate|overestimate|overlook|ignore|neglect|forget|freak|agonize|dither|struggle|sleep|think|believe|expect|misunderstand|misinterpret|second-guess|freeze|understand|grasp|comprehend)$/;
/** Of those, verbs of knowing: only not knowing is a reading of someone's mind ("nobody grasped the routing"). */
const KNOWING = /^(notice|understand|grasp|comprehend)$/;
/** Verbs that, with a stretch of time as their object, say it was wasted ("burned the morning", "lost an hour"). */
const WASTE_VERBS = /^(waste|lose|burn|squander|kill)$/;
const TIME_NOUNS = /^(minutes?|mins?|hours?|hrs?|morning|afternoon|evening|night|day|days|week|weeks|time|ages)$/;
/** Conduct judged as haste or clumsiness ("the patch was rushed out", "botched the rollback"). */
const CONDUCT_VERBS = /^(rush|botch|bungle|fumble|flounder|blunder)$/;
/** Praise of people's conduct: a judgment as much as blame is ("the pickers were brilliant", "a heroic effort"). */
const PRAISE =
  /^(amazing|brilliant|heroic|heroically|fantastic|awesome|superb|outstanding|incredible|stellar|phenomenal|legendary)$/;
const EFFORT_NOUNS = /^(effort|efforts|work|job|response|teamwork|hustle|save)$/;
/** Adjectives that judge a delay rather than measure it ("an unnecessary delay"). */
const JUDGED_DELAY = /^(unnecessary|needless|avoidable|pointless|excessive|unacceptable)$/;
const DELAYS = /^(delay|delays|wait|waiting|detour|back-and-forth)$/;
/** After "too", a degree judged against what should have been ("waited too long", "trusted it too much"). */
const EXCESS = /^(long|much|late|slow|slowly|early|soon|quickly|fast|far|little|hastily|readily)$/;
/** Adjectives of feeling or fatigue: said of people, a state of mind nobody can observe. */
const FEELINGS =
  /^(frustrated|exhausted|tired|fed|demoralized|demoralised|overwhelmed|flustered|rattled|shaken|stressed|burned|burnt|fatigued|irritated|annoyed|angry|furious|upset|anxious|nervous|worried|scared|afraid|panicked|confused|relieved|surprised|shocked|stunned|puzzled|baffled|bewildered|perplexed|mystified|dismayed|disheartened|dispirited|deflated|horrified|distraught|flummoxed|stumped|desperate|impatient|defensive|frazzled|grumpy|unhappy|irate|lucky|unlucky|fortunate|unfortunate|complacent|indecisive|slow|unsure|helpless|clueless|lost|terrible)$/;
/** Of those, the ones that judge conduct or fortune rather than name a feeling. */
const JUDGED_STATE = /^(lucky|unlucky|fortunate|unfortunate|complacent|indecisive|slow)$/;
/** Stance adverbs: the writer's reading of someone's conduct or mood ("understandably frustrated"). */
const STANCE =
  /^(understandably|clearly|visibly|evidently|apparently|predictably|unsurprisingly|naturally|rightly|wrongly|needlessly|foolishly|wisely|hastily|prematurely|belatedly|reluctantly|grudgingly|obviously|stupidly|carelessly|lazily|sloppily|recklessly|blindly|naively|thoughtlessly)$/;
/** Nouns for a group's mood or conduct as the writer saw it. */
const MOOD_NOUNS =
  /^(morale|finger-pointing|fingerpointing|blame|bickering|tension|tensions|frustration|panic|infighting|pointing|indecision|hesitation|complacency|carelessness|negligence|sloppiness)$/;
/** Durations judged rather than measured. */
const JUDGED_TIME = /^(forever|ages|eternity)$/;
/** Verbs that, with "on" or as "sat"/"languished", say time passed badly. */
const DRAG = /^(drag|languish|stall|sit)$/;

/** The words of a set with any ending ("underestimates", "panicked", "burned"): the trigger only opens a parse. */
const inflected = (r: RegExp): string =>
  r.source
    .slice(2, -2)
    .split('|')
    .map((w) => `${w.replace(/e$/, '')}\\w*`)
    .join('|');

export const TRIGGER = new RegExp(
  '\\b(' +
    [FEELINGS, STANCE, MOOD_NOUNS, JUDGED_TIME, PRAISE, JUDGED_DELAY].map((r) => r.source.slice(2, -2)).join('|') +
    '|' +
    [MENTAL_VERBS, WASTE_VERBS, CONDUCT_VERBS].map(inflected).join('|') +
    "|froze\\w*|understood|lost|burnt|too|waste|realiz\\w*|realis\\w*|notic\\w*|assum\\w*|hesitat\\w*|suspect\\w*|ignor\\w*|neglect\\w*|overlook\\w*|forg[oe]t\\w*|slept|sleep\\w*|thought|thinks|thinking|believ\\w*|expect\\w*|misunder\\w*|misinterpret\\w*|second-guess\\w*|dragg?\\w*|late|should|ought|shouldn't|should've|morale)\\b",
  'i',
);

/** Shapes of interpretation in one sentence of a timeline entry (the caller has checked TRIGGER). */
export function interpretiveShapes(sentence: Sentence, options: PeopleOptions): Finding[] {
  const a = analyze(sentence, options);
  const p = parseSentence(a);
  const lx = a.lx;
  const out: Finding[] = [];
  const at = (i: number, j: number, kind: Finding['kind']): void => {
    out.push({ start: lx[i]!.start, end: lx[j]!.end, kind });
  };
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
      const judged = pred.passive ? pred.negated : isPeopleKind(k) || k === 'none' || k === 'anaphor';
      if (judged) {
        at(pred.first, pred.head, 'hindsight');
        continue;
      }
    }
    // A person as the subject of a verb of mind ("the on-call hesitated", "we assumed", "who had slept
    // through the first page"); as a passive, someone's neglect ("the ticket sat ignored").
    if (MENTAL_VERBS.test(lemma)) {
      // Noticing something is how it was detected, an event: only not noticing (or nobody noticing, or not
      // seeming to understand) is a reading of someone's mind.
      if (KNOWING.test(lemma) && !deniedKnowing(p, pred)) continue;
      if (lemma === 'sleep' && pred.particle !== 'through' && word(pred.head + 1) !== 'through') continue;
      if (pred.passive || pred.kind === 'participle') {
        if (
          /^(ignore|neglect|overlook|forget)$/.test(lemma) &&
          !(pred.agent && !isPeopleKind(agentKind(p, pred.agent)))
        ) {
          at(pred.first, pred.head, 'judgment');
          continue;
        }
        continue;
      }
      // Opinions and expectations need a named holder: "as expected" or a bare "expected" reports a plan.
      // "Support told to expect a fix" reports what they were told.
      if (
        /^(think|believe|expect)$/.test(lemma) &&
        (!(pred.subject && isPeopleKind(kindOf(pred))) || pred.kind === 'infinitive')
      )
        continue;
      if (people(pred)) {
        at(
          pred.first,
          pred.head + (pred.particle ? 1 : 0),
          /^(ignore|neglect|overlook)$/.test(lemma) ? 'judgment' : 'mental',
        );
        continue;
      }
    }
    // Time said to be wasted: "burned the whole morning on it", "lost an hour", "an hour was wasted" (not
    // "lost 40 minutes of metrics", which is data).
    if (WASTE_VERBS.test(lemma)) {
      const spent = pred.passive
        ? pred.subject && TIME_NOUNS.test(word(pred.subject.head))
          ? pred.head
          : -1
        : people(pred)
          ? timeObject(p, pred.head + (pred.particle ? 2 : 1))
          : -1;
      if (spent >= 0) {
        at(pred.first, Math.max(spent, pred.head), 'judgment');
        continue;
      }
    }
    // Haste or clumsiness judged: "the patch was rushed out", "we botched the failover" (not "rushed to restore").
    if (
      CONDUCT_VERBS.test(lemma) &&
      word(pred.head + 1) !== 'to' &&
      (pred.passive ? !(pred.agent && !isPeopleKind(agentKind(p, pred.agent))) : people(pred))
    ) {
      at(pred.first, pred.head + (pred.particle ? 1 : 0), 'judgment');
      continue;
    }
    // Time judged, not measured: "the call dragged on", "spent forever", "joins late".
    if (DRAG.test(lemma) && (pred.particle === 'on' || word(pred.head + 1) === 'on') && lemma === 'drag') {
      at(pred.first, pred.head + 1, 'judgment');
      continue;
    }
    if (
      pred.kind === 'finite' &&
      people(pred) &&
      // A forecast ("warned them we'd be late", "we will be late") is what was said, not a verdict on it.
      !(pred.modal && pred.lemma === 'be') &&
      word(pred.head + 1) === 'late' &&
      !/^(night|evening|afternoon|shift|-)/.test(word(pred.head + 2))
    ) {
      at(pred.head, pred.head + 1, 'judgment');
    }
  }
  for (let i = 0; i < lx.length; i++) {
    const w = lx[i]!.lower;
    if (
      JUDGED_TIME.test(w) &&
      i > 0 &&
      /^(spent|spend|spending|took|take|takes|taking|waited|wait|waiting|for)$/.test(word(i - 1))
    )
      at(i - 1, i, 'judgment');
    // A stance adverb on a feeling or a judgment ("understandably frustrated", "clearly fed up").
    else if (STANCE.test(w) && !inError(p, i)) at(i, i, 'judgment');
    else if (FEELINGS.test(w) && feelingOfPeople(p, i))
      at(i, w === 'fed' && word(i + 1) === 'up' ? i + 1 : i, JUDGED_STATE.test(w) ? 'judgment' : 'mental');
    else if (MOOD_NOUNS.test(w) && moodNoun(p, i)) at(i, i, 'judgment');
    // "which was a waste", "a waste of an hour".
    else if (
      w === 'waste' &&
      word(i - 1) === 'a' &&
      (i + 1 >= lx.length || word(i + 1) === 'of' || /^[.,;!?)]/.test(lx[i + 1]!.text))
    )
      at(i - 1, i, 'judgment');
    else if (PRAISE.test(w) && (EFFORT_NOUNS.test(word(i + 1)) || feelingOfPeople(p, i)))
      at(i, EFFORT_NOUNS.test(word(i + 1)) ? i + 1 : i, 'judgment');
    else if (JUDGED_DELAY.test(w) && DELAYS.test(word(i + 1))) at(i, i + 1, 'judgment');
    // "waited too long", "trusted it too much": people's conduct measured against what it should have been.
    else if (w === 'too' && EXCESS.test(word(i + 1))) {
      const pred = [...p.preds].reverse().find((q) => q.head < i);
      if (pred && people(pred)) at(i, i + 1, 'judgment');
    }
  }
  return dedupe(out);
}

/**
 * "wrongly" and "rightly" on a participle that describes a thing ("3,412 wrongly failed checks", "incorrectly
 * routed calls") say the things were in error, not that someone judged or acted wrongly.
 */
function inError(p: Parse, i: number): boolean {
  if (!/^(wrongly|rightly)$/.test(p.a.lx[i]!.lower)) return false;
  return /^(VBN|VBD|JJ)/.test(p.tags[i + 1] ?? '') && /^NN/.test(p.tags[i + 2] ?? '');
}

/** "frustrated" said of people: not a system's word ("the frustrated retry"), not inside a verb phrase about a thing. */
function feelingOfPeople(p: Parse, i: number): boolean {
  const lx = p.a.lx;
  const w = lx[i]!.lower;
  if (w === 'fed' && lx[i + 1]?.lower !== 'up') return false;
  if (w === 'burned' || w === 'burnt') {
    if (lx[i + 1]?.lower !== 'out') return false;
  }
  if (w === 'tired' && lx[i + 1]?.lower === 'of') return true;
  // "lost" and "terrible" are feelings only as a state someone is in ("the team was completely lost", "I feel
  // terrible"), not "lost packets" or "a terrible p99".
  if (
    (w === 'lost' || w === 'terrible') &&
    !/^(is|are|was|were|be|been|being|am|feel|feels|felt|feeling|seem|seems|seemed|got|get|looked|looks)$/.test(
      lx[i - 1]?.lower === 'completely' ||
        lx[i - 1]?.lower === 'totally' ||
        lx[i - 1]?.lower === 'really' ||
        lx[i - 1]?.lower === 'so'
        ? (lx[i - 2]?.lower ?? '')
        : (lx[i - 1]?.lower ?? ''),
    )
  )
    return false;
  // "slow to respond" judges someone's pace; "slow queries", "the page was slow" are measurements of things.
  if (w === 'slow' && lx[i + 1]?.lower !== 'to') return false;
  // The clause's subject, when the clause has one: a system that is "stressed" or "confused" is a fact.
  const pred = p.preds.find((q) => q.first <= i && i <= q.last + 2) ?? [...p.preds].reverse().find((q) => q.last < i);
  const np = pred?.subject;
  if (np && !isPeopleKind(agentKind(p, np)) && agentKind(p, np) !== 'public') return false;
  // Attributive on a thing: "stressed disks", "confused deputy".
  const next = p.phraseAt(i + 1);
  if (
    next &&
    p.tags[i + 1] &&
    /^NN/.test(p.tags[i + 1]!) &&
    !isPeopleKind(agentKind(p, next)) &&
    agentKind(p, next) !== 'public'
  )
    return false;
  return true;
}

/** The index of a stretch of time as a verb's object ("the whole morning", "40 minutes", "an hour"), or -1. */
function timeObject(p: Parse, from: number): number {
  const lx = p.a.lx;
  for (let i = from; i < Math.min(lx.length, from + 5); i++) {
    const w = lx[i]!.lower;
    // Not "40 minutes of metrics" (data) nor "the time series" (a thing named with the word).
    if (TIME_NOUNS.test(w)) return lx[i + 1]?.lower === 'of' || /^NN/.test(p.tags[i + 1] ?? '') ? -1 : i;
    // "an hour", "the whole morning", "a lot of time", "so much time".
    if (
      !/^(the|a|an|another|whole|entire|full|good|half|several|few|two|three|four|five|our|precious|valuable|most|lot|lots|of|so|too|much|more|some|next|first|last|rest|better|\d+)$/.test(
        w,
      )
    )
      return -1;
  }
  return -1;
}

/** Not knowing: a negated verb, a subject that is nobody, or "did not seem to understand". */
function deniedKnowing(p: Parse, pred: Predicate): boolean {
  if (pred.negated || pred.governor?.negated) return true;
  const np = pred.subject ?? pred.governor?.subject;
  const head = np ? p.a.lx[np.head]!.lower : '';
  return /^(nobody|no-one|noone|none)$/.test(head) || (head === 'one' && p.a.lx[np!.head - 1]?.lower === 'no');
}

/** "morale was low", "lots of finger-pointing": the mood of people, not a field name ("blame field"). */
function moodNoun(p: Parse, i: number): boolean {
  const lx = p.a.lx;
  const w = lx[i]!.lower;
  if (w === 'blame') return lx[i + 1]?.lower === 'game';
  if (w === 'pointing') return lx[i - 1]?.lower === 'finger' || lx[i - 2]?.lower === 'finger';
  if (w === 'panic' || w === 'frustration')
    return !/^(kernel|runtime|go|node)$/.test(lx[i - 1]?.lower ?? '') && !/^[(:]/.test(lx[i + 1]?.text ?? '');
  return true;
}

function dedupe(f: Finding[]): Finding[] {
  f.sort((x, y) => x.start - y.start);
  return f.filter((x, k) => k === 0 || x.start >= f[k - 1]!.end);
}
