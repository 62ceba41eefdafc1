import { actionVerbOf, agentKind, isPeopleKind, kindWithAppositive, type AgentKind } from '../grammar/agents.js';
import type { Parse, Phrase, Predicate } from '../grammar/parse.js';
import { isVerb } from '../grammar/tag.js';
import { unpossess } from '../people/lexemes.js';
import { clauseSentences, doerOf, unsureName, type ClauseSentence } from './clauses.js';
import { matchWords } from './word-phrases.js';
import { scanWord, verbForms } from '../grammar/inflect.js';
import { capitalise, isQuoted, peopleOptions, textOf } from './prose.js';
import type { CheckKind, FindingSuggestion } from './types.js';
import type { AgentBlameParams as Params } from './schemas/generated.js';
import { agentBlameParams } from './schemas/agent-blame.js';

interface Compiled {
  errorVerbs: Set<string>;
  toolLapses: Set<string>;
  anyVoice: Set<string>;
  attempts: Set<string>;
  duties: Set<string>;
  justifiable: Set<string>;
  adverbs: Set<string>;
  adjectives: Set<string>;
  verdicts: Set<string>;
  strong: Set<string>;
  decisions: Set<string>;
  nouns: Set<string>;
  phrases: string[][];
  blame: Set<string>;
  notBlame: Set<string>;
  technical: Set<string>;
}
const compiled = new WeakMap<object, Compiled>();

function compile(p: Params): Compiled {
  let c = compiled.get(p);
  if (!c) {
    c = {
      errorVerbs: new Set(p.errorVerbs),
      toolLapses: new Set(p.toolLapses),
      anyVoice: new Set(p.errorVerbsAnyVoice),
      attempts: new Set(p.attemptVerbs),
      duties: new Set(p.duties),
      justifiable: new Set(p.justifiable),
      adverbs: new Set(p.adverbs),
      adjectives: new Set(p.adjectives),
      verdicts: new Set([...p.verdicts, ...p.strongVerdicts]),
      strong: new Set(p.strongVerdicts),
      decisions: new Set(p.decisions),
      nouns: new Set(p.nouns),
      phrases: p.phrases.map((s) => s.toLowerCase().replace(/’/g, "'").split(/\s+/)),
      blame: new Set(p.blame),
      notBlame: new Set(p.notBlameBefore),
      technical: new Set(p.technicalAfter),
    };
    compiled.set(p, c);
  }
  return c;
}

const NEGATED_AFTER = /^(was|is|were|are|wasn't|isn't|weren't|aren't)$/;

/**
 * `agent-blame`: words that judge people. A lapse verb ("forgot", "failed to check", "shrugged off") with
 * people as its agent, the writers included; a duty left undone by a named person, role or team ("never
 * replied", "nobody checked"); an adverb, adjective or noun that judges the doer or their work
 * ("mistakenly", "a sloppy review", "negligence"); a verdict on a decision ("the wrong call"); blame next to
 * a person. Systems doing the same verbs are facts ("the alert failed to fire"); a negated lapse clears
 * ("nobody ignored the page").
 */
export const agentBlame: CheckKind<'agent-blame'> = {
  name: 'agent-blame',
  params: agentBlameParams,
  triggers(params) {
    const p = params;
    return [
      ...[...p.errorVerbs, ...p.errorVerbsAnyVoice, 'bother'].flatMap((v) => verbForms(v.split(' ')[0]!)),
      ...[...p.adverbs, ...p.adjectives, ...p.verdicts, ...p.strongVerdicts, ...p.nouns, ...p.blame].map(scanWord),
      ...p.phrases.map(scanWord),
      'lack',
      'lacks',
    ];
  },
  run(ctx) {
    const p = ctx.rule.params;
    const c = compile(p);
    const src = ctx.doc.text;
    for (const s of clauseSentences(ctx, peopleOptions(ctx.config, ctx.doc))) {
      const { parse, a } = s;
      const taken: Array<[number, number]> = [];
      const report = (first: number, last: number, suggestions: FindingSuggestion[]): void => {
        if (taken.some(([f, l]) => first <= l && last >= f) || isQuoted(a, first)) return;
        taken.push([first, last]);
        ctx.report({ start: a.lx[first]!.start, end: a.lx[last]!.end, suggestions });
      };
      const judgment = [{ description: p.rewrites.judgment }];
      const kindOf = (pr: Predicate): AgentKind => agentOfKind(s, pr);

      for (let i = 0; i < a.lx.length; i++) {
        const end = matchPhrase(parse, i, c.phrases);
        if (end < 0 || negatedNear(parse, i)) continue;
        // "Sentry kinda dropped the ball on grouping": an idiom whose verb has a tool as its agent.
        const verb = parse.preds.find((x) => x.head === i);
        if (
          verb &&
          !isPeopleKind(agentOfKind(s, verb)) &&
          agentOfKind(s, verb) !== 'anaphor' &&
          (verb.agent ?? verb.subject)
        )
          continue;
        report(i, end, judgment);
      }
      for (const pr of parse.preds) {
        const lemma =
          pr.particle && c.errorVerbs.has(`${pr.lemma} ${pr.particle}`) ? `${pr.lemma} ${pr.particle}` : pr.lemma;
        const kind = kindOf(pr);
        // A lapse is something that happened: outside a postmortem's sections, the present tense ("you can opt
        // to ignore warnings", "Sade does not check the names", "we skip testing SBCS encodings") is how a tool
        // or a habit is described, and a generic "you" is the reader.
        if (!isPast(parse, pr) && (s.section === null || subjectWord(parse, pr) === 'you')) continue;
        // "didn't bother", "nobody bothered", "never bothered to reply".
        if (
          pr.lemma === 'bother' &&
          (pr.negated || isNoOne(parse, pr)) &&
          (isPeopleKind(kind) || kind === ('none' as AgentKind))
        ) {
          const inf = parse.preds.find((x) => x.governor === pr && x.kind === 'infinitive');
          report(pr.first, inf && a.lx[inf.first]!.lower === 'to' ? inf.first : pr.head, judgment);
          continue;
        }
        // A lapse: "forgot to drain", "ignored the page", "we shrugged off the errors", "failed to acknowledge",
        // "the warnings were shrugged off by the on-call engineer".
        if (
          c.errorVerbs.has(lemma) &&
          !pr.negated &&
          !isNoOne(parse, pr) &&
          !deniedFrame(parse, pr) &&
          isPeopleKind(kind) &&
          !pr.modal &&
          !(pr.passive && !pr.agent) &&
          !(c.toolLapses.has(pr.lemma) && unsureName(s, pr))
        ) {
          if (lemma === 'fail' || lemma === 'neglect' || lemma === 'forget' || lemma === 'bother') {
            const inf = parse.preds.find((x) => x.governor === pr && x.kind === 'infinitive');
            if (lemma === 'fail' && (!inf || c.attempts.has(inf.lemma))) continue;
          }
          // ("skipped step 4 because it did not apply": a reason of the system; "because he thought it was noise" is none.)
          if (c.justifiable.has(lemma) && a.lx.slice(pr.last + 1).some((t) => /^(per)$/.test(t.lower))) continue;
          // "We missed the alert because it went to an old channel": a reason in the system clears it.
          if (systemReason(s, pr)) continue;
          if (/^(nothing|none|no|anything)$/.test(a.lx[pr.last + 1]?.lower ?? '')) continue;
          // "Neither the operator nor the shift lead missed anything".
          if ((pr.subject && a.lx[pr.subject.first - 1]?.lower === 'neither') || a.lx[0]?.lower === 'neither') continue;
          // "I missed having such a library": a longing, not a lapse.
          if (lemma === 'miss' && /ing$/.test(a.lx[pr.last + 1]?.lower ?? '')) continue;
          // "I forgot what the quota was": a fact not recalled, not a duty skipped.
          if (
            /^(forget|miss)$/.test(lemma) &&
            /^(what|which|how|why|where|when|who|whether|that)$/.test(a.lx[pr.last + 1]?.lower ?? '')
          )
            continue;
          const inf = parse.preds.find((x) => x.governor === pr && x.kind === 'infinitive');
          // "forgot to", "failed to", "shrugged off": the lapse with its particle or "to".
          const end =
            inf && a.lx[inf.first]!.lower === 'to'
              ? inf.first
              : lemma.includes(' ') && pr.particle
                ? pr.last + 1
                : pr.head;
          report(pr.head, end, lapseRewrite(src, parse, pr, p, judgment));
          continue;
        }
        if (c.anyVoice.has(lemma) && !pr.negated) {
          report(pr.head, pr.head, judgment);
          continue;
        }
        // A duty left undone by someone named: "the Change Manager never replied", "nobody checked".
        if (
          c.duties.has(pr.lemma) &&
          !pr.passive &&
          !pr.modal &&
          !conditional(parse, pr) &&
          (pr.negated ||
            (kind === 'someone' && /^(nobody|no-one|none)$/.test(headWord(parse, pr.agent ?? pr.subject))) ||
            isNoOne(parse, pr)) &&
          (kind === 'person' || kind === 'role' || kind === 'team' || kind === 'someone')
        ) {
          if (a.lx.slice(pr.last + 1).some((t) => /^(because|since|as|per)$/.test(t.lower))) continue;
          report(pr.first, pr.head, [{ description: p.rewrites.omission }, ...judgment]);
          continue;
        }
        // "Our reviewers rubber-stamped the PR without actually reading it": a deed done without its duty.
        if (!pr.passive && !pr.negated && isPeopleKind(kind) && kind !== 'we' && kind !== 'I') {
          const w = withoutDuty(parse, pr, c);
          if (w >= 0) report(w, w + (parse.tags[w + 1] === 'RB' ? 2 : 1), judgment);
        }
        // "The DBA mistakenly applied …", "we mistakenly thought …", "carelessly pushed".
        // The adverb may come after the object: "handles the rollback incompetently".
        let adverbEnd = pr.last + 1;
        while (
          adverbEnd + 1 < a.lx.length &&
          a.lx[adverbEnd + 1]!.kind !== 'punct' &&
          parse.tags[adverbEnd + 1] !== 'CC' &&
          parse.tags[adverbEnd + 1] !== 'CS' &&
          !parse.preds.some((x) => x.first === adverbEnd + 1)
        )
          adverbEnd++;
        for (let k = Math.max(0, pr.first - 1); k <= Math.min(a.lx.length - 1, adverbEnd); k++) {
          if (c.adverbs.has(a.lx[k]!.lower) && (isPeopleKind(kind) || (pr.passive && isActionVerb(pr))))
            report(k, k, judgment);
        }
      }
      // Adjectives and nouns that judge.
      for (let i = 0; i < a.lx.length; i++) {
        const w = a.lx[i]!.lower.replace(/’/g, "'");
        if (c.nouns.has(w) || c.nouns.has(unpossess(w).base)) {
          if (!negatedNear(parse, i) && !c.technical.has(a.lx[i + 1]?.lower ?? '')) report(i, i, judgment);
          continue;
        }
        const verdict = c.verdicts.has(w);
        if (!c.adjectives.has(w) && !verdict) continue;
        if (c.technical.has(a.lx[i + 1]?.lower ?? '') || negatedNear(parse, i)) continue;
        if (judgesHere(s, i, verdict, c)) report(i, verdict ? decisionEnd(parse, i, c) : i, judgment);
      }
      // A person's lack of a duty: "a lack of confirmation by the person in charge", "Sam's lack of testing",
      // "the operator showed a lack of checking". (A system's "lack of monitoring on the queue" is a gap.)
      for (let i = 0; i + 2 < a.lx.length; i++) {
        if (!/^(lack|lacks)$/.test(a.lx[i]!.lower) || a.lx[i + 1]!.lower !== 'of') continue;
        const np = parse.phraseAt(i + 2);
        // (Of a deed: "confirmation", "testing", "review"; not "a lack of capacity from the vendor".)
        const last = np ? np.last : parse.tags[i + 2] === 'VBG' ? i + 2 : -1;
        if (last < 0 || !actionVerbOf(a.lx[np ? np.head : i + 2]!.lower) || negatedNear(parse, i)) continue;
        let k = last + 1;
        if (
          a.lx[k]?.lower === 'on' &&
          a.lx[k + 1]?.lower === 'the' &&
          a.lx[k + 2]?.lower === 'part' &&
          a.lx[k + 3]?.lower === 'of'
        )
          k += 3;
        const by = /^(by|from|of)$/.test(a.lx[k]?.lower ?? '') ? parse.phraseAt(k + 1) : undefined;
        const own = parse.phrases.find((x) => x.last === i || x.head === i);
        const host = parse.preds.find(
          (x) =>
            x.object &&
            x.object.first <= i &&
            x.object.last >= i - 1 &&
            /^(show|demonstrate|display|have|exhibit)$/.test(x.lemma),
        );
        const people = (np: Phrase | undefined): boolean =>
          !!np && (isPeopleKind(agentKind(parse, np)) || agentKind(parse, np) === 'I');
        if (people(by) || (own?.owner && people(own.owner)) || (host && people(host.subject)))
          report(i, last, judgment);
      }
      // Blame next to a person: "Sam's fault", "the mistake by @kim", "X is to blame", "blamed the on-call".
      for (let i = 0; i < a.lx.length; i++) {
        const w = a.lx[i]!.lower.replace(/’/g, "'");
        if (!c.blame.has(w) || c.notBlame.has(a.lx[i + 1]?.lower ?? '') || negatedNear(parse, i)) continue;
        if (blameNextToPerson(s, i) || verdictOnDeed(s, i)) report(i, i, judgment);
      }
    }
  },
};

function headWord(parse: Parse, np: Phrase | undefined): string {
  return np ? parse.a.lx[np.head]!.lower : '';
}

/** "It was not the case that the engineer overlooked it", "there is no evidence that Sam ignored it": a denied claim. */
function deniedFrame(parse: Parse, pr: Predicate): boolean {
  const lx = parse.a.lx;
  for (let k = pr.first - 1; k > 0; k--) {
    // "It was not the case that …", "there is no evidence that …": "that" as a conjunction or after a noun.
    if (!(lx[k]!.lower === 'that' && (parse.tags[k] === 'CS' || parse.tags[k] === 'WP'))) continue;
    const host = [...parse.preds].reverse().find((x) => x.last < k);
    if (host?.negated) return true;
    return lx.slice(Math.max(0, k - 4), k).some((t) => /^(no|not|never|false|untrue|nobody)$/.test(t.lower));
  }
  return false;
}

/** Index of "without" before a duty's gerund ("without actually reading it", "without testing"), or -1. */
function withoutDuty(parse: Parse, pr: Predicate, c: Compiled): number {
  const lx = parse.a.lx;
  for (let k = pr.last + 1; k < lx.length - 1; k++) {
    if (lx[k]!.kind === 'punct' && /^[.;:!?]$/.test(lx[k]!.text)) return -1;
    if (lx[k]!.lower !== 'without') continue;
    let j = k + 1;
    while (parse.tags[j] === 'RB') j++;
    const g = lx[j]!.lower;
    if (
      (/ing$/.test(g) && c.duties.has(g.slice(0, -3))) ||
      c.duties.has(g.slice(0, -3) + 'e') ||
      c.duties.has(g.replace(/ing$/, '')) ||
      /^(thinking|looking|asking|telling|checking)$/.test(g)
    )
      return k;
    return -1;
  }
  return -1;
}

/** "when the on-call does not acknowledge the page in 10 minutes": a condition a rule is written for, not an event. */
function conditional(parse: Parse, pr: Predicate): boolean {
  const opener = parse.a.lx[pr.clause]?.lower ?? '';
  return (
    /^(when|if|unless|whenever|once|until|in)$/.test(opener) &&
    parse.tags[pr.head] !== 'VBD' &&
    !/^(did|didn't|had|hadn't|was|wasn't)$/.test(parse.a.lx[pr.first]!.lower)
  );
}

/** "No one checked", "none of us noticed". */
function isNoOne(parse: Parse, pr: Predicate): boolean {
  const np = pr.agent ?? pr.subject;
  if (!np) return false;
  const w = parse.a.lx
    .slice(np.first, np.head + 1)
    .map((t) => t.lower)
    .join(' ');
  return /^(no one|no-one|nobody|none)\b/.test(w);
}

/** The kind of the predicate's agent, through relatives and anaphora ("the engineer who forgot"). */
function agentOfKind(s: ClauseSentence, pr: Predicate): AgentKind {
  const np = pr.passive ? pr.agent : (pr.agent ?? pr.subject);
  if (!np) return 'thing';
  const k = kindWithAppositive(s.parse, np);
  if (k === 'anaphor') {
    const d = doerOf(s.parse, np, s.previous);
    return d ? d.kind : 'anaphor';
  }
  return k;
}

function isActionVerb(pr: Predicate): boolean {
  return !/^(be|have|do|seem|appear|know|receive|get|see|hear|become|remain|exist|happen|occur|fail|return|run)$/.test(
    pr.lemma,
  );
}

/** A negation right before the word or right after it ("not careless", "carelessness was not a factor"). */
function negatedNear(parse: Parse, i: number): boolean {
  const lx = parse.a.lx;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = lx[k]!;
    if (t.kind === 'punct' && t.text !== '-') break;
    if (/^(not|never|no|without|nor|neither|hardly|nobody|none|no-one)$|n['’]t$/.test(t.lower)) return true;
  }
  const w = lx.slice(i + 1, i + 4).map((t) => t.lower);
  return NEGATED_AFTER.test(w[0] ?? '') && (/n['’]t$/.test(w[0]!) || w[1] === 'not' || w[1] === 'never');
}

/**
 * Does the judging word at i judge people here? As an adverb or a noun of conduct it does; as an adjective
 * it must describe a person or their work ("a sloppy review", "Sam was careless", "I'm an idiot"), or, for
 * a verdict, a decision ("a bad call", "this was the wrong call", "starting it after 5pm is inadvisable").
 */
function judgesHere(s: ClauseSentence, i: number, verdict: boolean, c: Compiled): boolean {
  const { parse } = s;
  const lx = parse.a.lx;
  const np = parse.phraseAt(i);
  const w = lx[i]!.lower;
  // "Using X is a terrible idea": outside a postmortem's sections a verdict in the present is advice.
  if (verdict && s.section === null) {
    const be = [...parse.preds].reverse().find((x) => x.last < i && x.last >= i - 4);
    if (be && !isPast(parse, be)) return false;
  }
  if (np && np.head !== i) {
    // Attributive: the noun it describes ("a sloppy review", "lazy engineers", "the wrong call").
    const head = unpossess(lx[np.head]!.lower).base;
    if (verdict) return c.decisions.has(head);
    // "a configuration loader for lazy people": people in general, not anyone in this incident.
    if (/^(people|folks|humans|persons)$/.test(head) && np.first === i) return false;
    return isPeopleKind(agentKind(parse, np)) || isConduct(head) || c.decisions.has(head);
  }
  // "The QA pass was half-assed": tagged as a passive, the adjective is the head of the "be" group.
  const own = parse.preds.find(
    (x) =>
      x.head === i &&
      x.passive &&
      x.kind === 'finite' &&
      /^(was|were|is|are|been|be|'s)$/.test(lx[x.head - 1]?.lower ?? ''),
  );
  if (own) {
    const k = agentKind(parse, own.subject);
    const head = own.subject ? unpossess(lx[own.subject.head]!.lower).base : '';
    return verdict
      ? c.decisions.has(head)
      : isPeopleKind(k) || isConduct(head) || c.decisions.has(head) || (k === 'anaphor' && /^(this|that)$/.test(head));
  }
  // Predicative: "Sam was careless", "I'm an idiot", "the review was sloppy", "starting it at 5pm is inadvisable".
  const pr = [...parse.preds]
    .reverse()
    .find(
      (x) =>
        (x.lemma === 'be' || /^(seem|look|appear|become|prove|get|grow|go|stay|remain|turn)$/.test(x.lemma)) &&
        x.last < i &&
        x.last >= i - 4,
    );
  if (!pr) return !verdict && !np && lx.filter((t) => t.kind === 'word').length <= 3; // "Sloppy." on its own
  const subj = pr.subject;
  const strong = c.strong.has(w);
  if (!subj)
    return (
      (pr.subjectClause !== undefined && (strong || !verdict)) ||
      (strong && parse.preds.some((x) => x.kind === 'gerund' && x.last < pr.first))
    );
  const k = agentKind(parse, subj);
  const head = unpossess(lx[subj.head]!.lower).base;
  if (verdict)
    return (
      c.decisions.has(head) ||
      (strong &&
        (k === 'anaphor' || parse.preds.some((x) => x.kind === 'gerund' && x.first <= subj.first && x.last < pr.first)))
    );
  if (isPeopleKind(k)) return true;
  // "It was reckless to run the migration at peak": the infinitive after it is the deed judged.
  if (head === 'it' && lx[i + 1]?.lower === 'to') return true;
  if (k === 'anaphor') return /^(this|that)$/.test(head);
  // "the job scripts submitted by that group were sloppy": something people made, described as theirs.
  if (subj.rel.some((r) => r.passive && r.agent && isPeopleKind(agentKind(parse, r.agent)))) return true;
  // "The bioinformatics core was negligent": words that judge only an agent, said of any agent but a system.
  if (
    PERSON_ONLY.test(w) &&
    k !== 'public' &&
    !parse.a.mentions.some((m) => m.kind === 'system' && m.first <= subj.head && m.last >= subj.head) &&
    parse.tags[subj.head] !== 'X'
  )
    return true;
  return (
    c.decisions.has(head) ||
    isConduct(head) ||
    parse.preds.some((x) => x.kind === 'gerund' && x.first <= subj.first && x.last < pr.first)
  );
}

const PERSON_ONLY =
  /^(negligent|incompetent|reckless|inattentive|irresponsible|thoughtless|foolish|stupid|idiotic|complacent|unprofessional|cavalier)$/;

/** Nouns for how people work: a judging adjective on one judges them ("a sloppy review", "careless handling"). */
const isConduct = (noun: string): boolean =>
  /^(slip|slips|lapse|submission|submissions|notes|note|documentation|paperwork|report|reports|writeup|write-up|way|manner|fashion|pass|effort|efforts|audit|qa|review|reviews|change|changes|deploy|deploys|deployment|work|handling|approach|attitude|behaviour|behavior|conduct|practice|practices|testing|coding|planning|communication|response|handover|handoff|attempt|job|decision|decisions|merge|push|commit|commits|edit|edits|typo|mistake|mistakes|error|errors|oversight|shortcut|rollout|engineering|operation|operations|driving|move|query|command|fix|hotfix|patch|migration|release|preparation|analysis|investigation|communication|follow-up|work)$/.test(
    noun,
  );

function decisionEnd(parse: Parse, i: number, c: Compiled): number {
  const np = parse.phraseAt(i);
  return np && np.head > i && c.decisions.has(unpossess(parse.a.lx[np.head]!.lower).base) ? np.head : i;
}

function blameNextToPerson(s: ClauseSentence, i: number): boolean {
  const { parse } = s;
  const lx = parse.a.lx;
  const np = parse.phraseAt(i);
  if (
    np?.owner &&
    isPeopleKind(agentKind(parse, np.owner)) &&
    !/^(we|our|someone's|somebody's|anyone's|anybody's|everyone's|everybody's|someone’s|anyone’s|everyone’s)$/.test(
      lx[np.owner.head]!.lower,
    )
  )
    return true;
  // "mistake by @kim", "fault of the DBA", "blamed the on-call", "blame lies with Chen".
  let k = i + 1;
  while (lx[k] && /^(the|a|an|on|with|of|by|lies|rests|falls|lay|rested|fell|is|was)$/.test(lx[k]!.lower)) k++;
  const after = parse.phraseAt(k);
  // ("the most common mistakes I noticed": the person after is the subject of a clause of their own, the one
  // who saw; "the mistake Sam made" is still Sam's.)
  const own = after && parse.preds.find((x) => x.subject === after && x.first === after.last + 1);
  if (
    after &&
    isPeopleKind(agentKind(parse, after)) &&
    !/^(we|us|our)$/.test(lx[after.head]!.lower) &&
    !(own && !/^(make|commit)$/.test(own.lemma))
  )
    return true;
  // "Blame for the outage lies with Chen": the person after the verb the blame is the subject of.
  const rests = parse.preds.find(
    (x) => x.first > i && /^(lie|rest|fall|sit)$/.test(x.lemma) && x.subject && x.subject.first <= i,
  );
  if (rests) {
    let j = rests.last + 1;
    while (lx[j] && /^(with|on|to|squarely|entirely|solely|the|a)$/.test(lx[j]!.lower)) j++;
    const who = parse.phraseAt(j);
    if (who && isPeopleKind(agentKind(parse, who))) return true;
  }
  // "Priya is to blame", "Sam made a mistake", "the DBA was at fault".
  const pr = parse.preds.find((x) => x.last < i && x.last >= i - 4);
  if (pr) {
    const k2 = agentKind(parse, pr.agent ?? pr.subject);
    if (
      (k2 === 'person' || k2 === 'role' || k2 === 'team' || k2 === 'someone') &&
      (pr.lemma === 'be' || pr.lemma === 'make' || (isVerb(parse.tags[pr.head]) && /^(blame|make)$/.test(pr.lemma)))
    )
      return true;
  }
  return false;
}

/** "Deploying at 5pm on a Friday was a mistake", "that decision was a blunder": a verdict on a deed. */
function verdictOnDeed(s: ClauseSentence, i: number): boolean {
  const { parse } = s;
  const np = parse.phraseAt(i);
  if (!np || np.head !== i) return false;
  const pr = parse.preds.find((x) => x.lemma === 'be' && x.object === np && !x.negated);
  if (!pr) return false;
  if (pr.subjectClause) return true;
  const subj = pr.subject;
  if (!subj) return false;
  const head = parse.a.lx[subj.head]!.lower;
  return /^(decision|call|choice|move|this|that)$/.test(head) && !/^(it)$/.test(head);
}

/** Index of the last word of a fixed phrase at i ("dropped the ball"), or -1; inflections of its first verb count. */
const matchPhrase = (parse: Parse, i: number, phrases: string[][]): number => matchWords(parse, i, phrases, true);

/** "Nothing prompted anyone to drain the node", "The first page did not stand out", "Nothing stopped the canary stage from being bypassed". */
function lapseRewrite(
  src: string,
  parse: Parse,
  pr: Predicate,
  p: Params,
  judgment: FindingSuggestion[],
): FindingSuggestion[] {
  const a = parse.a;
  const inf = parse.preds.find((x) => x.governor === pr && x.kind === 'infinitive');
  const kind = inf ? 'infinitive' : /^(bypass|skip|circumvent)$/.test(pr.lemma) ? 'bypass' : 'object';
  const from = inf ? inf.head : pr.object?.first;
  if (from === undefined || pr.passive) return judgment;
  let end = from;
  while (
    end + 1 < a.lx.length &&
    !(a.lx[end + 1]!.kind === 'punct' && /^[.,;:!?)(—–]$/.test(a.lx[end + 1]!.text)) &&
    !STOPS[kind].has(a.lx[end + 1]!.lower)
  )
    end++;
  const rest = textOf(src, a, from, end);
  const template = p.rewrites[kind];
  return [{ description: template.replace('{rest}', rest).replace('{Rest}', capitalise(rest)) }, ...judgment];
}

const CLAUSE_STOPS = [
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
  'if',
  'unless',
  'despite',
  'even',
];
const STOPS = {
  infinitive: new Set(CLAUSE_STOPS),
  object: new Set([
    ...CLAUSE_STOPS,
    'for',
    'during',
    'at',
    'in',
    'on',
    'by',
    'that',
    'twice',
    'again',
    'entirely',
    'completely',
  ]),
  bypass: new Set([...CLAUSE_STOPS, 'for', 'during', 'at', 'in', 'on', 'by', 'that', 'to']),
};

/** "… because it went to an old channel": the reason's subject is a thing, so the lapse is explained by the system. */
function systemReason(s: ClauseSentence, pr: Predicate): boolean {
  const { parse } = s;
  const lx = parse.a.lx;
  for (let k = pr.last + 1; k < lx.length; k++) {
    if (!/^(because|since|as)$/.test(lx[k]!.lower) || parse.tags[k] !== 'CS') continue;
    // "since then", "as usual": no clause, no reason.
    const inner = parse.preds.find((x) => x.first > k && x.kind === 'finite');
    if (!inner?.subject) return false;
    return !isPeopleKind(agentKind(parse, inner.subject));
  }
  return false;
}

/** Does the predicate tell of the past ("ignored", "did not check", "had missed", "was skipped")? */
function isPast(parse: Parse, pr: Predicate): boolean {
  if (pr.perfect) return true;
  for (let k = pr.first; k <= pr.last; k++) {
    const t = parse.tags[k];
    if (
      t === 'VBD' ||
      /^(did|didn['’]t|was|were|wasn['’]t|weren['’]t|had|hadn['’]t|could|couldn['’]t|would|wouldn['’]t)$/.test(
        parse.a.lx[k]!.lower,
      )
    )
      return true;
  }
  // "failed to check": the infinitive's governor carries the tense.
  return !!pr.governor && pr.governor !== pr && isPast(parse, pr.governor);
}

function subjectWord(parse: Parse, pr: Predicate): string {
  const np = pr.agent ?? pr.subject;
  return np ? parse.a.lx[np.head]!.lower : '';
}
