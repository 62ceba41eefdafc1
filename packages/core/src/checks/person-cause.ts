import { matchWords } from './word-phrases.js';
import { ZONE_ABBREVIATIONS, AMBIGUOUS_ZONES } from '../document/zones.js';
import { actionVerbOf, agentKind, isDeed, isPeopleKind, isPersonKind } from '../grammar/agents.js';
import type { Parse, Phrase, Predicate } from '../grammar/parse.js';
import { isNounTag } from '../grammar/tag.js';
import { unpossess } from '../people/lexemes.js';
import {
  clauseSentences,
  doerOf,
  doerOfPredicate,
  mayNamePerson,
  UNDOING,
  unsureName,
  type ClauseSentence,
  type Doer,
} from './clauses.js';
import { scanWord, verbForms } from '../grammar/inflect.js';
import { capitalise, isQuoted, negatedBefore, peopleOptions, textOf } from './prose.js';
import type { CheckKind, Finding, FindingSuggestion } from './types.js';
import type { PersonCauseParams as Params } from './schemas/generated.js';
import { personCauseParams } from './schemas/person-cause.js';

interface Compiled {
  causal: Set<string>;
  withProblem: Set<string>;
  problems: Set<string>;
  sources: Set<string>;
  sourceSubjects: Set<string>;
  causeNouns: Set<string>;
  markers: string[][];
  labels: string[][];
  harm: Set<string>;
  errorAdverbs: string[][];
  duties: Set<string>;
  consequences: string[][];
  benign: Set<string>;
  credit: Set<string>;
  remedyVerbs: Set<string>;
  remedyObjects: Set<string>;
  valued: Set<string>;
  remedial: Set<string>;
  failureWords: Set<string>;
  faulty: Set<string>;
  changes: Set<string>;
  safeguards: Set<string>;
  punitive: string[][];
  sourceList: string[][];
}
const compiled = new WeakMap<object, Compiled>();
const words = (list: readonly string[]): string[][] => list.map((s) => s.toLowerCase().split(/\s+/));

function compile(p: Params): Compiled {
  let c = compiled.get(p);
  if (!c) {
    c = {
      causal: new Set(p.causal),
      withProblem: new Set(p.causalWithProblem),
      problems: new Set(p.problems),
      sources: new Set(p.sources),
      sourceSubjects: new Set(p.sourceSubjects),
      causeNouns: new Set(p.causeNouns),
      markers: words(p.causeMarkers),
      labels: words(p.labels),
      harm: new Set(p.harm),
      errorAdverbs: words(p.errorAdverbs),
      duties: new Set(p.duties),
      consequences: words(p.consequences),
      benign: new Set(p.benign),
      credit: new Set(p.credit),
      remedyVerbs: new Set(p.remedies.verbs),
      remedyObjects: new Set(p.remedies.objects),
      valued: new Set(p.valued),
      remedial: new Set(p.remedial),
      failureWords: new Set(p.failureWords),
      faulty: new Set(p.faulty),
      changes: new Set(p.changes),
      safeguards: new Set(p.safeguards),
      punitive: words(p.punitive),
      sourceList: words(p.sources),
    };
    compiled.set(p, c);
  }
  return c;
}

/**
 * `person-cause`: a person presented as the cause. The cause of a causal predicate ("X caused", "was
 * triggered by X", "X was the root cause", "due to X", "Root cause: X ran …"), resolved through what a noun
 * phrase stands for ("Priya's change", "a change implemented by Priya", "this restart" after "the engineer
 * restarted …"); a person as the agent of a destructive act or of an act done by mistake; an omission
 * followed by its consequence; a remedy aimed at one person. Not: the writers as a team ("we"), incident
 * roles, people on the effect side ("paged the on-call"), thanks.
 */
export const personCause: CheckKind<'person-cause'> = {
  name: 'person-cause',
  params: personCauseParams,
  triggers(params) {
    const p = params;
    // Not the verbs of ordinary changes ("ran", "set", "added"): every frame that reads one needs another word
    // too, a failure after it, a by-phrase or a cleft's "who".
    // Nor those that cause only with a problem as object ("introduced a regression"): the problem word is the trigger.
    const verbs = [...p.causal, ...p.sources, ...p.harm, ...p.remedies.verbs]
      .map((v) => v.split(' ')[0]!)
      .filter((v) => v !== 'be');
    return [
      ...p.faulty,
      ...p.safeguards.map(scanWord),
      'cannot',
      "can't",
      "couldn't",
      'what',
      ...['start', 'begin', 'kick', 'happen', 'occur', 'hit', 'come'].flatMap(verbForms),
      ...verbs.flatMap(verbForms),
      ...p.causal
        .concat(p.causalWithProblem, p.sources)
        .filter((v) => v.startsWith('be '))
        .map(scanWord),
      // A cleft or an anaphor after a deed ("is what left the DB stuck", "and that kicked everyone out") needs a
      // word of failure in its clause.
      ...p.failureWords.map(scanWord),
      ...p.problems,
      ...p.causeNouns,
      ...p.causeMarkers.map(scanWord),
      ...p.labels.map(scanWord),
      ...p.errorAdverbs.map(scanWord),
      ...p.punitive.map(scanWord),
      ...p.remedies.objects.map(scanWord),
    ];
  },
  run(ctx) {
    const p = ctx.rule.params;
    const c = compile(p);
    const src = ctx.doc.text;
    // By source offset: a person named in one sentence may be found again from the next ("… this action resulted in").
    const taken = new Set<number>();
    for (const cs of clauseSentences(ctx, peopleOptions(ctx.config, ctx.doc), mayNamePerson)) {
      if (cs.a.lx.some((t) => c.credit.has(t.lower))) continue;
      if (cs.a.sentence.text.trimEnd().endsWith('?')) continue;
      const s = scopeOf(cs, c, p, src, taken);
      // Frame by frame, each a function of its own: as one function, V8 took most of a second to optimise the
      // frames, twice, in every fresh process (bench/notes.md).
      causalFrames(s);
      omissionFrame(s);
      onSomeoneFrame(s);
      markerFrames(s);
      labelFrame(s);
      cleftFrame(s);
      remedyFrames(s);
      for (const [start, { finding }] of s.pending) {
        taken.add(start);
        ctx.report(finding);
      }
    }
  },
};

/** One sentence being read: its parse, and how a frame reports the person it finds behind a cause. */
interface Scope {
  cs: ClauseSentence;
  parse: Parse;
  previous: Parse | undefined;
  section: ClauseSentence['section'];
  a: ClauseSentence['a'];
  c: Compiled;
  /** A verb of doing something wrong by its form: "misrouted", "double-counted", "overcharged". */
  harmful(lemma: string, particle?: string): boolean;
  report(d: Doer | undefined, why: 'cause' | 'harm' | 'remedy', pred?: Predicate, cause?: Phrase): void;
  causeOf(np: Phrase | undefined): Doer | undefined;
  ownerOf(np: Phrase): Doer | undefined;
  pending: Map<number, { finding: Finding; question: boolean }>;
}

function scopeOf(cs: ClauseSentence, c: Compiled, p: Params, src: string, taken: Set<number>): Scope {
  const { parse, previous } = cs;
  const harmful = (lemma: string, particle?: string): boolean =>
    c.harm.has(lemma) ||
    (!!particle && c.harm.has(`${lemma} ${particle}`)) ||
    (/^(mis|double-|over|under)[a-z]{3}/.test(lemma) &&
      !/^(over|under)(see|take|come|look|stand|go|write)/.test(lemma) &&
      lemma !== 'overview');
  const report = (d: Doer | undefined, why: 'cause' | 'harm' | 'remedy', pred?: Predicate, cause?: Phrase): void => {
    if (!d || (d.parse !== parse && d.parse !== previous) || !isPersonKind(d.kind)) return;
    const m = d.np;
    const da = d.parse.a;
    // "any team member could have made it", "anyone": a general statement, not a person.
    if (/^(any|anyone|anybody|every|everyone|everybody|no)$/.test(da.lx[m.first]!.lower)) return;
    const first = da.lx[m.first]!;
    const last = da.lx[m.last]!;
    if (taken.has(first.start) || isQuoted(da, m.first)) return;
    // One finding per person; of several frames, the one whose rewrite names the thing that did the harm
    // ("A bad config took checkout down.") beats a question about who.
    const suggestions = suggestionsFor(src, d.parse, m, why, p, pred, cause);
    const known = pending.get(first.start);
    if (known && !(known.question && !suggestions[0]?.description.startsWith(p.rewrites.question.slice(0, 12)))) return;
    pending.set(first.start, {
      finding: { start: first.start, end: last.end, suggestions },
      question: suggestions[0]?.description.startsWith(p.rewrites.question.slice(0, 12)) ?? false,
    });
  };
  const pending = new Map<number, { finding: Finding; question: boolean }>();
  // Who is behind a cause: the doer of what the phrase names, or the owner of what it names ("the root cause
  // was Zainab's misconfigured feature flag"), unless that is a possession.
  const causeOf = (np: Phrase | undefined): Doer | undefined =>
    doerOf(parse, np, previous) ?? (np ? ownerOf(np) : undefined);
  // "The DBA's unscheduled REORG locked out all transactions": whatever a person owns that does the harm,
  // unless it is a possession ("Tony's token", "their node") rather than something done.
  const ownerOf = (np: Phrase): Doer | undefined => {
    if (
      !np.owner ||
      /^(token|tokens|account|accounts|laptop|laptops|key|keys|password|passwords|node|nodes|machine|machines|phone|device|devices|card|credentials|home|desk)$/.test(
        headOf(parse, np),
      )
    )
      return undefined;
    const d = doerOf(parse, np.owner, previous);
    return d && isPersonKind(d.kind) ? d : undefined;
  };
  return { cs, parse, previous, section: cs.section, a: cs.a, c, harmful, report, causeOf, ownerOf, pending };
}

/** Causal predicates and their cause, and the harm a person's deed does. */
function causalFrames(s: Scope): void {
  const { parse, a, c } = s;
  for (const pr of parse.preds) {
    // A claim of cause is stated, not negated, wished or quoted: "should never be considered a root cause",
    // "It was not Kwame's change that broke the rules".
    if (pr.negated || (pr.modal && pr.modal !== 'have-to') || isQuoted(a, pr.head) || deniedCleft(parse, pr)) continue;
    // A decision to act, or an act for a protective purpose, is a mitigation: "decided to take the service
    // offline to protect claimant data".
    if (
      (pr.kind === 'infinitive' && /^(decide|choose|opt|agree|plan|elect|vote)$/.test(pr.governor?.lemma ?? '')) ||
      protective(parse, pr)
    )
      continue;
    // ("bulk-blocked", "hot-patched": the verb is the part that inflects.)
    const lemma = c.harm.has(pr.lemma) ? pr.lemma : pr.lemma.slice(pr.lemma.lastIndexOf('-') + 1);
    const after = wordsAfter(parse, pr, 3);
    const phrase = (n: number): string => [lemma, ...after.slice(0, n)].join(' ');
    causeLinks(s, pr, lemma, after, phrase);
    harmDone(s, pr, lemma);
  }
}

/** What a causal predicate says caused the incident, and who is behind it. */
function causeLinks(s: Scope, pr: Predicate, lemma: string, after: string[], phrase: (n: number) => string): void {
  const { parse, previous, c, report, causeOf, harmful } = s;
  const isCausal =
    c.causal.has(lemma) ||
    c.causal.has(phrase(1)) ||
    c.causal.has(phrase(2)) ||
    (!!pr.particle && c.causal.has(`${lemma} ${pr.particle}`));
  const withN = c.withProblem.has(phrase(2))
    ? 2
    : c.withProblem.has(phrase(1))
      ? 1
      : c.withProblem.has(lemma) || (pr.particle && c.withProblem.has(`${lemma} ${pr.particle}`))
        ? 0
        : -1;
  const problemObject =
    withN > 0
      ? isProblem(parse, complementAfter(parse, pr, withN - (pr.particle ? 1 : 0)), c)
      : objectIsProblem(parse, pr, c);
  // ", causing screening to pass every address unchecked": the event before the comma is the cause.
  if (pr.kind === 'gerund' && pr.eventBefore && (isCausal || harmful(lemma, pr.particle)) && !pr.negated)
    report(doerOfPredicate(parse, pr.eventBefore, previous), 'cause', pr.eventBefore);
  // ("the issue created by Ben", "opened a ticket": a tracker's issue is filed, not caused.)
  const filed =
    (pr.passive ? pr.subject : pr.object) !== undefined &&
    /^(create|open|file|raise|submit|log|write)$/.test(lemma) &&
    /^(issue|issues|ticket|tickets)$/.test(headOf(parse, (pr.passive ? pr.subject : pr.object)!));
  if (!filed && (isCausal || (withN >= 0 && (pr.passive ? subjectIsProblem(parse, pr, c) : problemObject)))) {
    if (pr.passive) report(causeOf(pr.agent), 'cause');
    else if (pr.kind !== 'infinitive' || pr.governor)
      report(causeOf(pr.subject) ?? eventCause(parse, pr, previous), 'cause', pr, pr.subject);
    // "was triggered when the Operator re-ran the batch": the cause is the clause that says when.
    if (pr.passive && !pr.agent) report(whenClauseDoer(parse, pr, previous), 'cause');
  }
  // "We traced the leaked token back to Dmitri": an active tracing of a problem to its source.
  if (!pr.passive && /^(trace|attribute|blame|pin|track)$/.test(lemma) && pr.object && isProblem(parse, pr.object, c)) {
    let k = pr.object.last + 1;
    while (parse.a.lx[k] && /^(back|down|all|the|way)$/.test(parse.a.lx[k]!.lower)) k++;
    if (/^(to|on)$/.test(parse.a.lx[k]?.lower ?? '')) report(causeOf(parse.phraseAt(k + 1)), 'cause');
  }
  // A pseudo-cleft names its cause: "that's what took ranked queues down", "the DBA's failover is what left
  // the DB stuck in read-only"; an anaphor after a deed: "…, and that kicked everybody out".
  if (
    !pr.passive &&
    (pr.via === 'cleft' ||
      (pr.subject &&
        /^(that|this|it|which)$/.test(parse.a.lx[pr.subject.head]!.lower) &&
        pr.subject.first === pr.subject.last)) &&
    isDeedVerb(pr) &&
    !isCausal
  ) {
    const end = clauseEnd(parse, pr);
    const span = parse.a.lx.slice(pr.first, end + 1);
    const harmInSpan = parse.lemmas.slice(pr.first, end + 1).some((l) => l && c.harm.has(l));
    // ("X is what drained every node", "X is what allowed the job to fill the OSTs": what a cleft singles out
    // is a cause unless the deed is a find or a fix.)
    if (
      !FINDS_AND_FIXES.test(lemma) &&
      (c.harm.has(lemma) ||
        harmInSpan ||
        span.some((t) => c.failureWords.has(t.lower) || c.problems.has(t.lower) || c.faulty.has(t.lower)) ||
        pr.via === 'cleft')
    )
      report(causeOf(pr.subject), 'cause', pr, pr.subject);
  }
  // "The thing that actually borked the store was Olusegun's sync run": the subject's relative says what it did.
  if (
    pr.lemma === 'be' &&
    pr.subject &&
    pr.object &&
    pr.subject.rel.some(
      (r) => c.harm.has(r.lemma) || c.causal.has(r.lemma) || c.causal.has(`${r.lemma} ${r.particle ?? ''}`.trim()),
    )
  )
    report(causeOf(pr.object), 'cause');
  // "Main cause is that I merged my own pull request …": a cause noun equated with a clause.
  if (pr.lemma === 'be' && pr.subject && c.causeNouns.has(headOf(parse, pr.subject)) && after[0] === 'that') {
    const inner = parse.preds.find((x) => x.first > pr.last + 1 && x.kind === 'finite' && !x.passive && isDeedVerb(x));
    if (inner) report(doerOfPredicate(parse, inner, previous), 'cause');
  }
  // "What starts the incident is Jakub restarting all Redis nodes": the cause after the second verb.
  if (pr.lemma === 'be') {
    const what = parse.preds.find(
      (x) =>
        x.last < pr.first &&
        x.first === 1 &&
        parse.a.lx[0]!.lower === 'what' &&
        (c.causal.has(x.lemma) || c.withProblem.has(x.lemma)),
    );
    if (what) report(causeOf(parse.phraseAt(pr.last + 1)), 'cause');
  }
  // "The person who ran the script is why the tables got locked", "… and that's how it got out the door".
  if (pr.lemma === 'be' && /^(why|how)$/.test(after[0] ?? '') && !pr.negated) {
    const rest = parse.a.lx.slice(pr.last + 1);
    if (
      rest.some((t) => c.failureWords.has(t.lower) || c.problems.has(t.lower) || c.faulty.has(t.lower)) ||
      parse.a.lx.some((t) => c.faulty.has(t.lower))
    )
      report(causeOf(pr.subject), 'cause');
  }
  // "the whole outage kicks off when @rafa runs terraform apply": a problem that starts with someone's deed.
  if (/^(start|begin|kick|happen|occur|hit|come)$/.test(lemma) && subjectIsProblem(parse, pr, c))
    report(whenClauseDoer(parse, pr, previous), 'cause');
  // "stemmed from X", "came down to X", "is entirely on X", "has been attributed to X", "rests with X".
  // A passive whose complement was fronted: "it is to this change that the degradation has been attributed".
  const source =
    c.sourceList.find((ws) => ws[0] === lemma && ws.slice(1).every((w, k) => after[k] === w)) ??
    (pr.passive && /^[.;,]?$/.test(after[0] ?? '')
      ? c.sourceList.find((ws) => ws[0] === lemma && ws.length === 2)
      : undefined);
  if (source) {
    const subj = pr.subject ? unpossess(parse.a.lx[pr.subject.head]!.lower).base : '';
    // "The crash spike traces back to …", "Incident INC0045521 resulted from …", "The P2 traces back to …".
    // ("Most of the damage came from …": the words of its "of" phrase count.)
    const subjectWords = pr.subject
      ? parse.a.lx.slice(pr.subject.first, (pr.subject.pp?.np.last ?? pr.subject.last) + 1).map((t) => t.lower)
      : [];
    if (
      c.sourceSubjects.has(subj) ||
      subjectWords.some(
        (w) =>
          c.problems.has(w) ||
          c.problems.has(w.replace(/s$/, '')) ||
          c.faulty.has(w) ||
          c.failureWords.has(w) ||
          /^(p[0-4]|sev-?[0-4]|inc\d+)$/.test(w),
      )
    ) {
      const np =
        complementAfter(parse, pr, source.length - 1) ?? frontedComplement(parse, pr, source[source.length - 1]!);
      report(causeOf(np), 'cause');
    }
  }
  // "X was the root cause", "the trigger was X", "is regarded as the primary cause".
  if (
    pr.lemma === 'be' ||
    (pr.passive &&
      /^(regard|consider|identify|establish|determine|deem|find|confirm|name|cite|see|view|believe|think|understand|judge)$/.test(
        pr.lemma,
      ))
  ) {
    const comp = complementAfter(parse, pr, 0);
    const subj = pr.subject;
    if (comp && c.causeNouns.has(headOf(parse, comp)) && subj && !c.causeNouns.has(headOf(parse, subj)))
      report(causeOf(subj), 'cause');
    else if (subj && c.causeNouns.has(headOf(parse, subj)) && comp) report(causeOf(comp), 'cause');
  }
}

/** A person's deed that did the harm: by mistake, destructive, or a thing they made doing it. */
function harmDone(s: Scope, pr: Predicate, lemma: string): void {
  const { parse, previous, section, a, c, report, causeOf, ownerOf, harmful, cs } = s;
  // An act done by mistake ("inadvertently overwrote", "merged it without review"), or a destructive one
  // with its consequence or on what the service runs on ("truncated the production table"), by a person.
  // Destruction alone is often the remedy ("I revoked the token", "deleted the malicious version").
  const byMistake =
    hasPhrase(parse, pr.first - 2, clauseEnd(parse, pr), c.errorAdverbs) ||
    withoutSafeguard(parse, pr, c) ||
    (/^mis/.test(lemma) && c.harm.has(lemma));
  const subjectFaulty =
    !!pr.subject && parse.a.lx.slice(pr.subject.first, pr.subject.last + 1).some((t) => c.faulty.has(t.lower));
  if (!pr.passive && !pr.modal && pr.kind !== 'infinitive') {
    // What it hit: the object and the phrases after it ("ran the purge job against production").
    const target = parse.a.lx.slice(pr.last + 1, clauseEnd(parse, pr) + 1);
    const valued = target.some((t) => c.valued.has(t.lower)) && !target.some((t) => c.remedial.has(t.lower));
    const destructive =
      !!pr.object &&
      parse.a.lx.slice(pr.object.first, pr.object.last + 1).some((t) => c.harm.has(actionVerbOf(t.lower) ?? ''));
    const consequence = hasPhrase(parse, pr.last + 1, a.lx.length - 1, c.consequences);
    // In contributing factors a destruction is a factor by where it stands; elsewhere it needs its target or its effect.
    // "Kyverno blocked the pods": an unknown one-word name doing a tool's work to a tool's objects is a tool.
    // ("… because the licence had expired at midnight": explained by the system, not blamed on the doer.)
    if (
      !systemReasonAfter(parse, pr) &&
      ((byMistake && isDeedVerb(pr)) ||
        ((c.harm.has(lemma) || (destructive && isDeedVerb(pr))) &&
          section !== 'timeline' &&
          (valued ||
            consequence ||
            (section === 'contributing-factors' && !target.some((t) => c.remedial.has(t.lower)))))) &&
      !unsureName(cs, pr)
    )
      report(doerOfPredicate(parse, pr, previous), 'harm');
  }
  // "The CNAME was changed by @o without a second review", "the bad config was pushed by Sam": a person's
  // deed given as a factor, or one whose result is described as faulty.
  // "One of our developers deploys a debug build to production and the label printing stops", "… reloads the
  // core switch and all the MPLS links drop", "… rotates the certificate and after this the app cannot
  // connect": a person's change, then a failure in a clause of its own.
  if (
    !pr.passive &&
    !pr.modal &&
    !pr.negated &&
    pr.kind === 'finite' &&
    section !== 'timeline' &&
    isDeedVerb(pr) &&
    failureAfter(parse, pr, c, UNDOING.test(lemma))
  )
    report(doerOfPredicate(parse, pr, previous), 'cause', pr);
  // (Not a remedy: "the rollback was executed by Ravi".)
  // "The index got corrupted by a script which Siddharth started": a destruction's by-agent, out of the timeline.
  if (
    pr.passive &&
    pr.agent &&
    (c.harm.has(lemma) || (!!pr.particle && c.harm.has(`${lemma} ${pr.particle}`))) &&
    section !== 'timeline'
  )
    report(causeOf(pr.agent), 'harm');
  if (
    pr.passive &&
    pr.agent &&
    c.changes.has(lemma) &&
    !(pr.subject && c.benign.has(unpossess(parse.a.lx[pr.subject.head]!.lower).base)) &&
    (section === 'contributing-factors' || byMistake || subjectFaulty || (c.harm.has(lemma) && section !== 'timeline'))
  )
    report(causeOf(pr.agent), 'harm');
  // A thing a person made, doing the harm: "a rule amended by @h blocked all traffic", "…, which deleted the LB".
  // (Or a faulty thing that did something the clause calls a failure: "the unreviewed rule trapped readers in a loop".)
  const faultySubject =
    (!!pr.subject &&
      parse.a.lx.slice(pr.subject.first, pr.subject.last + 1).some((t) => c.faulty.has(t.lower)) &&
      parse.a.lx
        .slice(pr.last + 1, clauseEnd(parse, pr) + 1)
        .some((t) => c.problems.has(t.lower) || c.failureWords.has(t.lower))) ||
    // ("… the backend that then distributed the wrong client certificate to 12 000 vehicles".)
    (!!pr.object && parse.a.lx.slice(pr.object.first, pr.object.head).some((t) => c.faulty.has(t.lower)));
  // (In the timeline too: "A firmware rollout that @mk started bricked 140 modules" says what did it.)
  if (
    !pr.passive &&
    (harmful(lemma, pr.particle) || (faultySubject && isDeedVerb(pr))) &&
    (section !== 'timeline' || pr.subject?.rel.some((r) => r.relativeTo === pr.subject && r !== pr))
  ) {
    const subj = pr.subject;
    if (subj && !isPersonKind(agentKind(parse, subj)))
      report(
        causeOf(subj) ??
          ownerOf(subj) ??
          (pr.eventBefore ? doerOfPredicate(parse, pr.eventBefore, previous) : undefined),
        'cause',
      );
  }
}

function omissionFrame(s: Scope): void {
  const { parse, previous, section, a, c, report } = s;
  // An omission by a person, given as the explanation: "I didn't update the card details, so the domain
  // couldn't renew", or stated as a factor or in the summary ("Ingrid … did not check the health endpoints").
  for (const pr of parse.preds) {
    // (Not "members who have not yet run it": a relative clause describing people, an open "yet".)
    if (
      !pr.negated ||
      !c.duties.has(pr.lemma) ||
      pr.passive ||
      (pr.modal && pr.modal !== 'have-to') ||
      pr.via === 'relative' ||
      parse.a.lx.slice(pr.first, pr.last + 1).some((t) => t.lower === 'yet')
    )
      continue;
    if (
      hasPhrase(parse, pr.last + 1, a.lx.length - 1, c.consequences) ||
      section === 'contributing-factors' ||
      section === 'summary'
    )
      report(doerOfPredicate(parse, pr, previous), 'cause');
  }
}

function onSomeoneFrame(s: Scope): void {
  const { parse, a, report, causeOf } = s;
  // "this one's on me", "it's all on Kim": a contracted "is" before the source.
  for (let i = 0; i + 1 < a.lx.length; i++) {
    const m = /^(this|that|it|one|which)['’]s$/.exec(a.lx[i]!.lower);
    if (!m) continue;
    let k = i + 1;
    while (a.lx[k] && /^(all|entirely|squarely|totally|really|on)$/.test(a.lx[k]!.lower) && a.lx[k]!.lower !== 'on')
      k++;
    if (a.lx[k]?.lower === 'on' && (m[1] !== 'one' || /^(this|that)$/.test(a.lx[i - 1]?.lower ?? '')))
      report(causeOf(parse.phraseAt(k + 1)), 'cause');
  }
}

function markerFrames(s: Scope): void {
  const { parse, previous, a, c, report, causeOf } = s;
  // "due to X", "because of X's change", "as a result of edits made by …", "because Sam merged …".
  for (let i = 0; i < a.lx.length; i++) {
    const m = matchAt(parse, i, c.markers);
    if (m < 0) continue;
    let k = m + 1;
    while (parse.tags[k] === 'DT' && !parse.phraseAt(k)) k++;
    const np = parse.phraseAt(k);
    // ("The outage was not caused by the on-call engineer": denied.)
    if (negatedBefore(a, i, 3)) continue;
    // "due to Priya's quick response", "thanks to Sam's fix": help, not fault.
    if (np?.owner && parse.a.lx.slice(np.owner.last + 1, np.last + 1).some((t) => c.benign.has(t.lower))) continue;
    report(causeOf(np), 'cause');
  }
  for (let i = 0; i < a.lx.length; i++) {
    // "because", and "after" a failure: "The scheduler stopped accepting jobs after one of our analysts ran …".
    if (!/^(because|since|after|once)$/.test(a.lx[i]!.lower) || parse.tags[i] !== 'CS') continue;
    // The clause's own verb, not a relative clause in its subject ("the postdoc who looks after it renamed …").
    const pr = parse.preds.find((x) => x.first > i && x.kind === 'finite' && !x.relativeTo);
    // "The site went down because Sam merged …": the main clause names a failure, the other a deed.
    const inside = pr;
    // A fronted "Because …," clause ends at its comma; the main clause follows.
    let insideEnd = inside ? clauseEnd(parse, inside) : i;
    if (inside)
      for (let k = inside.last + 1; k < insideEnd; k++)
        if (a.lx[k]!.text === ',') {
          insideEnd = k;
          break;
        }
    const clauseOut = inside ? [...a.lx.slice(0, i), ...a.lx.slice(insideEnd + 1)] : a.lx.slice(0, i);
    const outLemmas = inside
      ? [...parse.lemmas.slice(0, i), ...parse.lemmas.slice(insideEnd + 1)]
      : parse.lemmas.slice(0, i);
    const failure =
      clauseOut.some(
        (t) =>
          c.problems.has(t.lower) ||
          c.problems.has(t.lower.replace(/s$/, '')) ||
          c.failureWords.has(t.lower) ||
          c.faulty.has(t.lower),
      ) || outLemmas.some((l) => l && c.harm.has(l));
    // ("after" tells time, not cause, unless the main clause fails: not "the problem persists after I revert".)
    const afterLike = /^(after|once)$/.test(a.lx[i]!.lower);
    const failing = afterLike
      ? clauseOut.some((t) => c.failureWords.has(t.lower)) || outLemmas.some((l) => l && c.harm.has(l))
      : failure;
    if (
      pr &&
      !pr.negated &&
      !pr.passive &&
      isDeedVerb(pr) &&
      !REMEDIES.test(pr.lemma) &&
      (c.harm.has(pr.lemma) ||
        c.causal.has(pr.lemma) ||
        (pr.object && pr.object.first !== pr.object.last && objectIsProblem(parse, pr, c)) ||
        failing)
    ) {
      const d = doerOfPredicate(parse, pr, previous);
      if (d && d.np.first > i) report(d, 'cause');
    }
  }
}

function labelFrame(s: Scope): void {
  const { parse, previous, c, report, causeOf } = s;
  // "Root cause: the DBA ran the migration without a dry run".
  const label = labelEnd(parse, c.labels);
  if (label >= 0) {
    const np = parse.phraseAt(label + 1);
    const pr = parse.preds.find((x) => x.first > label && x.kind === 'finite');
    if (pr && !pr.negated && pr.lemma !== 'be' && !pr.passive) report(doerOfPredicate(parse, pr, previous), 'cause');
    else if (np) report(causeOf(np), 'cause');
  }
}

/** "It was Leilani who deleted the bucket". */
function cleftFrame(s: Scope): void {
  const { parse, previous, a, c, report } = s;
  // Cleft: "It was Leilani who deleted the bucket", "It was the technician who pulled the wrong disk, taking the
  // volume offline": a harmful, faulty or failing act singled out.
  for (const pr of parse.preds) {
    if (pr.via !== 'relative' || !pr.subject) continue;
    const host = parse.preds.find(
      (x) =>
        x.lemma === 'be' && x.object === pr.subject && x.subject && /^(it|this)$/.test(a.lx[x.subject.head]!.lower),
    );
    const rest = a.lx.slice(pr.first);
    // Singling out who did a deed is blame unless the deed is a find or a fix ("It was Priya who spotted it").
    // ("It was Ms. Li who noticed the abnormal graph": what a find is about is the problem, not the finder's.)
    const bad =
      !FINDS_AND_FIXES.test(pr.lemma) &&
      (c.harm.has(pr.lemma) ||
        c.causal.has(pr.lemma) ||
        objectIsProblem(parse, pr, c) ||
        rest.some((t) => c.faulty.has(t.lower) || c.failureWords.has(t.lower)) ||
        parse.lemmas.slice(pr.first).some((l) => l && c.harm.has(l)) ||
        isDeedVerb(pr));
    if (host && bad) report(doerOf(parse, pr.subject, previous), 'cause');
  }
}

/** Remedies aimed at one person. */
function remedyFrames(s: Scope): void {
  const { parse, previous, c, report } = s;
  // Remedies aimed at one person: "Hana should be retrained", "Tomasz should not deploy to production",
  // "Sam needs to be more careful", "make sure Kwabena never gets deploy access again".
  const deontic = /^(should|must|ought|shall|have-to)$/;
  for (const pr of parse.preds) {
    const gov = pr.kind === 'infinitive' ? pr.governor : undefined;
    const obliged =
      (pr.modal && deontic.test(pr.modal)) ||
      (gov && /^(need|have)$/.test(gov.lemma)) ||
      /^(make|ensure)$/.test(
        parse.preds.find((x) => x.last < pr.first && x.kind !== 'infinitive' && x.last >= pr.first - 4)?.lemma ?? '',
      ) ||
      (pr.negated && /^(never)$/.test(parse.a.lx[pr.first]!.lower));
    if (!obliged) continue;
    // "prod access", "admin rights", "to production": the head of a noun phrase in the clause.
    const end = clauseEnd(parse, pr);
    const object = parse.phrases.some(
      (np) => np.head > pr.last && np.head <= end && c.remedyObjects.has(unpossess(parse.a.lx[np.head]!.lower).base),
    );
    const punitive =
      c.remedyVerbs.has(pr.lemma) ||
      (pr.negated && object && isDeedVerb(pr)) ||
      (/^(get|have|keep|retain)$/.test(pr.lemma) && pr.negated && object) ||
      (pr.lemma === 'lose' && object) ||
      hasPhrase(parse, pr.first, clauseEnd(parse, pr), c.punitive);
    const subject = pr.subject ?? gov?.subject;
    if (punitive) report(doerOf(parse, subject, previous), 'remedy');
  }
  for (const pr of parse.preds) {
    if (!/^(remove|revoke|pull|suspend|restrict|limit)$/.test(pr.lemma) || !pr.object?.owner) continue;
    if (parse.a.lx.slice(pr.object.owner.last + 1, pr.object.last + 1).some((t) => c.remedyObjects.has(t.lower)))
      report(doerOf(parse, pr.object.owner, previous), 'remedy');
  }
}

/** "… to protect claimant data", "… to stop the bleeding": a purpose that makes the act a remedy. */
function protective(parse: Parse, pr: Predicate): boolean {
  const next = parse.preds.find(
    (x) => x.kind === 'infinitive' && x.first > pr.last && x.first <= clauseEnd(parse, pr) + 1,
  );
  return (
    !!next &&
    /^(protect|prevent|stop|limit|contain|avoid|preserve|save|mitigate|reduce|protect|shield|isolate|secure)$/.test(
      next.lemma,
    )
  );
}

/** A reason the system gives, after "because": "because the licence had expired". */
function systemReasonAfter(parse: Parse, pr: Predicate): boolean {
  const lx = parse.a.lx;
  for (let k = pr.last + 1; k < lx.length; k++) {
    if (!/^(because|since|as)$/.test(lx[k]!.lower) || parse.tags[k] !== 'CS') continue;
    const inner = parse.preds.find((x) => x.first > k && x.kind === 'finite' && !x.relativeTo);
    return !!inner?.subject && !isPeopleKind(agentKind(parse, inner.subject));
  }
  return false;
}

/** "It was not X that broke it": the relative of a negated cleft. */
function deniedCleft(parse: Parse, pr: Predicate): boolean {
  if (!pr.relativeTo) return false;
  const host = parse.preds.find((x) => x.lemma === 'be' && x.last < pr.first && x.object === pr.relativeTo);
  return !!host?.negated || parse.a.lx[pr.relativeTo.first - 1]?.lower === 'not';
}

/** The last lexeme of the predicate's clause: up to the next clause boundary or the next finite verb's clause. */
function clauseEnd(parse: Parse, pr: Predicate): number {
  const lx = parse.a.lx;
  let k = pr.last;
  while (
    k + 1 < lx.length &&
    !/^[.;:!?—–]$/.test(lx[k + 1]!.text) &&
    parse.tags[k + 1] !== 'CS' &&
    parse.tags[k + 1] !== 'WP' &&
    !(lx[k + 1]!.text === ',' && parse.tags[k + 2] === 'CC')
  )
    k++;
  return k;
}

/** The words after a predicate, adverbs skipped ("is entirely on Malik" -> "on", "malik"). */
function wordsAfter(parse: Parse, pr: Predicate, n: number): string[] {
  const out: string[] = [];
  for (let k = pr.last + 1; k < parse.a.lx.length && out.length < n; k++) {
    if (parse.tags[k] === 'RB' && !/^(down|back|up|out|off|over)$/.test(parse.a.lx[k]!.lower)) continue;
    out.push(parse.a.lx[k]!.lower.replace(/’/g, "'"));
  }
  return out;
}

/**
 * A failure right after a deed, in a clause with a subject of its own: ", and the API goes down", "and after
 * this the app cannot connect anymore". Not a recovery ("and errors stopped").
 */
function failureAfter(parse: Parse, pr: Predicate, c: Compiled, undoing: boolean): boolean {
  const lx = parse.a.lx;
  let k = pr.last + 1;
  // (", which in turn stopped the pipeline": the event "which" stands for is the deed.)
  const which = parse.preds.find((x) => x.eventBefore === pr || (x.eventBefore && x.eventBefore.governor === pr));
  // (A remedy's "which stopped the errors" is the recovery; its "which stopped delivery" is harm.)
  if (
    which &&
    !(which.object && isProblem(parse, which.object, c)) &&
    (c.harm.has(which.lemma) ||
      /^(stop|fail|break|crash|hang|freeze|lock|block|halt|kill|fill|exhaust|overload)$/.test(which.lemma) ||
      // (", which left the DCS showing phantom seats": a state the clause calls faulty.)
      (/^(leave|make|keep|put|send|turn)$/.test(which.lemma) &&
        lx.slice(which.last + 1).some((t) => c.faulty.has(t.lower) || c.failureWords.has(t.lower))))
  )
    return true;
  while (
    k < lx.length &&
    !(
      lx[k]!.lower === 'and' ||
      (lx[k]!.text === ',' && /^(and|so)$/.test(lx[k + 1]?.lower ?? '')) ||
      lx[k]!.text === ';'
    )
  ) {
    if (/^[.!?]$/.test(lx[k]!.text) || (parse.tags[k] === 'CS' && lx[k]!.lower !== 'so')) return false;
    k++;
  }
  const next = parse.preds.find((x) => x.first > k && x.kind === 'finite');
  if (!next || next.via === 'coordinate' || next.subject === pr.subject) return false;
  // Not a recovery ("and errors stopped"), a person's state ("and I can't be bothered") or a failure whose cause
  // the clause names itself ("and the retries were blocked by the pipeline bug").
  if (next.subject && (isProblem(parse, next.subject, c) || isPeopleKind(agentKind(parse, next.subject)))) return false;
  if (next.passive && next.agent) return false;
  let end = next.last;
  while (
    end + 1 < lx.length &&
    lx[end + 1]!.kind !== 'punct' &&
    parse.tags[end + 1] !== 'CS' &&
    parse.tags[end + 1] !== 'CC'
  )
    end++;
  const span = lx.slice(next.first, end + 1);
  return (
    c.harm.has(next.lemma) ||
    parse.lemmas.slice(next.first, end + 1).some((l) => l && c.harm.has(l)) ||
    span.some((t) => c.failureWords.has(t.lower)) ||
    (!undoing && next.negated && /^(can|could)$/.test(next.modal ?? '')) ||
    /^(stop|fail|die|drop|crash|break|hang|freeze|lock)$/.test(next.lemma) ||
    (next.lemma === 'go' && span.some((t) => /^(down|dark|offline|away)$/.test(t.lower)))
  );
}

/** "It is to this change that the degradation has been attributed": the complement fronted in a cleft. */
function frontedComplement(parse: Parse, pr: Predicate, prep: string): Phrase | undefined {
  const lx = parse.a.lx;
  for (let k = pr.first - 1; k > 0; k--) {
    if (lx[k]!.lower === prep && (parse.tags[k] === 'IN' || parse.tags[k] === 'TO'))
      return parse.phraseAt(k + 1) ?? parse.phraseAt(k + 2);
  }
  return undefined;
}

/** "merged it without review", "ran the script without a dry run": a safeguard skipped. */
function withoutSafeguard(parse: Parse, pr: Predicate, c: Compiled): boolean {
  const lx = parse.a.lx;
  const end = clauseEnd(parse, pr);
  for (let k = pr.last + 1; k <= end; k++) {
    if (lx[k]!.lower !== 'without') continue;
    // The first noun after "without (a | any | a second)" must be the safeguard.
    let j = k + 1;
    while (lx[j] && /^(a|an|any|the|proper|prior|second|peer|further|additional|adequate)$/.test(lx[j]!.lower)) j++;
    if (lx[j] && c.safeguards.has(lx[j]!.lower)) return true;
  }
  return false;
}

function subjectIsProblem(parse: Parse, pr: Predicate, c: Compiled): boolean {
  return isProblem(parse, pr.subject, c);
}

function headOf(parse: Parse, np: Phrase): string {
  return unpossess(parse.a.lx[np.head]!.lower).base;
}

/** The noun phrase after a predicate, past `skip` words ("came down to X" skips "down to"). */
function complementAfter(parse: Parse, pr: Predicate, skip: number): Phrase | undefined {
  let k = pr.last + 1 + skip;
  if (pr.particle && parse.a.lx[k]?.lower === pr.particle) k++;
  while (
    k < parse.a.lx.length &&
    (parse.tags[k] === 'RB' ||
      (parse.tags[k] === 'IN' && /^(as|to|with|on|from)$/.test(parse.a.lx[k]!.lower)) ||
      parse.a.lx[k]!.text === ':')
  )
    k++;
  return parse.phraseAt(k);
}

/** The head noun names a problem: "a cache stampede", "this mess"; not "the incident process". */
function isProblem(parse: Parse, np: Phrase | undefined, c: Compiled): boolean {
  if (!np) return false;
  const h = unpossess(parse.a.lx[np.head]!.lower).base;
  // "the unsigned artifacts", "the broken publish endpoint": a faulty thing is a problem too.
  if (parse.a.lx.slice(np.first, np.head).some((t) => c.faulty.has(t.lower))) return true;
  // "the site-wide 502s", "5xx errors".
  if (/^([45]\d\d|[45]xx)s?$/.test(h)) return true;
  return (
    c.problems.has(h) || c.problems.has(h.replace(/s$/, '')) || (/^(this|that|it)$/.test(h) && np.first === np.last)
  );
}

function objectIsProblem(parse: Parse, pr: Predicate, c: Compiled): boolean {
  return isProblem(parse, pr.object, c);
}

const isDeedVerb = (pr: Predicate): boolean => isDeed(pr.lemma);
/** Deeds that repair: never a cause ("the problem persists after I revert"). */
const REMEDIES = /^(roll|revert|undo|fix|restore|recover|mitigate|patch|rollback|repair|resolve|rollback)$/;
const FINDS_AND_FIXES =
  /^(tip|show|reveal|surface|point|tell|signal|confirm|spot|catch|detect|identify|fix|restore|resolve|recover|rescue|save|help|suggest|propose|escalate|page|raise|report|flag|alert|warn|call|notice|find|discover|diagnose|solve|mitigate|revert|roll)$/;

/** ", and it was this restart that resulted in …": the subject is "that"/"it" standing for an event. */
function eventCause(parse: Parse, pr: Predicate, previous?: Parse): Doer | undefined {
  if (pr.eventBefore) return doerOfPredicate(parse, pr.eventBefore, previous);
  return undefined;
}

function whenClauseDoer(parse: Parse, pr: Predicate, previous?: Parse): Doer | undefined {
  let k = pr.last + 1;
  while (
    parse.a.lx[k] &&
    parse.a.lx[k]!.kind === 'word' &&
    !/^(when|after|as|once)$/.test(parse.a.lx[k]!.lower) &&
    k <= pr.last + 3
  )
    k++;
  const w = parse.a.lx[k];
  if (!w || !/^(when|after|as|once)$/.test(w.lower)) return undefined;
  // The clause's own verb, not a relative inside its subject ("when the certificate Kenji renewed expired").
  const inner = parse.preds.find((x) => x.first > k && x.kind === 'finite' && !x.relativeTo);
  return inner && !inner.passive ? doerOfPredicate(parse, inner, previous) : undefined;
}

const matchAt = (parse: Parse, i: number, list: string[][]): number => matchWords(parse, i, list);

function hasPhrase(parse: Parse, from: number, to: number, list: string[][]): boolean {
  for (let i = Math.max(0, from); i <= Math.min(to, parse.a.lx.length - 1); i++)
    if (matchAt(parse, i, list) >= 0) return true;
  return false;
}

/** "Root cause:", "Trigger:", "Why it happened:" at the start of the sentence: index of the colon, or -1. */
function labelEnd(parse: Parse, labels: string[][]): number {
  const lx = parse.a.lx;
  let i = 0;
  while (i < lx.length && (lx[i]!.kind !== 'word' || /^\d/.test(lx[i]!.text))) i++;
  // ("02:40 EAT Root cause identified:": the zone belongs to the time.)
  if (i > 0 && i < lx.length && /^\d/.test(lx[i - 1]!.text) && isZone(lx[i]!.text)) i++;
  let end = matchAt(parse, i, labels);
  if (end < 0) return -1;
  // "Root cause identified:", "Cause found -".
  if (/^(identified|found|confirmed|determined|established|known|analysis|summary)$/.test(lx[end + 1]?.lower ?? ''))
    end++;
  return lx[end + 1]?.text === ':' || lx[end + 1]?.text === '-' || lx[end + 1]?.text === '—' ? end + 1 : -1;
}

function suggestionsFor(
  src: string,
  parse: Parse,
  m: Phrase,
  why: 'cause' | 'harm' | 'remedy',
  p: Params,
  pred?: Predicate,
  cause?: Phrase,
): FindingSuggestion[] {
  const a = parse.a;
  if (why === 'remedy') return [{ description: p.rewrites.remedy }];
  const last = a.lx[m.last]!;
  // "Wei's typo caused …" -> "The typo caused …": the possessive goes, the change stays.
  if (unpossess(last.text).possessive && (isNounTag(parse.tags[m.last + 1]) || parse.tags[m.last + 1] === 'JJ')) {
    const atStart = m.first === 0 || /^[(“"]$/.test(a.lx[m.first - 1]!.text);
    const the = atStart ? 'The' : 'the';
    const start =
      a.lx[m.first - 1] && /^(the|a|an)$/i.test(a.lx[m.first - 1]!.text)
        ? a.lx[m.first - 1]!.start
        : a.lx[m.first]!.start;
    const sentence = src.slice(a.sentence.start, start) + the + src.slice(last.end, a.sentence.end);
    return [
      { description: p.rewrites.possessive.replace('{sentence}', sentence.trim()), start, end: last.end, text: the },
    ];
  }
  // "was deleted by @kim" -> "was deleted": drop the by-phrase.
  const by =
    a.lx[m.first - 1]?.lower === 'by'
      ? m.first - 1
      : a.lx[m.first - 2]?.lower === 'by' && /^(the|a|an|our|their)$/.test(a.lx[m.first - 1]!.lower)
        ? m.first - 2
        : -1;
  if (
    by > 0 &&
    (m.last + 1 >= a.lx.length ||
      a.lx[m.last + 1]!.kind === 'punct' ||
      /^(on|at|in|during|before|after|while|when|yesterday|today)$/.test(a.lx[m.last + 1]!.lower))
  ) {
    const from = a.lx[by - 1]!.end;
    const sentence = src.slice(a.sentence.start, from) + src.slice(last.end, a.sentence.end);
    return [
      { description: p.rewrites.passive.replace('{sentence}', sentence.trim()), start: from, end: last.end, text: '' },
    ];
  }
  if (pred && cause) {
    const rest = textOf(src, a, pred.first, verbPhraseEnd(parse, pred));
    // "Sam broke the build." -> "What broke the build?"
    if (cause === m) {
      // "Kim deleting the bucket triggered the outage." -> "Deleting the bucket triggered the outage."
      const ger = parse.preds.find((x) => x.kind === 'gerund' && x.first === m.last + 1 && x.last < pred.first);
      if (ger)
        return [
          {
            description: p.rewrites.active.replace(
              '{sentence}',
              `${capitalise(textOf(src, a, ger.first, pred.first - 1))} ${rest}.`,
            ),
          },
        ];
      return [{ description: p.rewrites.question.replace('{rest}', rest) }];
    }
    // "Dmitri pushed a bad config that took checkout down." -> "A bad config took checkout down."
    if (cause.last < pred.first && parse.preds.some((x) => x.object === cause && x.agent === m)) {
      const np = textOf(src, a, cause.first, cause.last).replace(/^(his|her|their)\b/i, 'the');
      return [{ description: p.rewrites.active.replace('{sentence}', `${capitalise(np)} ${rest}.`) }];
    }
  }
  return [{ description: why === 'harm' ? p.rewrites.deed : p.rewrites.slot }];
}

/** The predicate's verb phrase: to the end of its clause. */
function verbPhraseEnd(parse: Parse, pr: Predicate): number {
  const lx = parse.a.lx;
  let k = pr.last;
  while (
    k + 1 < lx.length &&
    !(lx[k + 1]!.kind === 'punct' && /^[.,;:!?)(—–]$/.test(lx[k + 1]!.text)) &&
    !/^(because|since|when|while|but|so|which|although|though|if|unless|and)$/.test(lx[k + 1]!.lower)
  )
    k++;
  return k;
}

const isZone = (w: string): boolean =>
  /^(UTC|GMT|Z)$/.test(w) || Object.hasOwn(ZONE_ABBREVIATIONS, w) || Object.hasOwn(AMBIGUOUS_ZONES, w);
