import type { CheckContext, CheckKind } from './types.js';
import { lessonsParams } from './schemas/lessons.js';
import type { LessonsParams } from './schemas/generated.js';
import type { Block, Section, Sentence } from '../document/types.js';
import { analyze } from '../people/index.js';
import { tagSentence, type Tag } from '../grammar/tag.js';
import { peopleOptions } from './prose.js';
import { canBeVerb, isAdjective, isPeopleNoun, isPersonNoun } from '../grammar/lexicon.js';
import { alsoNamed, boldLabel } from '../document/sections.js';

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
    for (const block of lessonBlocks(ctx))
      ctx.cached(block, '', (report) => {
        const sentences = ctx.doc.sentences(block);
        for (let k = 0; k < sentences.length; k++) {
          const sentence = sentences[k]!;
          // A question the item goes on to answer is an inquiry ("Why did nobody notice? Because the wrapper
          // swallowed the exit code", "Would we have caught it with a freshness check? Yes: …"), not a reproach.
          if (/\?\s*$/.test(sentence.text) && /^\s*(?:because|yes|no)\b/i.test(sentences[k + 1]?.text ?? '')) continue;
          // A table's short cell labels the row ("Monitoring | Latency was graphed but never alerted on"): the
          // lesson is in the cell that says something.
          if (block.kind === 'table-row' && isLabelCell(block, sentence)) continue;
          if (!exhortsPeople(sentence, options, ctx.rule.params)) continue;
          report({ start: sentence.start, end: sentence.end, data: { actual: sentenceText(sentence) } });
          // One finding per list item or row: the item is the lesson to rewrite.
          if (block.kind === 'list-item' || block.kind === 'table-row') break;
        }
      });
  },
};

function isLabelCell(block: Block, sentence: { start: number; end: number }): boolean {
  const cell = block.cells?.find((c) => c.start <= sentence.start && sentence.end <= c.end);
  const words = (text: string) => text.trim().split(/\s+/).length;
  return Boolean(cell && words(cell.text) <= 2 && block.cells!.some((c) => c !== cell && words(c.text) > 2));
}

interface Vocabulary {
  qualities: Set<string>;
  attitudes: Set<string>;
  behaviours: Set<string>;
  manners: Set<string>;
  everything: Set<string>;
  rules: Set<string>;
  failings: Set<string>;
  sayings: string[];
  nouns: Set<string>;
  groups: Set<string>;
}

const vocabularies = new WeakMap<object, Vocabulary>();
function vocabulary(params: LessonsParams): Vocabulary {
  let v = vocabularies.get(params);
  if (!v) {
    const set = (k: keyof LessonsParams) => new Set(params[k].map((w) => w.toLowerCase()));
    v = {
      qualities: set('qualities'),
      attitudes: set('attitudes'),
      behaviours: set('behaviours'),
      manners: set('manners'),
      everything: set('everything'),
      rules: set('rules'),
      failings: set('failings'),
      sayings: params.sayings.map((w) =>
        w
          .toLowerCase()
          .replace(/[^a-z' ]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
      nouns: set('nouns'),
      groups: set('groups'),
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
  let alone = false;
  const holding = new Map<number, boolean>();
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'heading' || b.split) {
      labelled = alone = false;
      continue;
    }
    const s = ctx.doc.sections[b.section];
    // Per section, not per block: the language server runs this on every keystroke over thousands of blocks.
    let inSection = holding.get(b.section);
    if (inSection === undefined) holding.set(b.section, (inSection = !!s && holdsLessons(s)));
    const label = boldLabel(b.text, aliases);
    if (label) {
      labelled = label.kind === 'lessons';
      // A label on a line of its own ("**Lessons learned**") heads the paragraphs under it, not only a list.
      alone = labelled && !/[\p{L}\p{N}]/u.test(b.text.slice(label.end));
    } else if (b.kind !== 'list-item' && !alone) labelled = false;
    if (inSection || labelled) out.push(b);
  }
  return out;
}

/**
 * A section that holds lessons: named so ("Takeaways"), under one ("What went wrong" under "Lessons"), joined
 * with one ("What went wrong / lessons"), or the retrospective's "what went wrong / went badly", which teams
 * fill with lessons as often as with causes (an exhortation there is the same vague lesson).
 */
function holdsLessons(s: Section): boolean {
  if (s.kind === 'lessons' || (s.kind === null && s.parentKind === 'lessons')) return true;
  return alsoNamed(s.heading, s.kind).includes('lessons') || /\bwent (?:wrong|badly|poorly)\b/i.test(s.heading);
}

function sentenceText(s: Sentence): string {
  return s.text.length > 80 ? `${s.text.slice(0, 77)}…` : s.text;
}

const SKIP = new Set([
  'please',
  'kindly',
  'honestly',
  'frankly',
  'ideally',
  'hopefully',
  'tbh',
  'imo',
  'basically',
  'ok',
  'okay',
  'always',
  'just',
  'so',
  'also',
  'and',
  'but',
  'then',
  'really',
  'simply',
  'all',
  'lesson',
  'learned',
  'learnt',
  'takeaway',
  'instead',
  'first',
  'again',
  'therefore',
  'overall',
  'ultimately',
  'going',
  'forward',
  'in',
  'future',
  'the',
]);
const DUTY = new Set([
  'should',
  'must',
  'need',
  'needs',
  'have',
  'has',
  'ought',
  'will',
  "'ll",
  'shall',
  'got',
  'gotta',
  'might',
  'could',
]);
const LEADS = [
  ['make', 'sure'],
  ['be', 'sure'],
  ['remember'],
  ['try'],
  ['learn'],
  ['keep', 'in', 'mind'],
  ['we', 'learned'],
  ['we', 'learnt'],
  ['i', 'wish'],
  ['wish'],
];
/** "(It) is important/essential/vital (that|to)": an exhortation in the impersonal. */
const IMPORTANT = /^(important|essential|crucial|critical|vital|key|necessary|imperative|paramount|incumbent)$/;
const MORE = new Set([
  'more',
  'better',
  'greater',
  'extra',
  'increased',
  'improved',
  'closer',
  'clearer',
  'stronger',
  'additional',
  'less',
  'fewer',
  'heightened',
  'enhanced',
  'higher',
  'renewed',
  'strengthened',
  'reinforced',
  'sharper',
]);
const NEGATE = new Set(["don't", 'do', 'never', 'not', 'dont', 'don’t', 'stop', 'avoid']);

/**
 * Does this sentence exhort people to a behaviour, by the vocabulary of `params` (the vague-lesson rule's)?
 * Shared with vague-action-item: "Everyone to take more care during term" is the same exhortation as an item.
 */
export function exhortsPeople(
  sentence: Sentence,
  options: Parameters<typeof analyze>[1],
  params: LessonsParams,
): boolean {
  const a = analyze(sentence, options, []);
  const tagged = tagSentence(a);
  const words: string[] = [];
  const tags: Tag[] = [];
  const lemmas: string[] = [];
  a.lx.forEach((x, k) => {
    // "we'd all slowed down": the pronoun and its "had" are two words of the clause.
    // So are "we'll" (will) and "we've" (have): "we'll be more on the ball", "we've got to be tidier".
    // "everyone's gotta" (has), "everyone's responsible" (is).
    const m = /^(we|i|you|they|everyone|everybody|someone|somebody|nobody)(?:'|’)(d|ll|ve|s)$/.exec(x.lower);
    // "everyone's guidance" is a possessive, not "everyone is".
    const possessive = m?.[2] === 's' && /^(NN|NNS)$/.test(tagged.tags[k + 1] ?? '');
    if (m && !possessive && (m[2] !== 's' || /^(everyone|everybody|someone|somebody|nobody)$/.test(m[1]!))) {
      const has = /^(got|gotta|been)$/.test(a.lx[k + 1]?.lower ?? '');
      // "we'd slow down" (would, a resolve) but "we'd all slowed down" (had).
      const next = a.lx[k + 1]?.lower ?? '';
      const would =
        m[2] === 'd' &&
        canBeVerb(next) &&
        !/ed$/.test(next) &&
        !/^(all|just|only|both|each|really|never|not|already|been|the|a|an)$/.test(next);
      const [aux, tag] = would
        ? ['will', 'MD']
        : m[2] === 'd'
          ? ['had', 'HV']
          : m[2] === 'll'
            ? ['will', 'MD']
            : m[2] === 's' && !has
              ? ['is', 'BE']
              : ['have', 'HV'];
      words.push(m[1]!, aux);
      tags.push('PRP', tag as Tag);
      lemmas.push(m[1]!, aux === 'will' ? 'will' : 'have');
      return;
    }
    // "we should've tested it harder": the modal and its "have" are two words of the clause.
    const modal = /^(should|could|would|must|might)(?:'|’)ve$/.exec(x.lower);
    if (modal) {
      words.push(modal[1]!, 'have');
      tags.push('MD', 'HV');
      lemmas.push(modal[1]!, 'have');
      return;
    }
    words.push(x.lower);
    tags.push(tagged.tags[k]!);
    lemmas.push(tagged.lemmas[k] || x.lower);
  });
  // Words in double quotes are mentioned, not said: "own your deploy" meant …, the "double-check" step, we were
  // asked to "communicate carefully". Each becomes a plain noun, so only the sentence around them is read.
  for (let k = 1, open = -1; k < words.length; k++) {
    if (!/^["“”]$/.test(words[k]!) || k === 0) continue;
    if (open < 0) {
      open = k;
      continue;
    }
    if (k - open <= 9)
      for (let q = open + 1; q < k; q++) {
        words[q] = 'thing';
        lemmas[q] = 'thing';
        tags[q] = 'NN';
      }
    open = -1;
  }
  return exhorts(words, tags, lemmas, vocabulary(params));
}

/** Does the sentence exhort people to a behaviour? */
function exhorts(words: string[], tags: Tag[], lemmas: string[], v: Vocabulary): boolean {
  // A quoted exhortation is being discussed ("\"Be careful with flags\" is not a control"), not made.
  if (/^["“'‘]$/.test(words[0] ?? '')) return false;
  // An emphatic reflexive after its noun adds nothing to the clause: "the console itself has to enforce the stages".
  const emphatic = words.map((w, k) => k > 0 && REFLEXIVE.test(w) && /^(NN|NNS|NNP|PRP)$/.test(tags[k - 1] ?? ''));
  if (emphatic.some(Boolean)) {
    const keep = (_: unknown, k: number) => !emphatic[k];
    return exhorts(words.filter(keep), tags.filter(keep), lemmas.filter(keep), v);
  }
  // "Pay attention to this one: our flags are evaluated per pod …": a lead-in that points at what follows asks
  // only to read it; the lesson is after the colon.
  const colon = words.indexOf(':');
  const pointer =
    colon > 0 &&
    /^(?:this|these|that|it|one|following|below)$/.test(words[colon - 1]!) &&
    /^(?:this|these|that|the)$/.test(
      words[colon - 1] === 'one' || words[colon - 1] === 'following' ? (words[colon - 2] ?? '') : 'this',
    );
  return clauseStarts(words, tags).some((i) => (!pointer || i > colon) && exhortsFrom(words, tags, lemmas, v, i));
}
const REFLEXIVE = /^(itself|themselves|ourselves|himself|herself|myself|yourself|yourselves)$/;

/**
 * Where a frame may start: the sentence's start; after a label or a lead-in that ends in a colon ("One thing
 * we learned: don't rush"); after an opening adverbial and its comma ("In hindsight, we should have …");
 * after "is that" ("The main learning is that we …"); and after each comma or semicolon that opens a new
 * clause ("We were tired, and we all need to slow down").
 */
function clauseStarts(words: string[], tags: Tag[]): number[] {
  const n = words.length;
  const out = [0];
  let subordinate = opensSubordinate(words, 0);
  for (let k = 0; k < n - 1; k++) {
    const w = words[k]!;
    const verbless = !tags
      .slice(0, k)
      .some((t) => t === 'MD' || t === 'VBD' || t === 'VBZ' || t === 'BE' || t === 'HV');
    // A lead-in with no verb of its own ends in a colon: "A gentle reminder to all branch staff: read …".
    // "The principal lesson is one of attentiveness: forecasters … must …": a colon before a new subject.
    const subjectAfter =
      /^(PRP|DT|NN|NNS|NNP)$/.test(tags[k + 1] ?? '') &&
      words.slice(k + 2, k + 7).some((x, q) => tags[k + 2 + q] === 'MD' || /^(need|needs|have|has)$/.test(x));
    const modalAfter = words.slice(k + 2, k + 4).some((x) => MODAL_WORDS.test(x));
    // "Il faut mieux se parler — we must talk more", "Ser más cuidadosos — be more careful with the flags": a
    // bilingual item glosses itself after a dash or in brackets after the sentence ("Mitarbeitende sollten …
    // (Staff should always …)"), and the gloss is a clause of its own.
    const glossAfter = tags.slice(k + 1).filter((t) => t !== 'PUNCT').length >= 3;
    // A bracket glosses only at the end of its sentence; one mid-sentence is an aside ("The fallback (show the
    // posted wait time when a sensor goes silent) switched on by itself").
    const close = w === '(' ? words.indexOf(')', k) : -1;
    const glossBracket = close < 0 || words.slice(close + 1).every((x) => /^[.!?;:]$/.test(x));
    if (
      (w === ':' && (k <= 6 || verbless || subjectAfter)) ||
      // "**Lesson 2.** It is essential that …": a short label closed by a full stop.
      ((w === '.' || /^\d+\.$/.test(w)) && k <= 3 && verbless) ||
      // "(b) All operators are to …", "iii) …": an outline marker.
      (w === ')' && k <= 3 && verbless) ||
      w === ';' ||
      ((w === '—' || w === '–' || (w === '(' && k > 2 && glossBracket)) && glossAfter)
    ) {
      out.push(k + 1);
      // "Take ownership: if you see it, act on it": a subordinate clause may open the part after the colon.
      subordinate = opensSubordinate(words, k + 1);
    } else if (w === ',') {
      // An opening adverbial has no finite verb before its comma; a later comma must open a clause of its own;
      // so does the comma after an opening subordinate clause ("If you're tired at 3am, hand over").
      const opener = k <= 6 && verbless;
      // So does a comma before people and their modal: "…, everyone should check better".
      const people =
        (isPeopleNoun(words[k + 1]!) || /^(everyone|everybody|someone|somebody|anyone|anybody)$/.test(words[k + 1]!)) &&
        modalAfter;
      if (opener || subordinate || /^(and|but|so|then|yet)$/.test(words[k + 1]!) || tags[k + 1] === 'PRP' || people)
        out.push(k + 1);
      subordinate = false;
    } else if (words[k + 1] === 'that' && THAT_LEADS.test(w)) out.push(k + 2);
    // "The main lesson is simply that …": an adverb between the verb and its "that".
    else if (words[k + 2] === 'that' && tags[k + 1] === 'RB' && THAT_LEADS.test(w)) out.push(k + 3);
    // A wish about what people did: "(I) wish we had all slowed down", "if we had just been more thorough".
    else if (
      (w === 'if' || w === 'wish') &&
      (k > 0 || words[k + 1] === 'only') &&
      (HAD.test(words[k + 2] ?? '') || HAD.test(words[k + 3] ?? '') || WISHED.test(words[k - 1] ?? ''))
    )
      out.push(k + (words[k + 1] === 'only' ? 2 : 1));
  }
  return out;
}

const TIME_NOUN =
  /^(today|tomorrow|week|month|quarter|year|sprint|release|cycle|season|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])$/;
const SUBORDINATE = /^(if|when|whenever|once|before|after|next|until|while|unless)$/;
/** A subordinate clause opens here: "if …", or a conjunction of several words ("in case …", "as soon as …"). */
function opensSubordinate(words: string[], k: number): boolean {
  const w = words[k] ?? '';
  if (SUBORDINATE.test(w)) return true;
  if (w === 'in') return words[k + 1] === 'case' || (words[k + 1] === 'the' && words[k + 2] === 'event');
  return (w === 'as' || w === 'so') && (words[k + 1] === 'soon' || words[k + 1] === 'long') && words[k + 2] === 'as';
}
const HAD = /^(had|'d|’d)$/;

/** Verbs whose "that" clause holds the lesson: "is that", "it was learned that", "the Board recommends that". */
const THAT_LEADS =
  /^(is|was|ensure|ensures|expected|required|learned|learnt|found|realised|realized|noted|agreed|recommends?|recommended|reminded|concluded|means|suggests?|believes?|feel|think|emphasi[sz]es?|stress(?:es)?|reiterates?|reminds?|insists?|hopes?|expects?)$/;
/** What people do when attention lapses: said with "will" and no "not", a prediction. */
const LAPSES = /^(skip|ignore|forget|rush|hurry|panic|assume|guess|miss|overlook|bypass)$/;
/** Verbs whose "that" clause is a duty, not a finding. */
const MANDATIVE =
  /^(expected|required|recommended|recommends?|ensure|ensures|insists?|urges?|urged|demands?|asks?|advised|requested)$/;
/** "It would be lovely if …", "wouldn't it be nice if …": a wish about what people do. */
const WISHED = /^(lovely|nice|great|good|grand|ideal|better|helpful|wonderful|brilliant|cool|awesome)$/;

function tryingHarder(words: string[], k: number, v: Vocabulary): boolean {
  const w = words[k] ?? '';
  if (w === 'a' && /^(lot|bit|little)$/.test(words[k + 1] ?? '')) return tryingHarder(words, k + 2, v);
  return v.manners.has(w) || w === 'hard' || (/^(our|your|their|my|his|her)$/.test(w) && words[k + 1] === 'best');
}

function exhortsFrom(words: string[], tags: Tag[], lemmas: string[], v: Vocabulary, start: number): boolean {
  const n = words.length;
  let i = start;
  if (words[i] === 'and' || words[i] === 'but' || words[i] === 'so' || words[i] === 'yet') i++;
  // "It is expected that all departments adhere …", "management should ensure that staff exercise …": a
  // mandative verb's "that" clause states a duty, its verb a subjunctive, as after "it is important that".
  let led = words[start - 1] === 'that' && MANDATIVE.test(words[start - 2] ?? '');
  let learned = false;
  for (let guard = 0; guard < 6 && i < n; guard++) {
    for (;;) {
      while (
        i < n &&
        (SKIP.has(words[i]!) ||
          tags[i] === 'PUNCT' ||
          (tags[i] === 'RB' && !NEGATE.has(words[i]!) && !v.manners.has(words[i]!)))
      )
        i++;
      // "from now on," like "going forward,"; so is a time to start from, with or without its comma ("From next
      // quarter the squad will …", "starting this sprint").
      if (words[i] === 'from' && words[i + 1] === 'now' && words[i + 2] === 'on') i += 3;
      else if (
        /^(from|starting|beginning)$/.test(words[i] ?? '') &&
        words.slice(i + 1, i + 4).some((w) => TIME_NOUN.test(w))
      ) {
        i += 1 + words.slice(i + 1, i + 4).findIndex((w) => TIME_NOUN.test(w)) + 1;
      } else break;
    }
    // "Try to …" leads in to the behaviour; "try harder", "try a lot harder", "try our best" is the behaviour.
    const lead = LEADS.find(
      (l) => l.every((w, k) => words[i + k] === w) && (l[0] !== 'try' || !tryingHarder(words, i + 1, v)),
    );
    let len = lead?.length ?? 0;
    if (!lead) {
      const k = words[i] === 'it' || words[i] === "it's" ? i + 1 : i;
      const at = words[k] === 'is' || words[k] === 'was' ? k + 1 : k;
      const adverb = tags[at] === 'RB' || words[at] === 'very' ? at + 1 : at;
      if (at > i || words[i] === "it's") {
        if (IMPORTANT.test(words[adverb] ?? '')) len = adverb + 1 - i;
      }
    }
    if (!len) break;
    // "Remember to …": a lesson that holds only while someone remembers it, whatever it asks.
    if (lead?.[0] === 'remember' && words[i + 1] === 'to') return true;
    i += len;
    // "We learned (that) …" reports a lesson; only its clause can exhort ("we learned we need a registry").
    if (lead?.[1] === 'learned' || lead?.[1] === 'learnt') {
      learned = true;
      if (words[i] === 'that') i++;
      break;
    }
    led = true;
    // "It is incumbent on every cataloguer to …", "it is vital for operators to …": the duty falls on them.
    if (/^(on|upon|for)$/.test(words[i] ?? '') && peopleSubject(words, tags, i + 1, v) > i + 1) {
      // "… upon every member of the litigation support group to …": the group may follow its members.
      const to = words.indexOf('to', i);
      if (to > 0 && to <= i + 10) i = to;
    }
    while (
      i < n &&
      (lead?.[lead.length - 1] === 'wish' ? /^(that|,)$/ : /^(to|that|we|our|you|,|:|for)$/).test(words[i]!)
    )
      i++;
  }
  // After "wish" or "if", a past perfect about people is a wish about their conduct ("we'd all slowed down").
  const counterfactual = /^(if|wish)$/.test(words[i - 1] ?? '') || (words[i - 1] === 'only' && words[i - 2] === 'if');
  // "It would be lovely if everyone kept …", "Ideally, engineers would keep …": a wished-for habit of people.
  const wished =
    (words[i - 1] === 'if' && WISHED.test(words[i - 2] ?? '')) || /^(ideally|hopefully)$/.test(words[0] ?? '');
  // A saying stands for a behaviour wherever it appears: "measure twice, cut once", "haste makes waste".
  const joined = ` ${words.slice(i).join(' ')} `;
  if (v.sayings.some((saying) => joined.includes(` ${saying} `))) return true;
  // A rhetorical question about what people did not do: "Why did nobody stop and think?", "Why didn't we ask?".
  // Not when they were not told: "why did nobody get paged?" is about the alerting.
  // So is "Did anyone actually stop and think …?".
  const asks = words[i] === 'why' ? i + 1 : /^(did|didn't)$/.test(words[i] ?? '') && words[n - 1] === '?' ? i : -1;
  if (asks >= 0 && /^(did|didn't|do|don't|does|doesn't|would|wouldn't|could|couldn't)$/.test(words[asks] ?? '')) {
    const who = /^(nobody|anyone|anybody|someone|no-one)$/.test(words[asks + 1] ?? '')
      ? asks + 2
      : peopleSubject(words, tags, asks + 1, v);
    let q = who;
    while (q < n && (words[q] === 'not' || words[q] === 'just' || tags[q] === 'RB' || tags[q] === 'NOT')) q++;
    if (
      who > asks + 1 &&
      !/^(get|receive|have|know)$/.test(lemmas[q] ?? '') &&
      (verbAt(words, tags, q) || canBeVerb(words[q] ?? ''))
    )
      return true;
  }
  // "Would it (really) have killed us to read …?": a question whose answer is a reproach of what people did not do.
  if (words[n - 1] === '?' && /^(would|could|did|does|will)$/.test(words[i] ?? '') && words[i + 1] === 'it') {
    const to = words.indexOf('to', i + 2);
    if (
      to > 0 &&
      to <= i + 7 &&
      /^(us|anyone|anybody|you|them|me|everyone|somebody|someone)$/.test(words[to - 1]!) &&
      canBeVerb(words[to + 1] ?? '')
    )
      return true;
  }
  // A lead-in noun that exhorts: "A gentle reminder to read the runbook …", "a plea to …".
  {
    let q = i;
    while (
      q < n &&
      q <= i + 3 &&
      (tags[q] === 'DT' || tags[q] === 'JJ' || tags[q] === 'RB' || (tags[q] === 'NN' && q > i))
    )
      q++;
    if (
      /^(reminder|plea|appeal|request|call)$/.test(words[q] ?? '') &&
      words[q + 1] === 'to' &&
      canBeVerb(words[q + 2] ?? '')
    ) {
      const at = q + 2;
      return !changesAThing(words, tags, lemmas, at, v) || behaviourPredicate(words, tags, lemmas, at, v);
    }
  }
  if (words[i] === 'next' && words[i + 1] === 'time') i += 2;
  // "As a team we must …", "as engineers, we should …": the role the subject speaks in comes first.
  if (words[i] === 'as' && i === start) {
    let q = i + 1;
    if (/^(a|an|the|one)$/.test(words[q] ?? '')) q++;
    const after = peopleSubject(words, tags, q, v);
    const next = words[after] === ',' ? after + 1 : after;
    if (after > q && next < n && peopleSubject(words, tags, next, v) > next) i = next;
  }
  // "Nobody should push … without thinking it through": a prohibition on everyone, vague only by its behaviour.
  if (
    (words[i] === 'nobody' || (words[i] === 'no' && words[i + 1] === 'one')) &&
    /^(should|must|shall)$/.test(words[i + (words[i] === 'no' ? 2 : 1)] ?? '')
  ) {
    return behaviourPredicate(words, tags, lemmas, i + (words[i] === 'no' ? 3 : 2), v);
  }
  // "Be careful what you ask for" is about consequences, not care.
  if (words[i] === 'be' && words[i + 1] === 'careful' && words[i + 2] === 'what' && words[i + 3] === 'you')
    return false;
  // "No more cowboy fixes", "no more cutting corners", "no slacking": a conduct people are to give up.
  if (
    words[i] === 'no' &&
    words[i + 1] === 'more' &&
    (v.failings.has(words[i + 2] ?? '') || attitude(lemmas[i + 2] ?? '', words.slice(i + 3), v))
  )
    return true;
  if (words[i] === 'no' && v.failings.has(words[i + 1] ?? '')) return true;
  // "Kindly be reminded to …": a reminder addressed to the reader.
  if (words[i] === 'be' && words[i + 1] === 'reminded') return true;
  // "Gotta own our stuff", "must check properly": a duty whose subject went unsaid.
  if (/^(gotta|must|should)$/.test(words[i] ?? '') && i + 1 < n && (tags[i + 1] === 'VB' || canBeVerb(words[i + 1]!))) {
    const q = i + 1;
    if (behaviourPredicate(words, tags, lemmas, q, v) || !changesAThing(words, tags, lemmas, q, v)) return true;
  }
  if (i >= n) return false;
  // A subject then its finite verb, denied: "Care alone would not have caught this", "Paying more attention
  // would not have helped": the lesson is that effort was not the answer.
  const finite = finiteAfterSubject(words, tags, i, v);
  // "Complacency must never again be allowed …": a fault of people denied is the exhortation itself.
  if (finite > 0 && v.failings.has(words[i]!)) return true;
  if (finite > 0 && denied(words.slice(finite, finite + 6))) return false;
  // "Better communication", "More care is needed", "Communication could have been better".
  if (conductNoun(words, i, v)) return true;
  // A fragment that names only conduct: "Ownership.", "Attention to detail.", "Following the checklist."
  const rest = words.slice(i).filter((w) => !/^[.!;:]$/.test(w));
  if (rest.length <= 4 && !rest.some((w) => MODAL_WORDS.test(w) || BE_WORDS.test(w))) {
    if (v.nouns.has(rest[0]!) && (rest.length === 1 || (rest[1] === 'to' && rest.length <= 3))) return true;
    if (
      /ing$/.test(rest[0]!) &&
      tags[i] !== 'NN' &&
      behaviourPredicate(words.slice(0, i + rest.length), tags, lemmas, i, v)
    )
      return true;
  }
  for (let k = i; k < n - 1; k++) {
    // "… next time better communication", "a lack of discipline around handovers".
    if (
      MORE.has(words[k]!) &&
      (conductNoun(words, k, v) || (NOUNISH.has(tags[k + 1]!) && v.nouns.has(words[k + 2] ?? '')))
    )
      return true;
    // "More testing before go-live": more of a behaviour, named by its gerund.
    if (
      MORE.has(words[k]!) &&
      /ing$/.test(words[k + 1] ?? '') &&
      (v.behaviours.has(lemmas[k + 1]!) || v.attitudes.has(lemmas[k + 1]!)) &&
      !NOUNISH.has(tags[k + 2]!)
    )
      return true;
    // "The importance of teamwork cannot be overstated", "the value of care".
    if (
      /^(importance|value)$/.test(words[k]!) &&
      words[k + 1] === 'of' &&
      v.nouns.has(words[k + 2] ?? '') &&
      !NOUNISH.has(tags[k + 3]!)
    )
      return true;
    // The conduct must be the head: "a lack of communication redundancies" is about redundancy.
    if (
      /^(lack|absence)$/.test(words[k]!) &&
      words[k + 1] === 'of' &&
      v.nouns.has(words[k + 2] ?? '') &&
      !NOUNISH.has(tags[k + 3]!)
    )
      return true;
    // "The procedure … must be followed", "the hygiene rules are to be observed": compliance in the passive.
    // "Be to" is a duty too: "shift handovers are to be carried out more carefully".
    const beTo = /^(is|are)$/.test(words[k]!) && words[k + 1] === 'to' && words[k + 2] === 'be' ? k + 2 : -1;
    const duty = DUTY.has(words[k]!) || beTo > 0;
    const directBe = beTo > 0 ? beTo : words[k + 1] === 'be' ? k + 1 : -1;
    if (
      duty &&
      directBe > 0 &&
      /^(followed|respected|obeyed|observed|adhered|applied|enforced)$/.test(words[directBe + 1] ?? '')
    )
      return true;
    // A behaviour asked for in the passive, with a manner: "changes should be reviewed more thoroughly", "labels
    // must always be checked twice".
    const be =
      directBe > 0 ? directBe : (tags[k + 1] === 'RB' || words[k + 1] === 'to') && words[k + 2] === 'be' ? k + 2 : -1;
    if (duty && be > 0 && tags[be + 1] === 'VBN' && passiveManner(words.slice(be + 2), v)) return true;
  }
  // "the need for heightened vigilance", "calls for more care".
  for (let k = i; k + 2 < n; k++)
    if (
      (words[k] === 'need' || words[k] === 'needs' || words[k] === 'call' || words[k] === 'calls') &&
      words[k + 1] === 'for' &&
      conductNoun(words, k + 2, v)
    )
      return true;
  // People with a duty: "we need to", "everyone should", "all personnel must", "NOC operators need to". After
  // "important that" the duty may be unspoken ("that everybody follow the process").
  let p = -1;
  // Any subject with a duty to be a quality only people have: "Live-ops needs to stay sharp".
  const duty = words.findIndex(
    (w, k) => k > i && k <= i + 5 && DUTY.has(w) && (tags[k] === 'MD' || words[k + 1] === 'to'),
  );
  if (duty > 0 && !words.slice(i, duty).some((w, k) => tags[i + k] === 'PUNCT' || BE_WORDS.test(w))) {
    let q = duty + 1;
    while (q < n && (words[q] === 'to' || words[q] === 'have' || tags[q] === 'RB')) q++;
    if (/^(be|been|stay|remain|become|get)$/.test(words[q] ?? '') && qualityAfter(words.slice(q + 1), v)) return true;
    // Or to do what only people do: "Dispatchers should keep a closer eye on …", "control room and call centre
    // need to talk to each other more".
    // Only the phrases of attention: a plan may "assume" or "skip", only people "keep an eye on" or "pay attention".
    if (!v.attitudes.has(lemmas[q] ?? '') && attitude(lemmas[q] ?? '', words.slice(q + 1), v)) return true;
    const together = lemmas[q] === 'work' && words[q + 1] === 'together';
    if (
      (together || /^(communicate|talk|coordinate|collaborate|listen|speak)$/.test(lemmas[q] ?? '')) &&
      (/^(more|better|often|oftener|earlier|sooner|closely)$/.test(clauseEnd(words, q + 1)) ||
        // "communicate better on the morning of a change": the manner right after the verb.
        (/^(better|more|closely)$/.test(words[q + 1] ?? '') && !NOUNISH.has(tags[q + 2]!)))
    )
      return true;
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
  // Whether the clause is addressed to people: a duty they have, an imperative, "let's", a wish about them.
  let addressed = false;
  const demanded = subject > i ? -1 : demandOnPeople(words, tags, i, v);
  if (demanded > 0) {
    p = demanded;
    addressed = true;
  } else if (subject > i) {
    let j = subject;
    // "Support staff and engineering should", "everyone who touches the billing cron should".
    if ((words[j] === 'and' || words[j] === 'or') && peopleSubject(words, tags, j + 1, v) > j + 1)
      j = peopleSubject(words, tags, j + 1, v);
    // "Clinicians and engineers alike must", "module and IT engineers both should", "We as a team must", "we all".
    if (/^(alike|both)$/.test(words[j] ?? '')) j++;
    // "Everyone involved in formulary changes should …", "all staff involved in the onboarding of new participants
    // are reminded to …": a participle phrase on the subject, up to its clause's own verb.
    else if (
      (tags[j] === 'VBN' ||
        tags[j] === 'VBG' ||
        (tags[j] === 'VBD' && tags[j + 1] === 'IN') ||
        /^(involved|working|responsible)$/.test(words[j] ?? '')) &&
      !MODAL_WORDS.test(words[j]!)
    ) {
      for (let k = j + 2; k < Math.min(n, j + 12) && tags[k] !== 'PUNCT'; k++)
        if ((DUTY.has(words[k]!) && tags[k] === 'MD') || (tags[k] === 'BE' && BE_WORDS.test(words[k]!))) {
          j = k;
          break;
        }
    } else if ((words[j] === 'and' || words[j] === 'or') && !isDuty(words, j)) {
      // "Drivers and dispatch need to …": the other conjunct need not name people.
      let k = j + 1;
      while (k < Math.min(n, j + 4) && /^(DT|JJ|NN|NNS|NNP)$/.test(tags[k]!)) k++;
      if (k > j + 1 && isDuty(words, k)) j = k;
    } else if (
      words[j] === 'as' &&
      /^(a|an|one)$/.test(words[j + 1] ?? '') &&
      peopleSubject(words, tags, j + 2, v) > j + 2
    )
      j = peopleSubject(words, tags, j + 2, v);
    // People's conduct judged by degree: "we were far too relaxed", "people weren't vigilant enough", "we got
    // complacent". Any adjective with "too" or "enough" is a verdict on how people were, not on a system.
    if (/^(were|was|are|is|got|get|became|become|weren't|wasn't|aren't|have|has|'ve|’ve)$/.test(words[j] ?? '')) {
      let q = j + 1;
      while (
        q < n &&
        (/^(been|not|all|far|way|much|just|simply)$/.test(words[q]!) ||
          (tags[q] === 'RB' && words[q] !== 'too' && words[q] !== 'enough'))
      )
        q++;
      const adjective = (k: number) =>
        tags[k] === 'JJ' || tags[k] === 'VBN' || tags[k] === 'VBD' || isAdjective(words[k] ?? '');
      if (
        words[q] === 'too' &&
        adjective(q + 1) &&
        !/^(late|early|slow|fast|many|much|few|long|short|small|big|large|high|low)$/.test(words[q + 1]!)
      )
        return true;
      if (adjective(q) && words[q + 1] === 'enough' && v.qualities.has(words[q]!)) return true;
      // "Nobody was careless" denies the fault.
      if (v.failings.has(words[q] ?? '') && !/^(nobody|no|none)$/.test(words[i] ?? '')) return true;
    }
    // Care or attention people did not give: "team members did not take enough care", "we never paid attention".
    if (/^(did|didn't|didn’t|never)$/.test(words[j] ?? '')) {
      const q = words[j + 1] === 'not' || words[j + 1] === 'never' ? j + 2 : j + 1;
      if (/^(take|pay|took|paid)$/.test(words[q] ?? '') && attitude(lemmas[q]!, words.slice(q + 1), v)) return true;
    }
    // A pledge or a hope about their own conduct: "we promise to be extra mindful", "we hope to be …", "we commit
    // to …", "management wishes to …".
    if (
      /^(promise|promises|pledge|pledges|commit|commits|vow|vows|resolve|resolves|hope|hopes|aim|aims|strive|strives|intend|intends|undertake|undertakes|endeavour|endeavor|endeavours|endeavors|wish|wishes|try|will|shall)$/.test(
        words[j] ?? '',
      ) &&
      (words[j + 1] === 'to' || words[j + 2] === 'to') &&
      !MODAL_WORDS.test(words[j]!)
    ) {
      p = words[j + 1] === 'to' ? j + 2 : j + 3;
      addressed = true;
    } else if (/^(promise|promises|pledge|pledges|vow|vows|swear)$/.test(words[j] ?? '')) {
      // "… and we promise we'll do better": the promised clause.
      let q = j + 1;
      if (words[q] === 'that') q++;
      const who = peopleSubject(words, tags, q, v);
      if (who > q && /^(will|'ll|shall)$/.test(words[who] ?? '')) {
        p = who + 1;
        addressed = true;
      } else if (/^(we'll|i'll|we’ll|i’ll)$/.test(words[q] ?? '')) {
        p = q + 1;
        addressed = true;
      }
    }
    // "Ideally, engineers would keep …", "if everyone kept an eye on …".
    if ((wished || counterfactual) && !addressed) {
      while (j < n && (/^(all|just|actually|only|really|simply)$/.test(words[j]!) || tags[j] === 'RB')) j++;
      if (words[j] === 'would' || words[j] === 'could') {
        p = j + 1;
        addressed = true;
      } else if (
        (wished && verbAt(words, tags, j)) ||
        (wished && (tags[j] === 'VBD' || /ed$/.test(words[j]!) || lemmas[j] !== words[j]))
      ) {
        p = j;
        addressed = true;
      }
    }
    // "We recognise the need to raise awareness …": a duty named as a noun.
    if (
      !addressed &&
      words[j + 1] === 'the' &&
      /^(need|necessity)$/.test(words[j + 2] ?? '') &&
      words[j + 3] === 'to'
    ) {
      p = j + 4;
      addressed = true;
    }
    // "We need analysts to be …", "we want everyone to …": a duty put on other people.
    if (
      /^(need|needs|want|wants|expect|expects|ask|asks)$/.test(words[j] ?? '') &&
      peopleSubject(words, tags, j + 1, v) > j + 1
    ) {
      const after = peopleSubject(words, tags, j + 1, v);
      if (words[after] === 'to') {
        p = after + 1;
        addressed = true;
      }
    }
    // "All call-centre staff to remain vigilant": a duty in headline form.
    // Not after an order whose object names people ("instruct LoE members to upgrade …" is an action).
    if (words[j] === 'to' && !addressed && canBeVerb(words[j + 1] ?? '') && !tags.slice(i, j).some((t) => t === 'VB')) {
      p = j + 1;
      addressed = true;
    }
    // "Staff are reminded to", "personnel are expected to": a duty in the passive.
    // A reminder or an exhortation in the passive changes nothing, whatever it asks: "staff are reminded to
    // verify invoices", "personnel are urged to …", "… reminded of their obligation to …".
    // "The team is hereby advised to …", "operators are again reminded to …".
    const pv =
      BE_WORDS.test(words[j] ?? '') &&
      (tags[j + 1] === 'RB' || /^(hereby|henceforth|therefore|now|also|again|strongly)$/.test(words[j + 1] ?? ''))
        ? j + 1
        : j;
    if (
      BE_WORDS.test(words[j] ?? '') &&
      /^(reminded|encouraged|urged)$/.test(words[pv + 1] ?? '') &&
      /^(to|of|that)$/.test(words[pv + 2] ?? '')
    )
      return true;
    // "Staff are expected to …" demands; "night technicians were expected to …" reports what the setup assumed.
    if (
      BE_WORDS.test(words[j] ?? '') &&
      !/^(was|were)$/.test(words[j] ?? '') &&
      /^(expected|asked|required|advised|instructed|obliged)$/.test(words[pv + 1] ?? '') &&
      words[pv + 2] === 'to'
    ) {
      p = pv + 3;
      addressed = true;
    } else if (counterfactual && HAD.test(words[j] ?? '')) {
      j++;
      while (j < n && (/^(all|only|just|simply|really)$/.test(words[j]!) || tags[j] === 'RB')) j++;
      p = j;
      addressed = true;
    }
    // "Whoever holds the pager has to …": the duty follows the whole clause.
    else if (/^whoever$/.test(words[j - 1] ?? '') && !isDuty(words, j)) {
      const duty = words.findIndex((_w, k) => k > j && k < j + 8 && isDuty(words, k));
      if (duty > 0 && !tags.slice(j, duty).some((t) => t === 'PUNCT')) j = duty;
    } else if (/^(who|that)$/.test(words[j] ?? '')) {
      const duty = words.findIndex((w, k) => k > j && k < j + 10 && DUTY.has(w) && tags[k] === 'MD');
      if (duty > 0) j = duty;
    }
    // "Everyone on the desk needs to …", "staff in both depots must …": a short place after the subject.
    if (/^(on|in|at|from|across|of)$/.test(words[j] ?? '')) {
      const duty = words.findIndex((w, k) => k > j && k <= j + 4 && DUTY.has(w));
      if (duty > 0 && !tags.slice(j, duty).some((t) => t === 'PUNCT' || t === 'VBZ' || t === 'VBD')) j = duty;
    }
    while (j < n && (tags[j] === 'RB' || words[j] === 'all' || words[j] === 'just')) j++;
    if (addressed) {
      // a pledge, a wish or a duty put on others, set above
    } else if (/^(can|could)$/.test(words[j] ?? '') && (words[j + 1] === 'not' || tags[j + 1] === 'NOT')) {
      // "even careful reviewers could not spot it": what people cannot do is a fact about the system.
      return false;
    } else if (/^(can't|cannot|couldn't)$/.test(words[j] ?? '')) {
      return false;
    } else if (isDuty(words, j)) {
      j++;
      // "Personnel shall at all times adhere …": the adverbial between the modal and its verb.
      if (words[j] === 'at' && words[j + 1] === 'all' && /^times?$/.test(words[j + 2] ?? '')) j += 3;
      // "people will skip it every single time": "will" with a lapse, unnegated, predicts what the setup makes
      // people do; it asks nothing of them ("we will not rush" and "we will double-check" still pledge).
      if (/^(will|'ll|would)$/.test(words[j - 1]!) && LAPSES.test(lemmas[j] ?? '')) return false;
      // "Two teams could edit the schedule" is what the system allowed, unless what they could do is an effort
      // ("folk could keep a closer eye on things"); "could have", "might want to", "could try to" are suggestions.
      if (
        /^(could|might)$/.test(words[j - 1]!) &&
        !/^(have|all|just|want|try|be|also|really|perhaps|maybe|please)$/.test(words[j] ?? '')
      ) {
        return behaviourPredicate(words, tags, lemmas, j, v);
      }
      // "We should never again let ourselves …", "we must not rush": a negated duty exhorts only by its behaviour
      // ("we should not depend on one person" is a lesson about the system).
      if (/^(never|not)$/.test(words[j] ?? '')) {
        while (j < n && /^(never|not|again|ever)$/.test(words[j]!)) j++;
        return behaviourPredicate(words, tags, lemmas, j, v);
      }
      // "should have double-checked": hindsight about a behaviour is an exhortation too.
      // "should have double-checked" is hindsight about a behaviour; "must have more responsibility" keeps its verb.
      while (
        j < n &&
        (words[j] === 'to' ||
          (words[j] === 'have' &&
            // ("should have read access": a noun, not the perfect of "read".)
            !/^(access|permissions?|rights|privileges)$/.test(words[j + 2] ?? '') &&
            (/^(VBN|VBD|BE)$/.test(tags[j + 1] ?? '') ||
              (tags[j + 1] === 'RB' && /^(VBN|VBD|BE)$/.test(tags[j + 2] ?? '')))) ||
          (words[j] === 'got' && words[j + 1] === 'to') ||
          words[j] === 'of' ||
          /^wants?$/.test(words[j]!) ||
          (tags[j] === 'RB' && !v.manners.has(words[j]!)) ||
          words[j] === 'all')
      )
        j++;
      // "we need more care", "we need better communication": a duty whose object is conduct.
      if (/^needs?$/.test(words[j - 1] ?? '') && conductNoun(words, j, v)) return true;
      p = j;
      addressed = true;
    } else if (led || (words[start - 1] === 'that' && tags[j] === 'VB')) {
      p = j;
      // "It is necessary that each person verifies …", "it is important that each developer is more precise": the
      // subjunctive, also when written as a present tense.
      // ("is" there asks for a quality, read by the behaviour, not for any state: "… that each developer is on the rota".)
      addressed = led && (tags[j] === 'VB' || words[j] === 'be' || (tags[j] === 'VBZ' && words[subject - 1] !== 'it'));
      // The tagger may read the present tense as a plural noun ("every operator stays alert"): after a subject of
      // people, a word that is a verb's base form plus "-s" is that verb.
      const stem = tags[j] === 'NNS' ? (words[j] ?? '').replace(/s$/, '') : '';
      if (
        led &&
        stem &&
        canBeVerb(stem) &&
        behaviourPredicate(
          words,
          tags,
          lemmas.map((l, k) => (k === j ? stem : l)),
          j,
          v,
        )
      )
        return true;
      if (
        led &&
        /^(is|are)$/.test(words[j] ?? '') &&
        behaviourPredicate(
          words,
          tags,
          lemmas.map((l, k) => (k === j ? 'be' : l)),
          j,
          v,
        )
      )
        return true;
    }
    // "Kindly all engineers ensure …", "please everyone double-check …": a polite order with its addressees named.
    else if (/^(please|kindly)$/.test(words[0] ?? '') && tags[j] === 'VB') {
      p = j;
      addressed = true;
    }
  } else if (words[i] === "let's" || (words[i] === 'let' && words[i + 1] === 'us')) {
    p = i + (words[i] === 'let' ? 2 : 1);
    // "Let us not become complacent": a prohibition addressed to ourselves.
    if (words[p] === 'not' || words[p] === 'never') p++;
    addressed = true;
  } else if (
    NEGATE.has(words[i]!) &&
    words[i] !== 'not' &&
    i + 1 < n &&
    (words[i] !== 'do' || words[i + 1] === 'not')
  ) {
    // "Don't rush", "Never skip the checklist", "Stop assuming", "Don't be a hero": a prohibition holds only
    // while people remember it, unless it is about changing a thing ("Never deploy without the canary" is a rule
    // the tooling can enforce; "don't be a hero" is not).
    p = i + 1;
    if (words[p] === 'not') p++;
    // "Never again publish …", "don't ever skip …".
    while (words[p] === 'again' || words[p] === 'ever') p++;
    if (p >= n) return false;
    if (attitude(lemmas[p]!, words.slice(p + 1), v) || behaviourPredicate(words, tags, lemmas, p, v)) return true;
    // "Don't YOLO prod", "never go cowboy": a fault of people, whatever its part of speech.
    if (v.failings.has(words[p]!)) return true;
    if (words[i] === 'stop') return false;
    if (lemmas[p] === 'be' && (tags[p] === 'VB' || tags[p] === 'BE')) return true;
    // "Don't treat a 200 from the purge API as 'purged'": what a signal means is a lesson about the system.
    if (words.slice(p + 1, p + 12).includes('as')) return false;
    return (
      (tags[p] === 'VB' || verbAt(words, tags, p) || canBeVerb(words[p]!)) && !changesAThing(words, tags, lemmas, p, v)
    );
  } else if (MODAL_WORDS.test(words[i]!) && peopleSubject(words, tags, i + 1, v) > i + 1) {
    // A question put to people: "Could we all be a bit more careful?", "Can everyone please test more?"
    p = peopleSubject(words, tags, i + 1, v);
    const and = words[p] === 'and' ? peopleSubject(words, tags, p + 1, v) : -1;
    if (and > p + 1) p = and;
    // "Shouldn't we, as engineers who run a payments system, simply know better?": past the aside.
    if (words[p] === ',') {
      const close = words.indexOf(',', p + 1);
      if (close > 0 && close <= p + 12) p = close + 1;
    }
    addressed = true;
  } else if (finite > 0) {
    // The opening word is a subject, not an imperative: "Paying more attention would have prevented it" (the
    // subject is the conduct), "Reading the logs would have shown it" (it is not).
    const subject = words.slice(i + 1, finite).filter((w) => !ALONE.has(w));
    // "The check is now a scheduled job": a plain noun as the subject (not a gerund) is a thing, unless it is
    // conduct called for or judged ("Care is needed"; not "Attention is a finite resource").
    if (subject.length === 0 && !/ing$/.test(words[i]!)) return conductNoun(words, i, v);
    return (
      attitude(lemmas[i]!, subject, v) ||
      (subject.length === 0 && v.nouns.has(words[i]!)) ||
      behaviourPredicate(words.slice(0, finite), tags, lemmas, i, v)
    );
  } else if (/^(in|on|at|by|for|of|with|from)$/.test(words[i - 1] ?? '')) {
    // "…; in practice it requires …": the object of a preposition, not an imperative.
  } else if (
    tags[i] === 'VB' ||
    tags[i] === 'BE' ||
    /^(stay|remain|keep|become)$/.test(words[i]!) ||
    v.behaviours.has(words[i]!) ||
    attitude(words[i]!, words.slice(i + 1), v) ||
    tags[i] === 'DO' ||
    tags[i] === 'HV' ||
    ((tags[i] === 'NN' || tags[i] === 'JJ') && verbAt(words, tags, i))
  ) {
    // An imperative: a base verb opens the sentence. Read as an order to people only when what follows cannot be
    // the rest of a noun phrase ("Branch protection was …", "Claim attachments skip …" open with a noun).
    p = i;
    const next = tags[i + 1];
    // Not when the verb opens a label ("Note to self:", "Lack of redundancy:") or is the subject of a finite
    // verb ("Communicate with the helpdesk earlier is not possible").
    const clause = words.slice(i + 1, i + 12);
    const end = clause.findIndex((w) => /^(,|;|—|–|because|since|so|when|if|before|after|that|which|and|but)$/.test(w));
    const own = end < 0 ? clause : clause.slice(0, end);
    const colon = clause.indexOf(':');
    const label =
      colon >= 0 && colon < 8 && !tags.slice(i + 1, i + 1 + colon).some((t) => t === 'VB' || t === 'MD' || t === 'BE');
    const subjectOf = own.some(
      (w, k) => (BE_WORDS.test(w) && !/^(be|been|being)$/.test(w)) || tags[i + 1 + k] === 'MD',
    );
    // An instruction to the reader points at the page or the writers ("see this issue", "sign up here",
    // "please contact us"): it is not a lesson for the team.
    const reader = words[i] === 'see' || own.some((w) => /^(us|here|below|above)$/.test(w));
    // ", and possibly redirect them": a verb after "and" shares the subject before it.
    const shared = /^(and|but|or|yet)$/.test(words[start] ?? '') && start > 0;
    addressed =
      (tags[i] !== 'BE' || words[i] === 'be') &&
      !learned &&
      !label &&
      !subjectOf &&
      !reader &&
      !shared &&
      (next === undefined ||
        !/^(NN|NNS|NNP|VB|VBZ|VBD|VBN|MD|BE)$/.test(next) ||
        /^(someone|somebody|everyone|everybody|people|others)$/.test(words[i + 1]!));
    // "The check is now a scheduled job": the word is the subject of "is", not an order.
    if (subjectOf && BE_WORDS.test(words[i + 1] ?? '')) p = -1;
  }
  if (p < 0 || p >= n) return false;
  if (behaviourPredicate(words, tags, lemmas, p, v)) return true;
  // People with a duty whose verb changes nothing: "everyone needs to read it end to end", "people need to
  // take real ownership", "the lads need to stop rushing deploys". A duty to change a thing ("we need to add
  // a canary stage", "engineers must have a way to see rendered diffs") is a systemic lesson.
  // Addressed to people, a verb that changes nothing in the system asks them to behave: "treat it with
  // respect", "hand over", "wake someone up", "keep each other in the loop", "make every effort to …".
  while (
    p < n &&
    (tags[p] === 'RB' || tags[p] === 'NOT' || words[p] === 'all' || words[p] === 'to' || words[p] === 'just')
  )
    p++;
  // "The liaison team is expected to communicate shortages, but the inventory system only emails a shared
  // inbox": what people are expected to do, set against what the system does, is a lesson about the system.
  const but = words.indexOf('but', p);
  if (
    but > 0 &&
    /^(the|our|its|their|a|an)$/.test(words[but + 1] ?? '') &&
    peopleSubject(words, tags, but + 1, v) === but + 1
  )
    return false;
  // Remembering is the exhortation whatever is to be remembered: "folk should remember that a config is prod".
  if (addressed && /^(remember|forget)$/.test(lemmas[p] ?? '')) return true;
  // "We might want to note that …", "we need to accept that …": the lesson is the clause, read on its own.
  if (words[p + 1] === 'that' && words[p] !== 'ensure') return false;
  // A verb of knowing takes a clause as its object ("we now understand the consumer has no backpressure").
  if (
    /^(understand|know|realise|realize|recognise|recognize|accept|note|see|appreciate|acknowledge)$/.test(
      lemmas[p] ?? '',
    ) &&
    words
      .slice(p + 1, p + 7)
      .some((w, k) => /^(VBZ|VBD|MD)$/.test(tags[p + 1 + k]!) || /^(is|are|was|were|has|had)$/.test(w))
  )
    return false;
  // "Nobody could have known …", "no reviewer can spot …": what people cannot do is a fact about the system.
  if (/^(nobody|no|none|neither)$/.test(words[i] ?? '') || (words[i] === 'no' && words[i + 1] === 'one')) return false;
  if (!verbAt(words, tags, p)) return false;
  return addressed || (subject > i && isDuty(words, subject)) || dutyBefore(words, p)
    ? !changesAThing(words, tags, lemmas, p, v)
    : false;
}

/**
 * Whoever the subject, a verb that puts a duty on people names them as its object, then what they are to do:
 * "Management expects all personnel to adhere …", "the policy asks every engineer to …". The index of that
 * verb's infinitive, or -1.
 */
function demandOnPeople(words: string[], tags: Tag[], i: number, v: Vocabulary): number {
  for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
    if (tags[k] === 'PUNCT' || tags[k] === 'MD') return -1;
    if (!DEMANDS.test(words[k]!)) continue;
    // "the SOP step that requires staff to check it": a relative clause says what a thing asks, describing it.
    if (/^(that|which)$/.test(words[k - 1] ?? '')) return -1;
    const after = peopleSubject(words, tags, k + 1, v);
    return after > k + 1 && words[after] === 'to' ? after + 1 : -1;
  }
  return -1;
}
const DEMANDS =
  /^(expects|expected|asks|asked|requires|required|urges|urged|wants|wanted|reminds|reminded|encourages|encouraged|instructs|instructed|needs|directs|directed|calls)$/;

/** A duty at j: a modal ("must", "should"), or "need", "have", "got" with their "to" ("we need some DNS entries" is not one). */
function isDuty(words: string[], j: number): boolean {
  // "All parties are to adhere …": "be to" is a duty too.
  if (/^(are|is)$/.test(words[j] ?? '') && words[j + 1] === 'to') return true;
  if (!DUTY.has(words[j] ?? '')) return false;
  return !/^(have|has|need|needs|got)$/.test(words[j]!) || words.slice(j + 1, j + 4).includes('to');
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
const CHANGE =
  /^(consider|reconsider|entertain|discuss|weigh|revisit|rethink|improve|harden|simplify|consolidate|loosen|tighten|relax|decide|look|investigate|find|analyse|analyze|explore|evaluate|assess|prevent|address|support|allow|let|add|take|build|create|write|automate|fix|remove|delete|drop|replace|migrate|move|split|merge|configure|set|enable|disable|document|implement|introduce|install|deploy|alert|monitor|page|cap|limit|enforce|require|block|gate|pin|upgrade|downgrade|rotate|rename|schedule|staff|hire|fund|change|update|rewrite|redesign|refactor|publish|restore|back|shard|throttle|route|allocate|provision|store|log|record|track|measure|expose|surface|show|display|give|have|get|make|provide|keep|stop|start|run|use|switch|turn|version|validate|verify|lint|test|retire|deprecate|decouple|isolate|separate|reduce|increase|raise|lower|extend|shorten|tag|label|own|assign|train|onboard|pair|review|audit|define|agree|standardise|standardize|budget|plan|invest|buy|tune|sample|index|cache|retry|timeout|cancel|queue)$/;
/** Their objects that are conduct, not things: "take more care", "keep an eye on", "get better at". */
// People's own faculties are conduct too: "keep our eyes peeled", "get our heads in the game".
const CONDUCT_OBJECTS =
  /^(care|time|ownership|responsibility|attention|eye|eyes|head|heads|mind|minds|wits|ear|ears|note|heed|pride|extra|more|better|closer|greater|real|full)$/;

function changesAThing(words: string[], tags: Tag[], lemmas: string[], p: number, v: Vocabulary): boolean {
  let k = p;
  while (k < words.length && (tags[k] === 'RB' || words[k] === 'to' || words[k] === 'all')) k++;
  const verb = lemmas[k] ?? words[k] ?? '';
  // "make sure / ensure (that) …": the change is in the clause after; a clause about people changes nothing
  // ("make sure they are across the alarm codes"), one about a thing may ("make sure the deploy tool blocks …").
  if ((verb === 'make' && words[k + 1] === 'sure') || verb === 'ensure') {
    let c = k + (verb === 'make' ? 2 : 1);
    // "ensure to do the needful": the verb after "to" decides.
    if (words[c] === 'to') return changesAThing(words, tags, lemmas, c + 1, v);
    if (words[c] === 'that') c++;
    const who = peopleSubject(words, tags, c, v);
    // "ensure that proper care is taken": conduct as the clause's subject changes nothing.
    let head = c;
    while (head < words.length && (tags[head] === 'DT' || tags[head] === 'JJ' || tags[head] === 'PRP$')) head++;
    if (v.nouns.has(words[head] ?? '') && !NOUNISH.has(tags[head + 1]!)) return false;
    // "ensure that proper procedures are adhered to": compliance, whoever the subject.
    if (words.slice(c, c + 8).some((w) => /^(followed|adhered|observed|respected|obeyed|honoured|honored)$/.test(w)))
      return false;
    if (who === c && !/^(they|you|we|he|she|i|everyone|everybody)$/.test(words[c] ?? '')) return true;
    // A clause about people: what they are to do decides ("make sure we have working backups" changes a thing).
    const verbAfter = who > c ? who : c + 1;
    return verbAfter !== k && changesAThing(words, tags, lemmas, verbAfter, v);
  }
  if (!CHANGE.test(verb)) return false;
  // The head of the object is conduct, past its determiners and modifiers: "give their full attention",
  // "make every effort", "take your time", "keep each other in the loop".
  // "give every import the attention it deserves", "pay the console close attention": conduct as a second object.
  if (
    /^(give|pay|devote|show|bring)$/.test(verb) &&
    words.slice(k + 1, k + 7).some((w) => CONDUCT_OBJECTS.test(w) || v.nouns.has(w))
  )
    return false;
  // "keep each other in the loop", "keep one another informed": people kept in a state.
  // "improve coordination", "strengthen communication": conduct as the direct object.
  if (v.nouns.has(words[k + 1] ?? '') && !NOUNISH.has(tags[k + 2]!)) return false;
  // "keep everybody informed", "keep the desk posted": people kept in a state.
  if (/^(keep|get)$/.test(verb) && /^(everybody|everyone|people|others|them|us|you|folks)$/.test(words[k + 1] ?? ''))
    return false;
  for (let h = k + 1; h < words.length && h <= k + 5; h++) {
    const w = words[h]!;
    if (
      h > k + 1 &&
      (CONDUCT_OBJECTS.test(w) ||
        v.nouns.has(w) ||
        /^(effort|efforts|other|another|time|moment|breath|beat|respect|heed|act|game|standard|standards|toes)$/.test(
          w,
        ))
    )
      return false;
    // "hold ourselves to a higher standard": people acting on themselves.
    if (h === k + 1 && /^(ourselves|themselves|yourself|yourselves|myself|himself|herself)$/.test(w)) return false;
    if (
      !(
        tags[h] === 'DT' ||
        tags[h] === 'PRP$' ||
        tags[h] === 'JJ' ||
        /^(every|each|one|our|their|your|his|her|its|full|more|extra|real|some|a|an|the|wee|bit|little|lot|tad|closer|much)$/.test(
          w,
        )
      )
    )
      break;
  }
  // "stop rushing", "keep an eye on", "take ownership", "get better at", "test more", "review more carefully":
  // the change verb governs conduct.
  const next = words[k + 1] ?? '';
  if (/ing$/.test(next) && verb === 'stop') return false;
  if (/^(keep|get|have|make|take|give)$/.test(verb) && CONDUCT_OBJECTS.test(next)) return false;
  if (
    /^(test|review|verify|validate|audit|check)$/.test(verb) &&
    /^(more|everything|properly|thoroughly|carefully|better|harder|again|twice)$/.test(next)
  )
    return false;
  return true;
}

const BE_WORDS = /^(is|are|was|were|be|been|being)$/;

/** The last word of the clause that starts at k (up to a subordinator or a stop). */
function clauseEnd(words: string[], k: number): string {
  let end = k;
  while (
    end < words.length &&
    !/^(when|before|after|while|if|because|since|until|unless|during|[.;,!?]|—|–)$/.test(words[end]!)
  )
    end++;
  return words[end - 1] ?? '';
}
/** Tags that can open a verb's object or complement, not continue a noun phrase: "treat it", "ask for help". */
const OBJECT_START = /^(PRP|PRP\$|DT|IN|RP|TO)$/;

/** A verb at k, also when the tagger read a clause-opening verb as a noun ("keep our eyes", "treat it"). */
function verbAt(words: string[], tags: Tag[], k: number): boolean {
  const t = tags[k];
  if (t === 'VB' || t === 'BE' || t === 'VBN' || t === 'VBD' || t === 'HV' || t === 'DO') return true;
  const w = words[k] ?? '';
  // "sanity-check your SQL", "cross-verify all the values": a hyphenated verb is a verb by its last part.
  const verb = canBeVerb(w) || /ed$/.test(w) || (w.includes('-') && canBeVerb(w.slice(w.lastIndexOf('-') + 1)));
  return (
    (t === 'NN' || t === 'JJ') &&
    verb &&
    (OBJECT_START.test(tags[k + 1] ?? '') ||
      /^(something|someone|somebody|anything|everything|nothing|better|more|up|out|down|over|being|twice|again|that)$/.test(
        words[k + 1] ?? '',
      ))
  );
}
const MODAL_WORDS = /^(could|can|should|shall|would|will|must|might|may)$/;
const ALONE = new Set(['alone', 'by', 'itself', 'on', 'its', 'own', 'only']);
const FINITE =
  /^(would|could|should|will|can|might|may|must|is|was|are|were|isn't|wasn't|won't|wouldn't|couldn't|can't|cannot)$/;

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
    if (w === 'by' && words[k + 1] === 'itself') {
      k++;
      continue;
    }
    if (w === 'on' && words[k + 1] === 'its' && words[k + 2] === 'own') {
      k += 2;
      continue;
    }
    if (FINITE.test(w)) return k;
    if (
      budget-- <= 0 ||
      tags[k] === 'PUNCT' ||
      /^(that|which|who|when|if|before|after|and|or)$/.test(w) ||
      (w === 'to' && !gerund)
    )
      return -1;
  }
  return -1;
}

/**
 * A predicate that denies the subject's effect ("would not have helped", "is not enough"), not one that judges
 * it lacking ("was not good enough", "wasn't clear"): the judgment is the exhortation.
 */
function denied(predicate: string[]): boolean {
  // "Double-checking by hand is exactly what we did": the conduct was tried; the lesson is what it missed.
  if (BE_WORDS.test(predicate[0] ?? '') && predicate.slice(1, 5).join(' ').includes('what we did')) return true;
  // "Attention is a bad control", "vigilance is a weak safeguard": the conduct judged as a mechanism, and found wanting.
  if (
    BE_WORDS.test(predicate[0] ?? '') &&
    /^(a|an)$/.test(predicate[1] ?? '') &&
    /^(bad|poor|weak|unreliable|fragile|flimsy|leaky|terrible|lousy|brittle)$/.test(predicate[2] ?? '') &&
    /^[a-z]+$/.test(predicate[3] ?? '')
  )
    return true;
  // A duty negated is a prohibition, not a denial: "we must never rush", "we should not skip the canary".
  if (/^(must|should|shall|mustn't|shouldn't)$/.test(predicate[0] ?? '')) return false;
  const not = predicate.findIndex((w) => NEGATE.has(w) || /n't$/.test(w) || /^(nobody|nobody's|no)$/.test(w));
  // The denial is the finite verb's own ("would not have helped"), not a later clause's ("should stay alert and not rely …").
  if (not < 0 || not > 2) return false;
  // "were not vigilant enough": a verdict of degree, not a denial of effect.
  if (predicate.slice(not + 1, not + 4).includes('enough')) return false;
  return !predicate
    .slice(not + 1)
    .some((w) =>
      /^(good|great|clear|ideal|effective|timely|adequate|sufficient|proactive|fast|quick|consistent|strong|optional|negotiable)$/.test(
        w,
      ),
    );
}

/** The index after a subject that names people ("we", "all personnel", "NOC operators", "each of us"), or i. */
function peopleSubject(words: string[], tags: Tag[], i: number, v: Vocabulary): number {
  let j = i;
  if (words[j] === 'each' && words[j + 1] === 'of') return j + 3;
  // "Whoever's on call has to …", "whoever is on shift must …".
  if (/^(whoever|whoever's|whoever’s)$/.test(words[j] ?? '')) return j + 1;
  if (/^(the|our|all|every|each|any|both)$/.test(words[j] ?? '')) j++;
  // The head may follow up to two modifiers ("NOC operators", "on-call engineers").
  for (let k = j; k < Math.min(j + 3, words.length); k++) {
    const w = words[k]!;
    if (v.groups.has(w) || (tags[k] !== 'VB' && isPeopleNoun(w))) {
      let end = k + 1;
      // "All shift 3 operators": a number between the group and its people.
      if (tags[end] === 'CD' && (v.groups.has(words[end + 1] ?? '') || isPersonNoun(words[end + 1] ?? ''))) end++;
      while (
        end < words.length &&
        (v.groups.has(words[end]!) || isPersonNoun(words[end]!)) &&
        tags[end] !== 'VB' &&
        tags[end] !== 'MD'
      )
        end++;
      return end;
    }
    // A modifier the tagger read as a verb ("Support engineers") still opens the phrase.
    // So does a gerund ("Billing operators", "Receiving staff").
    if (
      tags[k] !== 'NN' &&
      tags[k] !== 'NNP' &&
      tags[k] !== 'JJ' &&
      tags[k] !== 'NNS' &&
      tags[k] !== 'VBG' &&
      tags[k] !== 'CD' &&
      !(k === j && tags[k] === 'VB')
    )
      break;
  }
  return i;
}

/** A conduct noun with a call for more of it, or a verdict on it, at i. */
function conductNoun(words: string[], i: number, v: Vocabulary): boolean {
  let k = i;
  if (words[k] === 'a' || words[k] === 'the' || words[k] === 'our') k++;
  // "Vendor coordination must improve": one modifier before the conduct noun.
  if (
    !MORE.has(words[k]!) &&
    !v.nouns.has(words[k]!) &&
    /^[a-z]+$/.test(words[k] ?? '') &&
    v.nouns.has(words[k + 1] ?? '')
  )
    k++;
  const more = MORE.has(words[k]!) || words[k] === 'much';
  if (more) k++;
  if (words[k] === 'more') k++;
  // "A more rigorous mindset", "a more careful approach": more of a quality of people.
  if (
    more &&
    v.qualities.has(words[k] ?? '') &&
    /^(mindset|attitude|approach|culture|stance|posture|outlook)$/.test(words[k + 1] ?? '')
  )
    return true;
  // "a stronger culture of ownership", "a greater sense of urgency".
  if (/^(culture|sense|level|spirit|degree|amount)$/.test(words[k] ?? '') && words[k + 1] === 'of') k += 2;
  // A fault of people as the subject of a modal: "Complacency must never again be allowed to creep in".
  if (v.failings.has(words[k]!) && words.slice(k + 1, k + 3).some((w) => MODAL_WORDS.test(w))) return true;
  if (!v.nouns.has(words[k]!)) return false;
  // "Attention to detail matters", "care counts": the conduct said to matter.
  if (
    words.slice(k + 1, k + 5).some((w) => /^(matters|counts)$/.test(w)) &&
    !words.slice(k + 1, k + 5).some((w) => w === 'not' || /n't$/.test(w))
  )
    return true;
  // A modifier is not the conduct itself ("communication tooling", "attention span").
  if (
    /^(tool|tools|tooling|channel|channels|plan|plans|template|templates|process|platform|system|page|lead|span)$/.test(
      words[k + 1] ?? '',
    )
  )
    return false;
  // "Better communication here means something concrete: …": a definition follows, not a call.
  if (more) return !/^(means|meant)$/.test(words[k + 1] ?? '') && !words.slice(k + 1, k + 6).some((w) => w === 'means');
  // "care and diligence are expected".
  if ((words[k + 1] === 'and' || words[k + 1] === 'or') && v.nouns.has(words[k + 2] ?? '')) k += 2;
  // "Communication could have been better", "Attention to detail was lacking", "Care is needed", "Communication
  // between shifts has to improve": a verdict after the noun's verb.
  // "Communication between the forecast desk and the web team has to get better": the noun's own modifiers between.
  const aux = words.slice(k + 1, k + 12).findIndex((w) => AUXILIARY.has(w));
  if (aux < 0) return false;
  // The noun as the subject of a passive duty: "Care must be taken", "vigilance … must be maintained at all times".
  // Not a later clause's own subject: "Attention is finite and the dashboard must be trimmed".
  for (
    let q = k + 1;
    q < Math.min(words.length - 2, k + 16) &&
    !/^[.;:]$/.test(words[q]!) &&
    !(/^(and|but|so)$/.test(words[q]!) && /^(the|a|an|our|its|their|this|that)$/.test(words[q + 1] ?? ''));
    q++
  ) {
    const be = /^(must|should|shall)$/.test(words[q]!)
      ? q + 1
      : /^(needs|has|have)$/.test(words[q]!) && words[q + 1] === 'to'
        ? q + 2
        : -1;
    if (be > 0 && words[be] === 'be' && /(?:ed|en|aid|wn|pt)$/.test(words[be + 1] ?? '')) return true;
  }
  return words.slice(k + 2 + aux, k + 6 + aux).some((w) => VERDICT.test(w));
}

const NOUNISH = new Set<Tag>(['NN', 'NNS', 'NNP']);
const AUXILIARY = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'needs',
  'need',
  'must',
  'should',
  'could',
  'can',
  'will',
  'remains',
  'seemed',
]);
const VERDICT =
  /^(everything|needed|required|necessary|essential|key|important|lacking|lacked|missing|better|poor|insufficient|inadequate|improve|improved|improvement|stronger|weak|expected|mandatory|paramount|fostered|encouraged|reinforced|strengthened|instilled|promoted|raised|emphasised|emphasized)$/;

/** The predicate at p asks for a behaviour, not a change. */
function behaviourPredicate(words: string[], tags: Tag[], lemmas: string[], p: number, v: Vocabulary): boolean {
  const n = words.length;
  while (p < n && ((tags[p] === 'RB' && !v.manners.has(words[p]!)) || words[p] === 'always' || words[p] === 'all')) p++;
  if (p >= n) return false;
  // "remember to …", "don't forget to …": a lesson that holds only while someone remembers it.
  if ((words[p] === 'remember' || words[p] === 'forget') && words[p + 1] === 'to') return true;
  // "try to be more thoughtful": the attempt is the frame, the behaviour follows.
  if (words[p] === 'try' && words[p + 1] === 'to') return behaviourPredicate(words, tags, lemmas, p + 2, v);
  const verb = lemmas[p]!;
  // The clause runs to a subordinator or a stop: "before merging" does not make "double-check everything" concrete.
  let end = p + 1;
  while (end < n && !/^(when|before|after|while|if|so|because|since|until|unless|[.;,!?]|—|–)$/.test(words[end]!))
    end++;
  const rest = words.slice(p + 1, end);
  // "be more careful", "stay vigilant", "be extra cautious with".
  if (/^(be|stay|remain|become|get|keep)$/.test(verb)) {
    if (qualityAfter(rest, v)) return true;
    // "become complacent", "get sloppy": a fault of people as the state to avoid.
    if (v.failings.has(rest[0] ?? '')) return true;
    // People asked to be more of anything: "each member will be more conscious of …", "be a little more open".
    const more = rest.findIndex((w) => w === 'more' || w === 'less');
    if (
      more >= 0 &&
      more <= 4 &&
      rest.slice(0, more).every((w) => /^(a|bit|little|lot|much|far|way|even|tad|wee|good|great|deal)$/.test(w)) &&
      isAdjective(rest[more + 1] ?? '')
    )
      return true;
    // People to stay or remain in a state: "stay locked in", "remain switched on" (not "stay on the old version").
    if (/^(stay|remain)$/.test(verb) && (tags[p + 1] === 'VBN' || tags[p + 1] === 'JJ' || /ed$/.test(rest[0] ?? '')))
      return true;
    // Or its comparative: "be a lot tidier", "be sharper".
    const head = rest.find((w) => !/^(a|bit|little|lot|much|far|way|even|tad|wee)$/.test(w)) ?? '';
    if (
      /[a-z]{3}(?:er|ier)$/.test(head) &&
      (isAdjective(head.replace(/ier$/, 'y')) ||
        isAdjective(head.replace(/er$/, '')) ||
        isAdjective(head.replace(/r$/, '')))
    )
      return true;
  }
  if (attitude(verb, rest, v)) return true;
  // "let ourselves get complacent", "let yourself be rushed": people allowing themselves a state.
  if (verb === 'let' && /^(ourselves|yourself|yourselves|myself|themselves)$/.test(rest[0] ?? '')) {
    const state = rest.slice(1).find((w) => !/^(get|be|become|grow|feel|go|too|so|very)$/.test(w)) ?? '';
    if (
      v.failings.has(state) ||
      v.qualities.has(state) ||
      (tags[p + 2] === 'VB' && behaviourPredicate(words, tags, lemmas, p + 2, v))
    )
      return true;
  }
  // "… without (really) thinking it through", "without double-checking": the effort that was skipped.
  const without = rest.indexOf('without');
  if (without >= 0) {
    const g = rest.slice(without + 1, without + 3).find((w) => /ing$/.test(w)) ?? '';
    if (
      g &&
      (v.attitudes.has(g.replace(/ing$/, '')) ||
        v.attitudes.has(g.replace(/ing$/, 'e')) ||
        v.behaviours.has(g.replace(/ing$/, '')))
    )
      return true;
  }
  // "re-verify", "re-check": a behaviour done again.
  if (/^re-/.test(words[p] ?? '') && (v.behaviours.has(words[p]!.slice(3)) || v.attitudes.has(words[p]!.slice(3))))
    return true;
  // A verb done again for its own sake asks for effort, whatever the verb: "look twice", "think twice".
  if (/^(twice|thrice)$/.test(rest[0] ?? '')) return true;
  // So is a behaviour done twice to its object ("review their edits twice"), not a frequency ("twice a day").
  if (
    v.behaviours.has(verb) &&
    rest.some((w, k) => /^(twice|thrice)$/.test(w) && !/^(a|an|per|each|every|daily|weekly)$/.test(rest[k + 1] ?? ''))
  )
    return true;
  // "make sure nothing like this happens again": a wish, not a change.
  if (
    verb === 'make' &&
    rest[0] === 'sure' &&
    rest.includes('again') &&
    /^(nothing|this|it|that|no)$/.test(rest[1] ?? '')
  )
    return true;
  // A behaviour done well as the object: "ensure proper testing is done", "do thorough reviews".
  if (
    /^(ensure|do|perform|carry|conduct)$/.test(verb) &&
    /^(proper|thorough|careful|adequate|sufficient|more|better|closer|rigorous|enough)$/.test(rest[0] ?? '')
  ) {
    const g = (rest[1] ?? '').replace(/(?:ing|s)$/, '');
    const after = rest.slice(2);
    const done =
      after.length === 0 ||
      (/^(is|are|gets?)$/.test(after[0]!) && /^(done|performed|carried|conducted|followed)$/.test(after[1] ?? ''));
    if (done && (v.behaviours.has(g) || v.behaviours.has(`${g}e`))) return true;
  }
  // Conduct as the object: "exercise greater diligence", "show more care", "bring more discipline".
  if (rest.length && conductNoun(rest, 0, v)) return true;
  // A manner that asks for effort: "communicate better", "review PRs more carefully", "test properly".
  if (rest.some((w, k) => v.manners.has(w) && !isNounAfter(rest, k, tags, p + 1))) return true;
  // A conduct noun as the manner, ending the clause: "verify their work with rigour", "handle the records with care".
  if (endsWithConduct(ownClause(rest), v)) return true;
  // A comparative of any manner asks for more effort too: "communicate more proactively", "merge less hastily".
  if (rest.some((w, k) => (w === 'more' || w === 'less') && /^[a-z]{4,}ly$/.test(rest[k + 1] ?? ''))) return true;
  // Everything at once: "test everything", "double-check all changes".
  if (
    rest.length &&
    (v.everything.has(rest[0]!) ||
      ((rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each') && rest.length <= 3))
  )
    return true;
  // Compliance: "follow the process", "stick to the runbook".
  if (/^(follow|respect|obey|use|read|adhere|stick|comply|apply)$/.test(verb)) {
    // The object phrase, up to an adverbial ("every time", "at all times", "without exception").
    const stop = rest.findIndex(
      (w, k) =>
        k > 0 &&
        /^(every|each|always|at|on|for|without|in|when|no|whenever|from|more|strictly|carefully|and|or)$/.test(w),
    );
    const obj = (stop < 0 ? rest : rest.slice(0, stop)).filter(
      (w) =>
        !/^(to|with|the|our|your|its|their|existing|documented|agreed|established|same|proper|correct|right|henceforth|hereafter|thereafter)$/.test(
          w,
        ) && !/^[a-z]{3,}ly$/.test(w),
    );
    return obj.length > 0 && obj.length <= 3 && v.rules.has(obj[obj.length - 1]!);
  }
  // A behaviour with nothing concrete after it ("communicate", "test it"), or asked for in a greater amount
  // ("test their changes more").
  if (v.behaviours.has(verb)) {
    if (/^(more|better|harder|often|oftener)$/.test(rest[rest.length - 1] ?? '')) return true;
    // "verifies more his work": the amount right after the verb.
    if (/^(more|harder)$/.test(rest[0] ?? '') && !isAdjective(rest[1] ?? '')) return true;
    return rest.every((w) =>
      /^(more|it|things|stuff|often|again|each|other|together|early|earlier|regularly|too|as|well|with|one|another)$/.test(
        w,
      ),
    );
  }
  return false;
}

/** The first word after fillers is a quality of people, or its comparative ("sharper", "stricter"). */
function qualityAfter(rest: string[], v: Vocabulary): boolean {
  const k = rest.findIndex(
    (w) =>
      !/^(more|very|really|extra|a|bit|much|even|especially|always|all|super|way|so|too|lot|little|tad|far|lots)$/.test(
        w,
      ),
  );
  if (k < 0) return false;
  const w = rest[k]!;
  return v.qualities.has(w) || v.qualities.has(w.replace(/er$/, '')) || v.qualities.has(w.replace(/ier$/, 'y'));
}

/** The words after a passive verb ask for effort: "more thoroughly", "with more care", "carefully" (up to a clause break). */
function passiveManner(rest: string[], v: Vocabulary): boolean {
  const clause = ownClause(rest);
  return (
    clause.some(
      (w, k) =>
        v.manners.has(w) ||
        w === 'twice' ||
        ((w === 'more' || w === 'less') && /^[a-z]{4,}ly$/.test(clause[k + 1] ?? '')) ||
        (w === 'with' && conductNoun(clause, k + 1, v)),
    ) || endsWithConduct(clause, v)
  );
}

/** The words up to the clause's end (a subordinate clause or punctuation). */
function ownClause(rest: string[]): string[] {
  const end = rest.findIndex((w) => /^(when|before|after|while|if|so|because|since|until|unless|[.;,!?])$/.test(w));
  return end < 0 ? rest : rest.slice(0, end);
}

/** A conduct noun as the manner of the whole clause: "… with rigour", "… with care". */
function endsWithConduct(clause: string[], v: Vocabulary): boolean {
  return clause.length >= 2 && clause[clause.length - 2] === 'with' && v.nouns.has(clause[clause.length - 1]!);
}

/** An attitude verb, alone or as a phrase with the words after it ("pay attention", "keep an eye on"). */
function attitude(verb: string, rest: string[], v: Vocabulary): boolean {
  if (v.attitudes.has(verb)) return true;
  // "double-check" may come as "double", "-", "check".
  if (rest[0] === '-' && rest[1] && v.attitudes.has(`${verb}-${rest[1]}`)) return true;
  // Articles and comparatives do not change the phrase: "keep a closer eye on", "pay more attention".
  const words = rest.filter((w) => !FILLER.has(w));
  for (let k = 1; k <= Math.min(3, words.length); k++)
    if (v.attitudes.has([verb, ...words.slice(0, k)].join(' '))) return true;
  return false;
}
const FILLER = new Set([
  'a',
  'an',
  'the',
  'more',
  'closer',
  'extra',
  'greater',
  'much',
  'close',
  'some',
  'proper',
  'enough',
  'real',
  'wee',
  'bit',
  'little',
  'tad',
  'lot',
]);

/** "better" before a noun is an adjective of the thing ("better alerting"), not a manner. */
function isNounAfter(_rest: string[], k: number, tags: Tag[], offset: number): boolean {
  const next = tags[offset + k + 1];
  // "know better than this": "than" closes a comparison of manner (the tagger may call it a noun).
  if (_rest[k + 1] === 'than') return false;
  // An adverb in -ly modifies the verb ("test properly next time"), unless an adjective follows it ("use a
  // sufficiently complex password").
  if (/ly$/.test(_rest[k] ?? '') && (next !== 'JJ' || /^(next|every|each|this|again)$/.test(_rest[k + 1] ?? '')))
    return false;
  return next === 'NN' || next === 'NNS' || next === 'NNP' || next === 'JJ' || next === 'VBG';
}
