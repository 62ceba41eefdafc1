import { agentKind, isDeed, isPeopleKind, isWorkNoun, type AgentKind } from '../grammar/agents.js';
import type { Parse, Predicate } from '../grammar/parse.js';
import type { Analysis } from '../people/index.js';
import { baseForm, isParticiple } from '../people/index.js';
import { clauseSentences } from './clauses.js';
import { matchWords } from './word-phrases.js';
import { scanWord } from '../grammar/inflect.js';
import { capitalise, isQuoted, peopleOptions, textOf } from './prose.js';
import type { CheckKind, FindingSuggestion } from './types.js';
import type { HindsightParams as Params } from './schemas/generated.js';
import { hindsightParams } from './schemas/hindsight.js';

interface Compiled {
  modals: Set<string>;
  deontic: Set<string>;
  phraseWords: Set<string>;
  phrases: string[][];
  lookingBack: string[][];
  verdicts: Set<string>;
  avoidable: Set<string>;
  knowledge: Set<string>;
  wishes: Set<string>;
  system: Set<string>;
  duties: Set<string>;
}
const compiled = new WeakMap<object, Compiled>();
const split = (list: readonly string[]): string[][] => list.map((s) => s.toLowerCase().replace(/’/g, "'").split(/\s+/));

/**
 * `hindsight`: what people should, could or would have done. A modal perfect ("should have", "ought to
 * have", "should probably have", "would have") with people as its subject, the writers included, or with
 * none ("should have done it on one host first"); a passive of duty ("should have been tested before …");
 * "had X only waited", "if X had checked"; "in hindsight", "if only"; "looking back" with a verdict. Not:
 * a system's expected behaviour ("should have returned 404"), a safeguard that would have caught it,
 * gratitude and luck ("couldn't have done it without them", "could have been worse"), wishes, and defences
 * ("nobody could have known").
 */
export const hindsight: CheckKind<'hindsight'> = {
  name: 'hindsight',
  params: hindsightParams,
  triggers(params) {
    const p = params;
    return [...p.phrases.map(scanWord), ...p.lookingBack.map(scanWord)];
  },
  run(ctx) {
    const p = ctx.rule.params;
    let c = compiled.get(p);
    if (!c) {
      c = {
        modals: new Set(p.modals),
        deontic: new Set(p.deontic),
        phrases: split(p.phrases),
        lookingBack: split(p.lookingBack),
        verdicts: new Set(p.verdicts),
        phraseWords: new Set([...p.phrases, ...p.lookingBack].map(scanWord)),
        avoidable: new Set(p.avoidable),
        knowledge: new Set(p.knowledgeVerbs),
        wishes: new Set(p.wishVerbs),
        system: new Set(p.systemVerbs),
        duties: new Set(p.duties),
      };
      compiled.set(p, c);
    }
    const src = ctx.doc.text;
    // Every frame needs a perfect ("should have", "had they"), a past duty ("needed to") or one of the phrases:
    // "you should use the flag" is read no further than its words.
    const needs = (x: Analysis): boolean => x.lx.some((t) => PERFECT.test(t.lower) || c!.phraseWords.has(t.lower));
    for (const s of clauseSentences(ctx, peopleOptions(ctx.config, ctx.doc), needs)) {
      const { parse, a } = s;
      // One finding per sentence, the first: "Had Zoë read it, she would have seen …" is one counterfactual.
      let best: { first: number; last: number; suggestions: FindingSuggestion[] } | undefined;
      const report = (first: number, last: number, suggestions: FindingSuggestion[]): void => {
        if (isQuoted(a, first) || (best && best.first <= first)) return;
        best = { first, last, suggestions };
      };
      const advice = [{ description: p.advice }];
      const question = a.sentence.text.trimEnd().endsWith('?');
      for (let i = 0; i < a.lx.length; i++) {
        const end = match(parse, i, c.phrases);
        if (end < 0) continue;
        if (a.lx[i]!.lower === 'if' && a.lx[i + 1]?.lower === 'only' && isCondition(parse, end + 1)) continue;
        report(i, end, advice);
      }
      for (let i = 0; i < a.lx.length; i++) {
        const end = match(parse, i, c.lookingBack);
        if (
          end >= 0 &&
          a.lx.slice(end + 1).some((t) => c.verdicts.has(t.lower)) &&
          !/^(over|at|on|through|to)$/.test(a.lx[end + 1]?.lower ?? '')
        )
          report(i, end, advice);
      }
      for (const pr of parse.preds) {
        let kind = subjectKind(s.parse, pr);
        // "They should've known", "if they had followed the runbook": "they" doing a deed or knowing is people.
        if (
          kind === 'anaphor' &&
          (/^(should|ought|need)$/.test(pr.modal ?? '') ||
            c.avoidable.has(a.lx[pr.head]!.lower) ||
            c.knowledge.has(a.lx[pr.head]!.lower)) &&
          /^(they|they've|they'd)$/.test(subjectWord(parse, pr)) &&
          !c.system.has(a.lx[pr.head]!.lower) &&
          (isDeedWord(a.lx[pr.head]!.lower) || c.knowledge.has(a.lx[pr.head]!.lower))
        )
          kind = 'role';
        // ("It would have been easy for Léa to double-check …".)
        if (
          (pr.modal === 'would' || pr.modal === 'could') &&
          pr.perfect &&
          a.lx[pr.head]!.lower === 'been' &&
          /^(better|wiser|safer|prudent|smarter|easy|easier|simple|trivial|straightforward|quicker)$/.test(
            a.lx[pr.last + 1]?.lower ?? '',
          ) &&
          !pr.negated
        ) {
          report(pr.first, pr.last + 1, advice);
          continue;
        }
        // Modal perfect: "should have rolled back", "ought to have queried", "would have recognised".
        if (pr.modal && c.modals.has(pr.modal) && pr.perfect) {
          if (question || embeddedQuestion(parse, pr)) continue;
          const verb = a.lx[pr.head]!.lower;
          if (c.wishes.has(verb)) continue;
          if (pr.negated && c.knowledge.has(verb)) continue;
          if (/^(nobody|no-one|none)$/.test(subjectWord(parse, pr)) && c.knowledge.has(verb)) continue;
          // "we couldn't have done it without them", "could have been much worse": gratitude and luck.
          // ("we could not have asked for better support": praise.)
          if (
            /^(could|might|would)$/.test(pr.modal) &&
            pr.negated &&
            a.lx.slice(pr.last).some((t) => /^(better|more|nicer|kinder|faster)$/.test(t.lower))
          )
            continue;
          if (
            /^(could|might|would)$/.test(pr.modal) &&
            ((a.lx.some((t) => /^(without|thanks)$/.test(t.lower)) && pr.negated) ||
              (/^(worse|better|higher|lower|longer|bigger|larger|more|far|much|significantly|considerably)$/.test(
                a.lx[pr.last + 1]?.lower ?? '',
              ) &&
                verb === 'been'))
          )
            continue;
          // "anyone could have made that mistake": an argument for blamelessness.
          if (
            /^(anyone|anybody|any)$/.test(a.lx[pr.subject?.first ?? -1]?.lower ?? '') &&
            pr.modal !== 'should' &&
            pr.modal !== 'ought'
          )
            continue;
          const people = isPeopleKind(kind) || kind === 'I';
          if (pr.passive) {
            // "could have been avoided", "should have been caught in review", "the change should have been rolled
            // out to one node first": someone's duty, in hindsight. Not "statuses that should've been removed" or
            // "should have been delivered" (what a system was expected to do).
            const avoid = c.avoidable.has(verb) && pr.modal !== 'would';
            const subjectIsDeed =
              !pr.subject ||
              isWorkNoun(a.lx[pr.subject.head]!.lower) ||
              (/^(this|that|it|which|whether)$/.test(a.lx[pr.subject.head]!.lower) && c.duties.has(verb));
            // ("should have been run on one region first": the order of a deed, in hindsight.)
            const sequenced = a.lx.slice(pr.last + 1).some((t) => /^(first|before|beforehand)$/.test(t.lower));
            const duty =
              c.deontic.has(pr.modal) &&
              !c.system.has(verb) &&
              (c.duties.has(verb) || (subjectIsDeed && isDeedWord(verb)) || sequenced) &&
              !/^(automatically)$/.test(a.lx[pr.last + 1]?.lower ?? '');
            if (people || avoid || duty) report(pr.first, modalEnd(parse, pr), rewrite(src, parse, pr, kind, p));
            continue;
          }
          // "Many of the types should have been built in", "it should have been 5": a state expected of a thing.
          // ("Should have been more careful.", with no subject at all, is about the writers.)
          if (pr.lemma === 'be' && !isPeopleKind(kind) && kind !== 'I' && (kind !== 'none' || pr.first > 0)) continue;
          // "The RPC provider should have returned an error": what a service was expected to do.
          if (c.system.has(verb) && !isPeopleKind(kind) && kind !== 'I') continue;
          // "The change should have gone through the CAB", "the deploy should have waited for the canary": the
          // route a person's deed was owed, in hindsight.
          if (
            c.deontic.has(pr.modal) &&
            !pr.negated &&
            pr.subject &&
            isWorkNoun(a.lx[pr.subject.head]!.lower) &&
            /^(gone|went|passed|followed|waited|got|gotten)$/.test(verb) &&
            /^(through|via|by|for|the|a|an)$/.test(a.lx[pr.last + 1]?.lower ?? '')
          ) {
            report(pr.first, modalEnd(parse, pr), rewrite(src, parse, pr, kind, p));
            continue;
          }
          if (people || kind === 'none') {
            // The writers on what a tool would have found ("we would have caught this with a canary") is design.
            if (
              kind === 'we' &&
              pr.modal === 'would' &&
              /^(caught|detected|seen|noticed|found|known)$/.test(verb) &&
              a.lx.slice(pr.last).some((t) => /^(with|if|had|by)$/.test(t.lower))
            )
              continue;
            // "If the pipeline had a buffer, we would not have lost the data": the condition is a safeguard.
            if (pr.modal === 'would' && safeguardCondition(parse, pr)) continue;
            if (kind === 'none' && pr.modal !== 'should' && pr.modal !== 'ought') continue;
            report(pr.first, modalEnd(parse, pr), rewrite(src, parse, pr, kind, p));
          }
          continue;
        }
        // "it would have been better to wait": a verdict on the choice.
        // "Had Ngozi escalated …", "had the DBA only waited …", "if Sam had checked …".
        if (pr.perfect && !pr.modal && /^had$/.test(a.lx[pr.first]!.lower)) {
          const inverted = pr.first === 0 || /^[,;:(“"]$/.test(a.lx[pr.first - 1]!.text);
          if (inverted && pr.subject === undefined) {
            const np = parse.phraseAt(pr.first + 1);
            const k = agentKind(parse, np);
            const verbAt = np ? parse.preds.find((x) => x.first > np.last && x.first <= np.last + 2) : undefined;
            if (np && (isPeopleKind(k) || k === 'I') && verbAt && !verbAt.passive) report(pr.first, np.last, advice);
          }
        }
        if (pr.perfect && !pr.modal && /^had$/.test(a.lx[pr.head]!.lower) === false && pr.kind === 'finite') {
          const ifAt = Math.max(pr.clause, 0);
          const opener = a.lx[ifAt]?.lower;
          // "If Sam had not paged the DBA, …" imagines a worse outcome: credit, not hindsight.
          // ("if you had called it on …" in a manual: the reader in a worked example.)
          const reader = s.section === null && subjectWord(parse, pr) === 'you';
          if (
            (opener === 'if' || opener === 'unless') &&
            /^had$/.test(a.lx[pr.first]!.lower) &&
            !pr.negated &&
            (isPeopleKind(kind) || kind === 'I') &&
            !reader
          )
            report(ifAt, pr.first, advice);
        }
      }
      // "We needed to check the replica lag before the failover", "Sam had to wait for the backup first": a duty
      // of the past, placed before what happened.
      for (const pr of parse.preds) {
        const g = pr.kind === 'infinitive' ? pr.governor : undefined;
        const past =
          (g && g.lemma === 'need' && /^(needed)$/.test(a.lx[g.head]!.lower)) ||
          (pr.modal === 'have-to' && /^(had)$/.test(a.lx[pr.first]!.lower));
        if (!past || pr.negated || g?.negated) continue;
        const k = subjectKind(parse, g ?? pr);
        const duty = [...c.duties].some((d) => baseForm(d) === pr.lemma);
        const end = clauseEndOf(parse, pr);
        if (
          (isPeopleKind(k) || k === 'I') &&
          duty &&
          a.lx.slice(pr.last + 1, end + 1).some((t) => /^(before|first|earlier|sooner|beforehand)$/.test(t.lower))
        )
          report((g ?? pr).first, pr.head, advice);
      }
      // "Had we not tried to re-run the upgrades …": inversion with the subject inside the verb group.
      for (let i = 0; i < a.lx.length; i++) {
        if (a.lx[i]!.lower !== 'had' || !(i === 0 || /^[,;:(“"]$/.test(a.lx[i - 1]!.text))) continue;
        const np = parse.phraseAt(i + 1);
        if (!np || np.first !== i + 1) continue;
        const k = agentKind(parse, np);
        let v = np.last + 1;
        while (
          a.lx[v] &&
          (/^(not|only|just|also|already|actually|simply|really|even|ever|properly|bothered)$/.test(a.lx[v]!.lower) ||
            parse.tags[v] === 'RB')
        )
          v++;
        // "had they simply checked": "they" in a wish about the past is people.
        if (
          (isPeopleKind(k) || k === 'I' || /^they$/.test(a.lx[np.head]!.lower)) &&
          a.lx[v] &&
          (/ed$/.test(a.lx[v]!.lower) ||
            parse.tags[v] === 'VBN' ||
            parse.tags[v] === 'VBD' ||
            isParticiple(a.lx[v]!.lower))
        )
          report(i, np.last, advice);
      }
      if (best)
        ctx.report({ start: a.lx[best.first]!.start, end: a.lx[best.last]!.end, suggestions: best.suggestions });
    }
  },
};

const PERFECT = /^(have|had|hadn't|needed)$|['’]ve$/;

const isDeedWord = (participle: string): boolean => isDeed(baseForm(participle));

/** The modal and its "have": "should have", "could have", "ought to have", "should've". */
function modalEnd(parse: Parse, pr: Predicate): number {
  for (let k = pr.first; k < pr.head; k++)
    if (/^(have|'ve)$/.test(parse.a.lx[k]!.lower) || /['’]ve$/.test(parse.a.lx[k]!.lower)) return k;
  return pr.first;
}

/** An if-clause (or "had X been …") in the sentence whose subject is a thing: what a safeguard would have done. */
function safeguardCondition(parse: Parse, pr: Predicate): boolean {
  const cond = parse.preds.find(
    (x) =>
      x !== pr &&
      (/^(if|unless)$/.test(parse.a.lx[x.clause]?.lower ?? '') ||
        (/^had$/.test(parse.a.lx[x.first]!.lower) && x.first === x.clause)),
  );
  if (!cond) return false;
  const np = cond.subject ?? parse.phraseAt(cond.first + 1);
  return (
    !!np &&
    !isPeopleKind(agentKind(parse, np)) &&
    agentKind(parse, np) !== 'I' &&
    !/^(they|he|she)$/.test(parse.a.lx[np.head]!.lower)
  );
}

function clauseEndOf(parse: Parse, pr: Predicate): number {
  const lx = parse.a.lx;
  let k = pr.last;
  while (k + 1 < lx.length && !/^[.;:!?—–,]$/.test(lx[k + 1]!.text)) k++;
  return k;
}

function subjectWord(parse: Parse, pr: Predicate): string {
  return pr.subject ? parse.a.lx[pr.subject.head]!.lower : '';
}

/** The subject's kind; "it" and "this" stay things ("it shouldn't have mattered" is an expectation). */
function subjectKind(parse: Parse, pr: Predicate): AgentKind | 'none' {
  const np = pr.subject;
  if (!np) return 'none';
  const k = agentKind(parse, np);
  if (!isPeopleKind(k) && np.appositive) return agentKind(parse, np.appositive);
  return k;
}

/** "asked what we should have monitored": a question reported, not a verdict. */
function embeddedQuestion(parse: Parse, pr: Predicate): boolean {
  const lx = parse.a.lx;
  const before = pr.subject ? pr.subject.first - 1 : pr.first - 1;
  // "why" presupposes the hindsight ("document why the team should have escalated"); the others ask.
  return /^(what|whether|how|which|where|when|if)$/.test(lx[before]?.lower ?? '') && before > 0;
}

const match = (parse: Parse, i: number, list: string[][]): number => matchWords(parse, i, list);

/**
 * "If only one replica is up": a condition in the present, not a wish about the past. A wish looks back:
 * its verb is past or past perfect ("if only we had paged", "if only the file had been checked").
 */
function isCondition(parse: Parse, next: number): boolean {
  // "If only one OSS had been affected": "only" counts, it does not wish.
  if (/^(one|two|three|four|five|a|few|half|some|\d+)$/.test(parse.a.lx[next]?.lower ?? '')) return true;
  const pr = parse.preds.find((x) => x.last >= next);
  if (!pr || pr.first > next + 8) return true;
  const tag = parse.tags[pr.head];
  return !(pr.perfect || tag === 'VBD' || /^(had|was|were|did)$/.test(parse.a.lx[pr.first]!.lower));
}

// The verb phrase of a rewrite runs to the next clause, through its prepositions ("asked for a load test").
const VP_STOPS = new Set([
  'because',
  'since',
  'when',
  'while',
  'but',
  'so',
  'which',
  'although',
  'though',
  'if',
  'unless',
  'and',
]);

/** "Sam should have checked the dashboard." -> "Sam did not check the dashboard. What made that look reasonable at the time?" */
function rewrite(src: string, parse: Parse, pr: Predicate, kind: AgentKind | 'none', p: Params): FindingSuggestion[] {
  const out: FindingSuggestion[] = [];
  const a = parse.a;
  const verb = a.lx[pr.head]!;
  if (pr.subject && (isPeopleKind(kind) || kind === 'I') && !pr.negated && !pr.passive && verb.lower !== 'been') {
    const np = pr.subject;
    const from =
      a.lx[np.first - 1] && /^(the|a|an|our|their|this|that)$/.test(a.lx[np.first - 1]!.lower)
        ? np.first - 1
        : np.first;
    let end = pr.head;
    while (
      end + 1 < a.lx.length &&
      !(a.lx[end + 1]!.kind === 'punct' && /^[.,;:!?)(—–]$/.test(a.lx[end + 1]!.text)) &&
      !VP_STOPS.has(a.lx[end + 1]!.lower)
    )
      end++;
    const rest = end > pr.head ? ' ' + textOf(src, a, pr.head + 1, end) : '';
    out.push({
      description: p.rewrite
        .replace('{subject}', capitalise(textOf(src, a, from, np.last)))
        .replace('{base}', baseForm(verb.lower))
        .replace('{rest}', rest),
    });
  }
  out.push({ description: p.advice });
  return out;
}
