import { agentOf, baseForm, isParticiple, type Agent, type Analysis } from '../people/index.js';
import type { CheckKind, FindingSuggestion } from './types.js';
import { capitalise, clauseEnd, compilePhrases, findPhrases, isQuoted, proseSentences, textOf, type Phrase } from './prose.js';

interface Params {
  /** Modal perfects ("should have"): hindsight when their subject is a person, or "we"/"I". */
  modals: string[];
  /** Always hindsight ("in hindsight", "if only"). */
  phrases: string[];
  /** Participles after a thing-subject modal that still read as hindsight ("could have been avoided"). */
  avoidable: string[];
  /** Words after "if only" that make it a condition, not a wish ("if only one replica is up"). */
  conditionAfterIfOnly: string[];
  /** Participles that, after "could not have" or "nobody could have", defend a decision ("could not have known"). */
  knowledgeVerbs: string[];
  /** Participles of a wish, not a judgment ("would have liked more time"). */
  wishVerbs: string[];
  /** Rewrite advice; `{subject}`, `{base}`, `{rest}` are filled from the sentence. */
  rewrite: string;
  advice: string;
}

type Params2 = Params & { _modals?: Phrase[]; _phrases?: Phrase[] };

/**
 * `hindsight`: counterfactuals about what people should, could or would have done. A modal perfect fires
 * when its subject is a person, role, team or the writers; with a system subject it is expected-vs-actual
 * behaviour ("the endpoint should have returned 404") or what a tool would have caught, and stays quiet,
 * except for "could have been avoided". "should have" + a noun phrase is a requirement, not hindsight.
 */
export const hindsight: CheckKind = {
  name: 'hindsight',
  params: {
    type: 'object',
    required: ['modals', 'phrases', 'avoidable', 'conditionAfterIfOnly', 'knowledgeVerbs', 'wishVerbs', 'rewrite', 'advice'],
    additionalProperties: false,
    properties: {
      modals: { type: 'array', items: { type: 'string' } },
      phrases: { type: 'array', items: { type: 'string' } },
      avoidable: { type: 'array', items: { type: 'string' } },
      conditionAfterIfOnly: { type: 'array', items: { type: 'string' } },
      knowledgeVerbs: { type: 'array', items: { type: 'string' } },
      wishVerbs: { type: 'array', items: { type: 'string' } },
      rewrite: { type: 'string' },
      advice: { type: 'string' },
    },
  },
  run(ctx) {
    const p = ctx.rule.params as unknown as Params2;
    p._modals ??= compilePhrases(p.modals);
    p._phrases ??= compilePhrases(p.phrases);
    const avoidable = new Set(p.avoidable);
    const conditions = new Set(p.conditionAfterIfOnly);
    const knowledge = new Set(p.knowledgeVerbs);
    const wishes = new Set(p.wishVerbs);
    const src = ctx.doc.text;
    for (const { a } of proseSentences(ctx)) {
      const taken: Array<[number, number]> = [];
      const report = (first: number, last: number, suggestions: FindingSuggestion[]): void => {
        // One finding per sentence: "Had Zoë read it, she would have seen …" is one counterfactual.
        if (taken.length > 0 || isQuoted(a, first)) return;
        taken.push([first, last]);
        ctx.report({ start: a.lx[first]!.start, end: a.lx[last]!.end, suggestions });
      };
      for (const m of findPhrases(a, p._phrases)) {
        if (m.phrase.text === 'if only' && isCondition(a, m.last + 1, conditions)) continue;
        report(m.first, m.last, [{ description: p.advice }]);
      }
      // "Had Zoë read the plan …", "if Sam had checked …": a past counterfactual about a person.
      for (let i = 0; i < a.lx.length; i++) {
        if (a.lx[i]!.lower !== 'had') continue;
        const inverted = i === 0 || /^[,;:(“"]$/.test(a.lx[i - 1]!.text);
        const conditional = i >= 2 && /^(if|unless)$/.test(a.lx[i - 2]!.lower) || (i >= 3 && /^(if|unless)$/.test(a.lx[i - 3]!.lower));
        const det = inverted && /^(the|a|an|our|their)$/.test(a.lx[i + 1]?.lower ?? '') ? 1 : 0;
        const who = inverted ? a.at(i + 1 + det) : a.at(i - 1);
        if (!who || !(who.kind === 'person' || who.kind === 'role' || who.kind === 'team' || (who.kind === 'pronoun' && who.human))) continue;
        const after = a.lx[inverted ? who.last + 1 : i + 1];
        const after2 = a.lx[inverted ? who.last + 2 : i + 2];
        const participle = (t: typeof after) => t?.kind === 'word' && isParticiple(t.lower);
        if (!(participle(after) || (after?.lower === 'only' && participle(after2)))) continue;
        if (inverted) report(i, who.last, [{ description: p.advice }]);
        else if (conditional) report(i - (a.lx[i - 2]!.lower === 'if' || a.lx[i - 2]!.lower === 'unless' ? 2 : 3), i, [{ description: p.advice }]);
      }
      // A question asks, it does not judge: "What should we have monitored?" is the inquiry a review wants.
      const question = a.sentence.text.trimEnd().endsWith('?');
      for (const m of findPhrases(a, p._modals)) {
        if (question) continue;
        const verb = a.lx[m.last + 1];
        if (!verb || verb.kind !== 'word') continue;
        const modal = a.lx[m.first]!.lower;
        const subject = agentOf(a, m.first);
        // An embedded question ("asked what we should have monitored") reports a question, not a verdict.
        if (subject && /^(what|whether|how|why|which|where|when)$/.test(a.lx[subject.first - 1]?.lower ?? '')) continue;
        const human = subject?.human || subject?.mention?.self || /^(someone|anyone|somebody|anybody|everyone|nobody)$/.test(subject?.mention?.text.toLowerCase() ?? '');
        // "each service should have a runbook": have + noun phrase is possession, a requirement.
        const participle = isParticiple(verb.lower) || /n['’]t$/.test(modal);
        if (!participle || wishes.has(verb.lower)) continue;
        const nobody = /^(nobody|no one|none)$/i.test(subject?.mention?.text ?? '') || a.lx[m.first - 1]?.lower === 'nobody';
        if ((/not|n['’]t/.test(textOf(src, a, m.first, m.last)) || nobody) && knowledge.has(verb.lower)) continue;
        if (!human) {
          const next = a.lx[m.last + 2];
          const avoided = verb.lower === 'been' && next && avoidable.has(next.lower) && !/would/.test(modal);
          if (!avoided) continue;
        }
        // The writers on what a tool would have detected ("we would have caught this with a canary") is design, not hindsight.
        if (subject?.mention?.self && /would/.test(modal) && /^(caught|detected|seen|noticed|alerted|found)$/.test(verb.lower) && hasToolClause(a, m.last)) continue;
        report(m.first, m.last, rewrite(src, a, subject, m.first, m.last, p));
      }
    }
  },
};

function hasToolClause(a: Analysis, from: number): boolean {
  return a.lx.slice(from).some((t) => /^(with|if|had|by)$/.test(t.lower));
}

/** "Sam should have checked the dashboard." -> "Sam did not check the dashboard. What made that look reasonable at the time?" */
function rewrite(src: string, a: Analysis, subject: Agent | null, first: number, last: number, p: Params): FindingSuggestion[] {
  const out: FindingSuggestion[] = [];
  const verb = a.lx[last + 1]!;
  if (subject?.mention && (subject.human || subject.mention.self) && !/n['’]t$/.test(a.lx[first]!.lower) && verb.lower !== 'been') {
    let from = subject.first;
    if (from > 0 && /^(the|a|an|our|their|this|that)$/.test(a.lx[from - 1]!.lower)) from--;
    const end = clauseEnd(a, last + 1, VP_STOPS);
    const rest = end > last + 1 ? ' ' + textOf(src, a, last + 2, end) : '';
    const description = p.rewrite
      .replace('{subject}', capitalise(textOf(src, a, from, subject.last)))
      .replace('{base}', baseForm(verb.lower))
      .replace('{rest}', rest);
    out.push({ description });
  }
  out.push({ description: p.advice });
  return out;
}

// The verb phrase of a rewrite runs to the next clause, through its prepositions ("asked for a load test").
const VP_STOPS = new Set(['because', 'since', 'when', 'while', 'but', 'so', 'which', 'although', 'though', 'if', 'unless', 'and']);

/**
 * "If only one replica is up", "if only `http_proxy` is set": a condition in the present, not a wish about
 * the past. A wish looks back ("if only we had paged", "if only Sam checked").
 */
function isCondition(a: { lx: Array<{ kind: string; lower: string }> }, next: number, conditions: Set<string>): boolean {
  const first = a.lx[next];
  if (!first || conditions.has(first.lower) || first.kind === 'masked') return true;
  for (let k = next; k < a.lx.length && k < next + 6 && a.lx[k]!.kind !== 'punct'; k++) {
    if (/^(is|are|has|does|do|exists|exist|contains|matches|applies|runs)$/.test(a.lx[k]!.lower)) return true;
  }
  return false;
}
