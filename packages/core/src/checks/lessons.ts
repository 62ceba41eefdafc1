import type { CheckContext, CheckKind } from './types.js';
import { lessonsParams } from './schemas/lessons.js';
import type { LessonsParams } from './schemas/generated.js';
import type { Block, Sentence } from '../document/types.js';
import { analyze } from '../people/index.js';
import { tagSentence, type Tag } from '../grammar/tag.js';
import { peopleOptions } from './prose.js';
import { isPersonNoun } from '../grammar/lexicon.js';
import { boldLabel } from '../document/sections.js';

/**
 * Lessons that exhort people instead of naming a systemic takeaway ("Be more careful", "We need to
 * communicate better", "Everyone should test more", "More care is needed around migrations").
 *
 * A sentence is read as a frame and a predicate. The frame says it is addressed to people: an imperative
 * ("Be", "Double-check", "Don't rush"), a person or group with a duty ("we need to", "everyone should",
 * "engineers must"), "make sure to", "it is important to", or a call for more of a behaviour ("Better
 * communication", "More care is needed"). The predicate says it asks for a behaviour rather than a change:
 * a quality of people ("careful", "vigilant"), an attitude verb ("rush", "double-check", "pay attention"),
 * a manner ("better", "more carefully", "properly") or everything at once ("test everything"), compliance
 * ("follow the process"). A frame whose predicate names a change to a thing ("we need to add a canary
 * stage") is a systemic lesson; so is any statement of fact ("reviewers cannot see rendered diffs").
 */
export const lessons: CheckKind<'lessons'> = {
  name: 'lessons',
  params: lessonsParams,
  run(ctx) {
    const options = peopleOptions(ctx.config, ctx.doc);
    // Which blocks are lessons is decided here; what a lesson block holds depends on its own text only.
    for (const block of lessonBlocks(ctx)) ctx.cached(block, '', (report) => {
      for (const sentence of ctx.doc.sentences(block)) {
        if (!exhortsPeople(sentence, options, ctx.rule.params)) continue;
        report({ start: sentence.start, end: sentence.end, data: { actual: sentenceText(sentence) } });
        // One finding per list item or row: the item is the lesson to rewrite.
        if (block.kind === 'list-item' || block.kind === 'table-row') break;
      }
    });
  },
};

interface Vocabulary {
  qualities: Set<string>;
  attitudes: Set<string>;
  behaviours: Set<string>;
  manners: Set<string>;
  everything: Set<string>;
  rules: Set<string>;
  nouns: Set<string>;
  groups: Set<string>;
}

const vocabularies = new WeakMap<object, Vocabulary>();
function vocabulary(params: LessonsParams): Vocabulary {
  let v = vocabularies.get(params);
  if (!v) {
    const set = (k: keyof LessonsParams) => new Set(params[k].map((w) => w.toLowerCase()));
    v = {
      qualities: set('qualities'), attitudes: set('attitudes'), behaviours: set('behaviours'), manners: set('manners'),
      everything: set('everything'), rules: set('rules'), nouns: set('nouns'), groups: set('groups'),
    };
    vocabularies.set(params, v);
  }
  return v;
}

/**
 * Prose blocks about lessons: the lessons sections and their sub-sections ("What went wrong" under
 * "Lessons"), and a paragraph or list item opened by a bold label that names lessons ("**Lessons learned:**
 * …") with the list right after it.
 */
function lessonBlocks(ctx: CheckContext<'lessons'>): Block[] {
  const aliases = ctx.config.sections ?? {};
  const out: Block[] = [];
  let labelled = false;
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'heading' || b.split) { labelled = false; continue; }
    const s = ctx.doc.sections[b.section];
    const inSection = !!s && (s.kind === 'lessons' || (s.kind === null && s.parentKind === 'lessons'));
    const label = boldLabel(b.text, aliases);
    if (label) labelled = label.kind === 'lessons';
    else if (b.kind !== 'list-item') labelled = false;
    if (inSection || labelled) out.push(b);
  }
  return out;
}

function sentenceText(s: Sentence): string {
  return s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text;
}

const SKIP = new Set(['please', 'always', 'just', 'so', 'also', 'and', 'but', 'then', 'really', 'simply', 'all', 'lesson', 'learned', 'learnt', 'takeaway', 'instead', 'first', 'again', 'therefore', 'overall', 'ultimately', 'going', 'forward', 'in', 'future', 'the']);
const DUTY = new Set(['should', 'must', 'need', 'needs', 'have', 'has', 'ought', 'will', "'ll", 'shall', 'got', 'might', 'could']);
const LEADS = [['make', 'sure'], ['be', 'sure'], ['remember'], ['try'], ['learn'], ['keep', 'in', 'mind'], ['we', 'learned'], ['we', 'learnt']];
/** "(It) is important/essential/vital (that|to)": an exhortation in the impersonal. */
const IMPORTANT = /^(important|essential|crucial|critical|vital|key|necessary|imperative|paramount)$/;
const MORE = new Set(['more', 'better', 'greater', 'extra', 'increased', 'improved', 'closer', 'clearer', 'stronger', 'additional', 'less', 'fewer', 'heightened', 'enhanced', 'higher', 'renewed']);
const NEGATE = new Set(["don't", 'do', 'never', 'not', "dont", 'don’t', 'stop', 'avoid']);

/**
 * Does this sentence exhort people to a behaviour, by the vocabulary of `params` (the vague-lesson rule's)?
 * Shared with vague-action-item: "Everyone to take more care during term" is the same exhortation as an item.
 */
export function exhortsPeople(sentence: Sentence, options: Parameters<typeof analyze>[1], params: LessonsParams): boolean {
  const a = analyze(sentence, options, []);
  const words = a.lx.map((x) => x.lower);
  const tagged = tagSentence(a);
  const lemmas = words.map((w, i) => tagged.lemmas[i] || w);
  return exhorts(words, tagged.tags, lemmas, vocabulary(params));
}

/** Does the sentence exhort people to a behaviour? */
function exhorts(words: string[], tags: Tag[], lemmas: string[], v: Vocabulary): boolean {
  // A quoted exhortation is being discussed ("\"Be careful with flags\" is not a control"), not made.
  if (/^["“'‘]$/.test(words[0] ?? '')) return false;
  return clauseStarts(words, tags).some((i) => exhortsFrom(words, tags, lemmas, v, i));
}

/**
 * Where a frame may start: the sentence's start; after a label or a lead-in that ends in a colon ("One thing
 * we learned: don't rush"); after an opening adverbial and its comma ("In hindsight, we should have …");
 * after "is that" ("The main learning is that we …"); and after each comma or semicolon that opens a new
 * clause ("We were tired, and we all need to slow down").
 */
function clauseStarts(words: string[], tags: Tag[]): number[] {
  const n = words.length;
  const out = [0];
  for (let k = 0; k < n - 1; k++) {
    const w = words[k]!;
    if ((w === ':' && k <= 6) || w === ';') out.push(k + 1);
    else if (w === ',') {
      // An opening adverbial has no finite verb before its comma; a later comma must open a clause of its own.
      const opener = k <= 6 && !tags.slice(0, k).some((t) => t === 'MD' || t === 'VBD' || t === 'VBZ' || t === 'BE' || t === 'HV');
      if (opener || /^(and|but|so|then|yet)$/.test(words[k + 1]!) || tags[k + 1] === 'PRP') out.push(k + 1);
    } else if (words[k + 1] === 'that' && THAT_LEADS.test(w)) out.push(k + 2);
  }
  return out;
}

/** Verbs whose "that" clause holds the lesson: "is that", "it was learned that", "the Board recommends that". */
const THAT_LEADS = /^(is|was|learned|learnt|found|realised|realized|noted|agreed|recommends?|recommended|reminded|concluded|means|suggests?|believes?|feel|think)$/;

function exhortsFrom(words: string[], tags: Tag[], lemmas: string[], v: Vocabulary, start: number): boolean {
  const n = words.length;
  let i = start;
  if (words[i] === 'and' || words[i] === 'but' || words[i] === 'so' || words[i] === 'yet') i++;
  let led = false;
  for (let guard = 0; guard < 6 && i < n; guard++) {
    while (i < n && (SKIP.has(words[i]!) || tags[i] === 'PUNCT' || (tags[i] === 'RB' && !NEGATE.has(words[i]!) && !v.manners.has(words[i]!)))) i++;
    const lead = LEADS.find((l) => l.every((w, k) => words[i + k] === w));
    let len = lead?.length ?? 0;
    if (!lead) {
      const k = words[i] === 'it' || words[i] === "it's" ? i + 1 : i;
      const at = words[k] === 'is' || words[k] === 'was' ? k + 1 : k;
      const adverb = tags[at] === 'RB' || words[at] === 'very' ? at + 1 : at;
      if (at > i || words[i] === "it's") { if (IMPORTANT.test(words[adverb] ?? '')) len = adverb + 1 - i; }
    }
    if (!len) break;
    // "Remember to …": a lesson that holds only while someone remembers it, whatever it asks.
    if (lead?.[0] === 'remember' && words[i + 1] === 'to') return true;
    i += len;
    led = true;
    while (i < n && /^(to|that|we|our|you|,|:|for)$/.test(words[i]!)) i++;
  }
  if (i >= n) return false;
  // A subject then its finite verb, denied: "Care alone would not have caught this", "Paying more attention
  // would not have helped": the lesson is that effort was not the answer.
  const finite = finiteAfterSubject(words, tags, i, v);
  if (finite > 0 && denied(words.slice(finite, finite + 6))) return false;
  // "Better communication", "More care is needed", "Communication could have been better".
  if (conductNoun(words, i, v)) return true;
  // A fragment that names only conduct: "Ownership.", "Attention to detail.", "Following the checklist."
  const rest = words.slice(i).filter((w) => !/^[.!;:]$/.test(w));
  if (rest.length <= 4 && !rest.some((w) => MODAL_WORDS.test(w) || BE_WORDS.test(w))) {
    if (v.nouns.has(rest[0]!) && (rest.length === 1 || (rest[1] === 'to' && rest.length <= 3))) return true;
    if (/ing$/.test(rest[0]!) && tags[i] !== 'NN' && behaviourPredicate(words.slice(0, i + rest.length), tags, lemmas, i, v)) return true;
  }
  for (let k = i; k < n - 1; k++) {
    // "… next time better communication", "a lack of discipline around handovers".
    if (MORE.has(words[k]!) && conductNoun(words, k, v)) return true;
    // The conduct must be the head: "a lack of communication redundancies" is about redundancy.
    if (/^(lack|absence)$/.test(words[k]!) && words[k + 1] === 'of' && v.nouns.has(words[k + 2] ?? '') && !NOUNISH.has(tags[k + 3]!)) return true;
    // "The procedure … must be followed": compliance in the passive.
    if (DUTY.has(words[k]!) && words[k + 1] === 'be' && /^(followed|respected|obeyed|observed|adhered|applied|enforced)$/.test(words[k + 2] ?? '')) return true;
    // A behaviour asked for in the passive, with a manner: "changes should be reviewed more thoroughly".
    if (DUTY.has(words[k]!) && words[k + 1] === 'be' && tags[k + 2] === 'VBN' && passiveManner(words.slice(k + 3), v)) return true;
  }
  // "the need for heightened vigilance", "calls for more care".
  for (let k = i; k + 2 < n; k++) if ((words[k] === 'need' || words[k] === 'needs' || words[k] === 'call' || words[k] === 'calls') && words[k + 1] === 'for' && conductNoun(words, k + 2, v)) return true;
  // People with a duty: "we need to", "everyone should", "all personnel must", "NOC operators need to". After
  // "important that" the duty may be unspoken ("that everybody follow the process").
  let p = -1;
  // Any subject with a duty to be a quality only people have: "Live-ops needs to stay sharp".
  const duty = words.findIndex((w, k) => k > i && k <= i + 5 && DUTY.has(w) && (tags[k] === 'MD' || words[k + 1] === 'to'));
  if (duty > 0 && !words.slice(i, duty).some((w, k) => tags[i + k] === 'PUNCT' || BE_WORDS.test(w))) {
    let q = duty + 1;
    while (q < n && (words[q] === 'to' || words[q] === 'have' || tags[q] === 'RB')) q++;
    if (/^(be|been|stay|remain|become|get)$/.test(words[q] ?? '') && qualityAfter(words.slice(q + 1), v)) return true;
  }
  let subject = peopleSubject(words, tags, i, v);
  // "The newsroom and the platform team need to …": one conjunct names people.
  if (subject === i) {
    const and = words.findIndex((w, k) => k > i && k <= i + 4 && w === 'and');
    if (and > 0 && !tags.slice(i, and).some((t) => t === 'PUNCT' || t === 'MD')) {
      const second = peopleSubject(words, tags, and + 1, v);
      if (second > and + 1 && DUTY.has(words[second] ?? '')) subject = second;
    }
  }
  if (subject > i) {
    let j = subject;
    // "Support staff and engineering should", "everyone who touches the billing cron should".
    if ((words[j] === 'and' || words[j] === 'or') && peopleSubject(words, tags, j + 1, v) > j + 1) j = peopleSubject(words, tags, j + 1, v);
    else if (/^(who|that)$/.test(words[j] ?? '')) {
      const duty = words.findIndex((w, k) => k > j && k < j + 10 && DUTY.has(w) && tags[k] === 'MD');
      if (duty > 0) j = duty;
    }
    // "Everyone on the desk needs to …", "staff in both depots must …": a short place after the subject.
    if (/^(on|in|at|from|across|of)$/.test(words[j] ?? '')) {
      const duty = words.findIndex((w, k) => k > j && k <= j + 4 && DUTY.has(w));
      if (duty > 0 && !tags.slice(j, duty).some((t) => t === 'PUNCT' || t === 'VBZ' || t === 'VBD')) j = duty;
    }
    while (j < n && (tags[j] === 'RB' || words[j] === 'all')) j++;
    if (DUTY.has(words[j]!)) {
      j++;
      // "should have double-checked": hindsight about a behaviour is an exhortation too.
      while (j < n && (words[j] === 'to' || words[j] === 'have' || words[j] === 'of' || /^wants?$/.test(words[j]!) || (tags[j] === 'RB' && !v.manners.has(words[j]!)) || words[j] === 'all')) j++;
      // "we need more care", "we need better communication": a duty whose object is conduct.
      if (/^needs?$/.test(words[j - 1] ?? '') && conductNoun(words, j, v)) return true;
      p = j;
    } else if (led || (words[start - 1] === 'that' && tags[j] === 'VB')) p = j;
  } else if (words[i] === "let's" || (words[i] === 'let' && words[i + 1] === 'us')) {
    p = i + (words[i] === 'let' ? 2 : 1);
  } else if (NEGATE.has(words[i]!) && i + 1 < n) {
    // "Don't rush", "Never skip the checklist", "Stop assuming".
    p = i + 1;
    if (words[p] === 'not') p++;
    return p < n && (attitude(lemmas[p]!, words.slice(p + 1), v) || behaviourPredicate(words, tags, lemmas, p, v));
  } else if (MODAL_WORDS.test(words[i]!) && peopleSubject(words, tags, i + 1, v) > i + 1) {
    // A question put to people: "Could we all be a bit more careful?", "Can everyone please test more?"
    p = peopleSubject(words, tags, i + 1, v);
  } else if (finite > 0) {
    // The opening word is a subject, not an imperative: "Paying more attention would have prevented it" (the
    // subject is the conduct), "Reading the logs would have shown it" (it is not).
    const subject = words.slice(i + 1, finite).filter((w) => !ALONE.has(w));
    return attitude(lemmas[i]!, subject, v) || (subject.length === 0 && v.nouns.has(words[i]!)) || behaviourPredicate(words.slice(0, finite), tags, lemmas, i, v);
  } else if (tags[i] === 'VB' || tags[i] === 'BE' || /^(stay|remain|keep|become)$/.test(words[i]!) || v.behaviours.has(words[i]!) || attitude(words[i]!, words.slice(i + 1), v)) {
    // An imperative: a base verb opens the sentence.
    p = i;
  }
  if (p < 0 || p >= n) return false;
  if (behaviourPredicate(words, tags, lemmas, p, v)) return true;
  // People with a duty whose verb changes nothing: "everyone needs to read it end to end", "people need to
  // take real ownership", "the lads need to stop rushing deploys". A duty to change a thing ("we need to add
  // a canary stage", "engineers must have a way to see rendered diffs") is a systemic lesson.
  if (tags[p] !== 'VB' && tags[p] !== 'BE') return false;
  return (subject > i && DUTY.has(words[subject] ?? '')) || dutyBefore(words, p) ? !changesAThing(words, tags, lemmas, p) : false;
}

/** "… need to" / "… must" / "… should" right before the predicate at p. */
function dutyBefore(words: string[], p: number): boolean {
  let k = p - 1;
  while (k >= 0 && /^(all|also|really|just|simply|now)$/.test(words[k]!)) k--;
  // "must", "should" directly; "need", "have", "has", "ought" only with their "to".
  if (words[k] === 'to') return /^(need|needs|have|has|ought|got)$/.test(words[k - 1] ?? '');
  return words[k] === 'must' || words[k] === 'should';
}

/**
 * Verbs that change a thing in the system or its process: a duty to do one of these is a lesson about the
 * system. Kept as a class of meaning (make, build, take away, measure), not as a list of phrases.
 */
const CHANGE = /^(add|take|build|create|write|automate|fix|remove|delete|drop|replace|migrate|move|split|merge|configure|set|enable|disable|document|implement|introduce|install|deploy|alert|monitor|page|cap|limit|enforce|require|block|gate|pin|upgrade|downgrade|rotate|rename|schedule|staff|hire|fund|change|update|rewrite|redesign|refactor|publish|restore|back|shard|throttle|route|allocate|provision|store|log|record|track|measure|expose|surface|show|display|give|have|get|make|provide|keep|stop|start|run|use|switch|turn|version|validate|verify|lint|test|retire|deprecate|decouple|isolate|separate|reduce|increase|raise|lower|extend|shorten|tag|label|own|assign|train|onboard|pair|review|audit|define|agree|standardise|standardize|budget|plan|invest|buy|tune|sample|index|cache|retry|timeout|cancel|queue)$/;
/** Their objects that are conduct, not things: "take more care", "keep an eye on", "get better at". */
const CONDUCT_OBJECTS = /^(care|time|ownership|responsibility|attention|eye|eyes|note|heed|pride|extra|more|better|closer|greater|real|full)$/;

function changesAThing(words: string[], tags: Tag[], lemmas: string[], p: number): boolean {
  let k = p;
  while (k < words.length && (tags[k] === 'RB' || words[k] === 'to' || words[k] === 'all')) k++;
  const verb = lemmas[k] ?? words[k] ?? '';
  if (!CHANGE.test(verb)) return false;
  // "stop rushing", "keep an eye on", "take ownership", "get better at", "test more", "review more carefully":
  // the change verb governs conduct.
  const next = words[k + 1] ?? '';
  if (/ing$/.test(next) && verb === 'stop') return false;
  if (/^(keep|get|have|make|take|give)$/.test(verb) && CONDUCT_OBJECTS.test(next)) return false;
  if (/^(test|review|verify|validate|audit|check)$/.test(verb) && /^(more|everything|properly|thoroughly|carefully|better|harder|again|twice)$/.test(next)) return false;
  return true;
}

const BE_WORDS = /^(is|are|was|were|be|been|being)$/;
const MODAL_WORDS = /^(could|can|should|shall|would|will|must|might|may)$/;
const ALONE = new Set(['alone', 'by', 'itself', 'on', 'its', 'own', 'only']);
const FINITE = /^(would|could|should|will|can|might|may|must|is|was|are|were|isn't|wasn't|won't|wouldn't|couldn't|can't|cannot)$/;

/**
 * The index of the finite verb after a subject that opens the clause, or -1: a noun the tagger may read as a
 * base verb ("Care would …") right before it, or a gerund and its object ("Paying more attention would …").
 */
function finiteAfterSubject(words: string[], tags: Tag[], i: number, v: Vocabulary): number {
  const gerund = /ing$/.test(words[i]!) && tags[i] !== 'NN';
  let budget = gerund ? 5 : MORE.has(words[i]!) && v.nouns.has(words[i + 1] ?? '') ? 1 : 0;
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'alone' || w === 'itself' || w === 'only') continue;
    if (w === 'by' && words[k + 1] === 'itself') { k++; continue; }
    if (w === 'on' && words[k + 1] === 'its' && words[k + 2] === 'own') { k += 2; continue; }
    if (FINITE.test(w)) return k;
    if (budget-- <= 0 || tags[k] === 'PUNCT' || /^(that|which|who|when|if|before|after|and|or|to)$/.test(w)) return -1;
  }
  return -1;
}

/**
 * A predicate that denies the subject's effect ("would not have helped", "is not enough"), not one that judges
 * it lacking ("was not good enough", "wasn't clear"): the judgment is the exhortation.
 */
function denied(predicate: string[]): boolean {
  const not = predicate.findIndex((w) => NEGATE.has(w) || /n't$/.test(w));
  if (not < 0) return false;
  return !predicate.slice(not + 1).some((w) => /^(good|great|clear|ideal|effective|timely|adequate|sufficient|proactive|fast|quick|consistent|strong|optional|negotiable)$/.test(w));
}

/** The index after a subject that names people ("we", "all personnel", "NOC operators", "each of us"), or i. */
function peopleSubject(words: string[], tags: Tag[], i: number, v: Vocabulary): number {
  let j = i;
  if (words[j] === 'each' && words[j + 1] === 'of') return j + 3;
  if (/^(the|our|all|every|each|any|both)$/.test(words[j] ?? '')) j++;
  // The head may follow up to two modifiers ("NOC operators", "on-call engineers").
  for (let k = j; k < Math.min(j + 3, words.length); k++) {
    const w = words[k]!;
    if (v.groups.has(w) || (tags[k] !== 'VB' && isPersonNoun(w))) {
      let end = k + 1;
      while (end < words.length && (v.groups.has(words[end]!) || isPersonNoun(words[end]!)) && tags[end] !== 'VB' && tags[end] !== 'MD') end++;
      return end;
    }
    // A modifier the tagger read as a verb ("Support engineers") still opens the phrase.
    // So does a gerund ("Billing operators", "Receiving staff").
    if (tags[k] !== 'NN' && tags[k] !== 'NNP' && tags[k] !== 'JJ' && tags[k] !== 'NNS' && tags[k] !== 'VBG' && !(k === j && tags[k] === 'VB')) break;
  }
  return i;
}

/** A conduct noun with a call for more of it, or a verdict on it, at i. */
function conductNoun(words: string[], i: number, v: Vocabulary): boolean {
  let k = i;
  if (words[k] === 'a' || words[k] === 'the' || words[k] === 'our') k++;
  const more = MORE.has(words[k]!) || words[k] === 'much';
  if (more) k++;
  if (words[k] === 'more') k++;
  // "a stronger culture of ownership", "a greater sense of urgency".
  if (/^(culture|sense|level|spirit|degree|amount)$/.test(words[k] ?? '') && words[k + 1] === 'of') k += 2;
  if (!v.nouns.has(words[k]!)) return false;
  // A modifier is not the conduct itself ("communication tooling", "attention span").
  if (/^(tool|tools|tooling|channel|channels|plan|plans|template|templates|process|platform|system|page|lead|span)$/.test(words[k + 1] ?? '')) return false;
  if (more) return true;
  // "care and diligence are expected".
  if ((words[k + 1] === 'and' || words[k + 1] === 'or') && v.nouns.has(words[k + 2] ?? '')) k += 2;
  // "Communication could have been better", "Attention to detail was lacking", "Care is needed", "Communication
  // between shifts has to improve": a verdict after the noun's verb.
  const aux = words.slice(k + 1, k + 9).findIndex((w) => AUXILIARY.has(w));
  if (aux < 0) return false;
  return words.slice(k + 2 + aux, k + 6 + aux).some((w) => VERDICT.test(w));
}

const NOUNISH = new Set<Tag>(['NN', 'NNS', 'NNP']);
const AUXILIARY = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'needs', 'need', 'must', 'should', 'could', 'can', 'will', 'remains', 'seemed']);
const VERDICT = /^(needed|required|necessary|essential|key|important|lacking|lacked|missing|better|poor|insufficient|inadequate|improve|improved|improvement|stronger|weak|expected|mandatory|paramount|fostered|encouraged|reinforced|strengthened|instilled|promoted|raised|emphasised|emphasized)$/;

/** The predicate at p asks for a behaviour, not a change. */
function behaviourPredicate(words: string[], tags: Tag[], lemmas: string[], p: number, v: Vocabulary): boolean {
  const n = words.length;
  while (p < n && (tags[p] === 'RB' && !v.manners.has(words[p]!) || words[p] === 'always' || words[p] === 'all')) p++;
  if (p >= n) return false;
  // "remember to …", "don't forget to …": a lesson that holds only while someone remembers it.
  if ((words[p] === 'remember' || words[p] === 'forget') && words[p + 1] === 'to') return true;
  // "try to be more thoughtful": the attempt is the frame, the behaviour follows.
  if (words[p] === 'try' && words[p + 1] === 'to') return behaviourPredicate(words, tags, lemmas, p + 2, v);
  const verb = lemmas[p]!;
  // The clause runs to a subordinator or a stop: "before merging" does not make "double-check everything" concrete.
  let end = p + 1;
  while (end < n && !/^(when|before|after|while|if|so|because|since|until|unless|[.;,!?]|—|–)$/.test(words[end]!)) end++;
  const rest = words.slice(p + 1, end);
  // "be more careful", "stay vigilant", "be extra cautious with".
  if (/^(be|stay|remain|become|get|keep)$/.test(verb)) {
    if (qualityAfter(rest, v)) return true;
  }
  if (attitude(verb, rest, v)) return true;
  // "make sure nothing like this happens again": a wish, not a change.
  if (verb === 'make' && rest[0] === 'sure' && rest.includes('again') && /^(nothing|this|it|that|no)$/.test(rest[1] ?? '')) return true;
  // Conduct as the object: "exercise greater diligence", "show more care", "bring more discipline".
  if (rest.length && conductNoun(rest, 0, v)) return true;
  // A manner that asks for effort: "communicate better", "review PRs more carefully", "test properly".
  if (rest.some((w, k) => v.manners.has(w) && !isNounAfter(rest, k, tags, p + 1))) return true;
  // A comparative of any manner asks for more effort too: "communicate more proactively", "merge less hastily".
  if (rest.some((w, k) => (w === 'more' || w === 'less') && /^[a-z]{4,}ly$/.test(rest[k + 1] ?? ''))) return true;
  // Everything at once: "test everything", "double-check all changes".
  if (rest.length && (v.everything.has(rest[0]!) || (rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each') && rest.length <= 3)) return true;
  // Compliance: "follow the process", "stick to the runbook".
  if (/^(follow|respect|obey|use|read|adhere|stick|comply|apply)$/.test(verb)) {
    // The object phrase, up to an adverbial ("every time", "at all times", "without exception").
    const stop = rest.findIndex((w, k) => k > 0 && /^(every|each|always|at|on|for|without|in|when|no|whenever|from|more|strictly|carefully|and|or)$/.test(w));
    const obj = (stop < 0 ? rest : rest.slice(0, stop)).filter((w) => !/^(to|with|the|our|your|its|their|existing|documented|agreed|established|same|proper|correct|right)$/.test(w));
    return obj.length > 0 && obj.length <= 3 && v.rules.has(obj[obj.length - 1]!);
  }
  // A behaviour with nothing concrete after it ("communicate", "test it"), or asked for in a greater amount
  // ("test their changes more").
  if (v.behaviours.has(verb)) {
    if (/^(more|better|harder|often|oftener)$/.test(rest[rest.length - 1] ?? '')) return true;
    return rest.every((w) => /^(more|it|things|stuff|often|again|each|other|together|early|earlier|regularly|too|as|well|with|one|another)$/.test(w));
  }
  return false;
}

/** The first word after fillers is a quality of people, or its comparative ("sharper", "stricter"). */
function qualityAfter(rest: string[], v: Vocabulary): boolean {
  const k = rest.findIndex((w) => !/^(more|very|really|extra|a|bit|much|even|especially|always|all|super|way|so|too|lot|little|tad|far|lots)$/.test(w));
  if (k < 0) return false;
  const w = rest[k]!;
  return v.qualities.has(w) || v.qualities.has(w.replace(/er$/, '')) || v.qualities.has(w.replace(/ier$/, 'y'));
}

/** The words after a passive verb ask for effort: "more thoroughly", "with more care", "carefully" (up to a clause break). */
function passiveManner(rest: string[], v: Vocabulary): boolean {
  const end = rest.findIndex((w) => /^(when|before|after|while|if|so|because|since|until|unless|[.;,!?])$/.test(w));
  const clause = end < 0 ? rest : rest.slice(0, end);
  return clause.some((w, k) => v.manners.has(w) || ((w === 'more' || w === 'less') && /^[a-z]{4,}ly$/.test(clause[k + 1] ?? '')) || (w === 'with' && conductNoun(clause, k + 1, v)));
}

/** An attitude verb, alone or as a phrase with the words after it ("pay attention", "keep an eye on"). */
function attitude(verb: string, rest: string[], v: Vocabulary): boolean {
  if (v.attitudes.has(verb)) return true;
  // "double-check" may come as "double", "-", "check".
  if (rest[0] === '-' && rest[1] && v.attitudes.has(`${verb}-${rest[1]}`)) return true;
  // Articles and comparatives do not change the phrase: "keep a closer eye on", "pay more attention".
  const words = rest.filter((w) => !FILLER.has(w));
  for (let k = 1; k <= Math.min(3, words.length); k++) if (v.attitudes.has([verb, ...words.slice(0, k)].join(' '))) return true;
  return false;
}
const FILLER = new Set(['a', 'an', 'the', 'more', 'closer', 'extra', 'greater', 'much', 'close', 'some', 'proper', 'enough', 'real']);

/** "better" before a noun is an adjective of the thing ("better alerting"), not a manner. */
function isNounAfter(_rest: string[], k: number, tags: Tag[], offset: number): boolean {
  const next = tags[offset + k + 1];
  return next === 'NN' || next === 'NNS' || next === 'NNP' || next === 'JJ' || next === 'VBG';
}
