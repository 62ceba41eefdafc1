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
const DUTY = new Set(['should', 'must', 'need', 'needs', 'have', 'has', 'ought', 'will', "'ll", 'shall', 'got']);
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
    i += len;
    led = true;
    while (i < n && /^(to|that|we|our|you|,|:|for)$/.test(words[i]!)) i++;
  }
  if (i >= n) return false;
  // "Better communication", "More care is needed", "Communication could have been better".
  if (conductNoun(words, i, v)) return true;
  for (let k = i; k < n - 1; k++) {
    // "… next time better communication", "a lack of discipline around handovers".
    if (MORE.has(words[k]!) && conductNoun(words, k, v)) return true;
    // The conduct must be the head: "a lack of communication redundancies" is about redundancy.
    if (/^(lack|absence)$/.test(words[k]!) && words[k + 1] === 'of' && v.nouns.has(words[k + 2] ?? '') && !NOUNISH.has(tags[k + 3]!)) return true;
    // "The procedure … must be followed": compliance in the passive.
    if (DUTY.has(words[k]!) && words[k + 1] === 'be' && /^(followed|respected|obeyed|observed|adhered|applied|enforced)$/.test(words[k + 2] ?? '')) return true;
  }
  // "the need for heightened vigilance", "calls for more care".
  for (let k = i; k + 2 < n; k++) if ((words[k] === 'need' || words[k] === 'needs' || words[k] === 'call' || words[k] === 'calls') && words[k + 1] === 'for' && conductNoun(words, k + 2, v)) return true;
  // People with a duty: "we need to", "everyone should", "all personnel must", "NOC operators need to". After
  // "important that" the duty may be unspoken ("that everybody follow the process").
  let p = -1;
  const subject = peopleSubject(words, tags, i, v);
  if (subject > i) {
    let j = subject;
    // "Support staff and engineering should", "everyone who touches the billing cron should".
    if ((words[j] === 'and' || words[j] === 'or') && peopleSubject(words, tags, j + 1, v) > j + 1) j = peopleSubject(words, tags, j + 1, v);
    else if (/^(who|that)$/.test(words[j] ?? '')) {
      const duty = words.findIndex((w, k) => k > j && k < j + 10 && DUTY.has(w) && tags[k] === 'MD');
      if (duty > 0) j = duty;
    }
    while (j < n && (tags[j] === 'RB' || words[j] === 'all')) j++;
    if (DUTY.has(words[j]!)) {
      j++;
      // "should have double-checked": hindsight about a behaviour is an exhortation too.
      while (j < n && (words[j] === 'to' || words[j] === 'have' || words[j] === 'of' || words[j] === 'been' || tags[j] === 'RB' || words[j] === 'all')) j++;
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
  } else if (tags[i] === 'VB' || tags[i] === 'BE' || /^(stay|remain|keep|become)$/.test(words[i]!) || v.behaviours.has(words[i]!) || attitude(words[i]!, words.slice(i + 1), v)) {
    // An imperative: a base verb opens the sentence.
    p = i;
  }
  return p >= 0 && p < n && behaviourPredicate(words, tags, lemmas, p, v);
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
const VERDICT = /^(needed|required|necessary|essential|key|important|lacking|lacked|missing|better|poor|insufficient|inadequate|improve|improved|improvement|stronger|weak|expected|mandatory|paramount)$/;

/** The predicate at p asks for a behaviour, not a change. */
function behaviourPredicate(words: string[], tags: Tag[], lemmas: string[], p: number, v: Vocabulary): boolean {
  const n = words.length;
  while (p < n && (tags[p] === 'RB' && !v.manners.has(words[p]!) || words[p] === 'always' || words[p] === 'all')) p++;
  if (p >= n) return false;
  const verb = lemmas[p]!;
  // The clause runs to a subordinator or a stop: "before merging" does not make "double-check everything" concrete.
  let end = p + 1;
  while (end < n && !/^(when|before|after|while|if|so|because|since|until|unless|[.;,!?]|—|–)$/.test(words[end]!)) end++;
  const rest = words.slice(p + 1, end);
  // "be more careful", "stay vigilant", "be extra cautious with".
  if (/^(be|stay|remain|become|get|keep)$/.test(verb)) {
    const k = rest.findIndex((w) => !/^(more|very|really|extra|a|bit|much|even|especially|always|all|super|way|so|too)$/.test(w));
    // A comparative of a quality asks for more of it: "sharper", "stricter".
    if (k >= 0 && (v.qualities.has(rest[k]!) || v.qualities.has(rest[k]!.replace(/er$/, '')) || v.qualities.has(rest[k]!.replace(/ier$/, 'y')))) return true;
  }
  if (attitude(verb, rest, v)) return true;
  // Conduct as the object: "exercise greater diligence", "show more care", "bring more discipline".
  if (rest.length && conductNoun(rest, 0, v)) return true;
  // A manner that asks for effort: "communicate better", "review PRs more carefully", "test properly".
  if (rest.some((w, k) => v.manners.has(w) && !isNounAfter(rest, k, tags, p + 1))) return true;
  // Everything at once: "test everything", "double-check all changes".
  if (rest.length && (v.everything.has(rest[0]!) || (rest[0] === 'all' || rest[0] === 'every' || rest[0] === 'each') && rest.length <= 3)) return true;
  // Compliance: "follow the process", "stick to the runbook".
  if (/^(follow|respect|obey|use|read|adhere|stick|comply|apply)$/.test(verb)) {
    // The object phrase, up to an adverbial ("every time", "at all times", "without exception").
    const stop = rest.findIndex((w, k) => k > 0 && /^(every|each|always|at|on|for|without|in|when|no|whenever|from|more|strictly|carefully)$/.test(w));
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

/** An attitude verb, alone or as a phrase with the words after it ("pay attention", "keep an eye on"). */
function attitude(verb: string, rest: string[], v: Vocabulary): boolean {
  if (v.attitudes.has(verb)) return true;
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
