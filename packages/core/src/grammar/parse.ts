// The clause model the language rules read: noun phrases, verb groups (with negation, modality, voice and
// aspect), and who each verb's subject, agent and object are, through relative clauses ("the change that
// Sam ran"), coordination ("restarted the pod and forgot to …"), control ("failed to check"), reduced
// relatives ("edits made by one of our developers"), appositives and fronted participles. A shallow parse,
// left to right over the tags, linear in the sentence; where the grammar is unclear it leaves a slot empty.
import type { Analysis } from '../people/detect.js';
import { unpossess } from '../people/lexemes.js';
import { isNounTag, isVerb, tagSentence, type Tag } from './tag.js';
import { PARTICLES } from './words.js';
import { isPersonNoun } from './lexicon.js';

/** A noun phrase: lexemes first..last, its head word, and what hangs on it. */
export interface Phrase {
  first: number;
  last: number;
  head: number;
  /** The possessor: "Priya's" in "Priya's change", "the DBA's" in "the DBA's manual failover". */
  owner?: Phrase;
  /** The prepositional phrase right after the head ("one OF our developers", "colleagues IN Payments Ops"). */
  pp?: { prep: string; np: Phrase };
  /** ", Olumide Adeyemi," after "The Release Manager". */
  appositive?: Phrase;
  /** Relative clauses and participle phrases that describe it ("which had been implemented by Priya"). */
  rel: Predicate[];
  /** Preceded by a preposition: the object of a prepositional phrase. */
  prep?: string;
}

export type PredicateKind = 'finite' | 'infinitive' | 'participle' | 'gerund';

/** A verb group and its arguments. */
export interface Predicate {
  /** The verb group's lexemes (auxiliaries, negation, adverbs and the main verb). */
  first: number;
  last: number;
  /** The main verb, or the auxiliary when it stands alone ("was", "had"). */
  head: number;
  lemma: string;
  kind: PredicateKind;
  negated: boolean;
  /** The first modal, normalised ("should've" -> "should", "ought to" -> "ought"). */
  modal: string | null;
  perfect: boolean;
  passive: boolean;
  /** "took ... down", "rolled back", "shrugged off". */
  particle?: string;
  subject?: Phrase;
  /** How the subject was found. */
  via?: 'direct' | 'relative' | 'coordinate' | 'control' | 'fronted' | 'reduced' | 'cleft';
  /** For a pseudo-cleft ("X is what broke it"): the "be" predicate whose subject this one takes. */
  clefted?: Predicate;
  /** The relative pronoun's antecedent is the subject ("the engineer who forgot"). */
  relativeTo?: Phrase;
  /** Who did it: the subject of an active verb, the by-phrase of a passive. */
  agent?: Phrase;
  object?: Phrase;
  /** For an infinitive or a "by" + gerund: the predicate it depends on ("failed" in "failed to check"). */
  governor?: Predicate;
  /** A gerund clause as the subject: "Deploying at 5pm on a Friday was a mistake". */
  subjectClause?: Predicate;
  /** ", which …" after a clause: the predicate of that clause (the event "which" may stand for). */
  eventBefore?: Predicate;
  /** Index of the first lexeme of the clause. */
  clause: number;
}

export interface Parse {
  a: Analysis;
  tags: Tag[];
  lemmas: string[];
  phrases: Phrase[];
  preds: Predicate[];
  phraseAt(i: number): Phrase | undefined;
}

const BOUNDARY = /^[;:()[\]—–"“”?!]$|^--$/u;
const NP_TAGS = new Set<Tag>(['DT', 'PRP$', 'JJ', 'CD', 'NN', 'NNS', 'NNP', 'X']);
const HEAD_TAGS = new Set<Tag>(['NN', 'NNS', 'NNP', 'X', 'CD', 'PRP']);
const AUX = new Set<Tag>(['MD', 'BE', 'HV', 'DO']);
/** Verbs whose infinitive complement shares their subject ("failed to", "forgot to", "decided to"). */
const OBJECT_CONTROL =
  /^(ask|tell|allow|let|instruct|direct|require|force|cause|lead|get|want|expect|remind|permit|enable|help|persuade|urge|advise)$/;

export function parseSentence(a: Analysis): Parse {
  const { tags, lemmas, contracted } = tagSentence(a);
  const lx = a.lx;
  const n = lx.length;
  const phrases: Phrase[] = [];
  const byIndex: (Phrase | undefined)[] = new Array(n);

  // 1. Noun phrases: a determiner or possessive opens one, nouns, adjectives and numbers continue it; a
  // possessive word closes the possessor and opens the possessed ("the DBA's manual failover").
  for (let i = 0; i < n; ) {
    const t = tags[i]!;
    if (t === 'PRP' || (t === 'PRP$' && !NP_TAGS.has(tags[i + 1] ?? 'PUNCT') && tags[i + 1] !== 'VBG')) {
      const p: Phrase = { first: i, last: i, head: i, rel: [] };
      phrases.push(p);
      byIndex[i] = p;
      i++;
      continue;
    }
    if (
      !NP_TAGS.has(t) &&
      !(t === 'VBG' && isNounTag(tags[i + 1]) && i > 0 && (tags[i - 1] === 'DT' || tags[i - 1] === 'PRP$'))
    ) {
      i++;
      continue;
    }
    let j = i;
    let owner: Phrase | undefined;
    let start = i;
    while (j < n) {
      const tj = tags[j]!;
      // ("the obviously wrong values", "a more experienced engineer": a degree adverb before an adjective.)
      const inside =
        j === start
          ? NP_TAGS.has(tj) || tj === 'VBG'
          : (NP_TAGS.has(tj) && tj !== 'DT' && tj !== 'PRP$') ||
            (tj === 'VBG' && isNounTag(tags[j + 1])) ||
            (tj === 'RB' && tags[j + 1] === 'JJ' && (tags[j - 1] === 'DT' || tags[j - 1] === 'PRP$'));
      if (!inside) break;
      // "Make sure Kwabena …": a name after words that are not its title starts a phrase of its own.
      // ("the certificate Kenji renewed": a thing, then a name that starts a clause; but "the supplier Kühn
      // Automation" names the supplier.)
      if (
        j > start &&
        tags[j] === 'NNP' &&
        a.at(j)?.kind === 'person' &&
        a.at(j)!.first === j &&
        a.at(j - 1) !== a.at(j) &&
        (tags[j - 1] === 'JJ' ||
          (tags[j - 1] === 'NN' &&
            !isPersonNoun(lx[j - 1]!.lower) &&
            !/^(supplier|vendor|contractor|partner|provider|customer|client|company|team|firm|agency)$/.test(
              lx[j - 1]!.lower,
            )))
      )
        break;
      // "the DBA's", "Priya's": a possessive word ends the possessor.
      if (
        (tj === 'NN' || tj === 'NNS' || tj === 'NNP') &&
        lx[j]!.kind !== 'masked' &&
        unpossess(lx[j]!.text).possessive &&
        j + 1 < n &&
        (NP_TAGS.has(tags[j + 1]!) || tags[j + 1] === 'VBG')
      ) {
        owner = { first: start, last: j, head: j, rel: [], owner };
        start = j + 1;
      }
      if (tj === 'PRP$' && j + 1 < n && NP_TAGS.has(tags[j + 1]!)) {
        owner = { first: j, last: j, head: j, rel: [] };
        start = j + 1;
      }
      j++;
    }
    let last = j - 1;
    // The head is the last noun-like word (adjectives may trail a number: "approximately 4,200").
    let head = last;
    while (head > start && !HEAD_TAGS.has(tags[head]!)) head--;
    // "the primary", "the affected": an adjective standing for its noun.
    if (!HEAD_TAGS.has(tags[head]!) && tags[last] === 'JJ') head = last;
    if (head < start || (!HEAD_TAGS.has(tags[head]!) && tags[head] !== 'JJ' && tags[head] !== 'VBG')) {
      i = Math.max(j, i + 1);
      continue;
    }
    last = Math.max(head, last);
    const p: Phrase = { first: owner ? owner.first : i, last, head, owner, rel: [] };
    phrases.push(p);
    for (let k = p.first; k <= p.last; k++) byIndex[k] = p;
    i = j;
  }
  for (const p of phrases) {
    const before = tags[p.first - 1];
    if (before === 'IN' || before === 'TO') p.prep = lx[p.first - 1]!.lower;
    const after = p.last + 1;
    if (tags[after] === 'IN' && byIndex[after + 1]) p.pp = { prep: lx[after]!.lower, np: byIndex[after + 1]! };
    else if (tags[after] === 'IN' && tags[after + 1] === 'DT' && byIndex[after + 2])
      p.pp = { prep: lx[after]!.lower, np: byIndex[after + 2]! };
    // "the change implementer (Ms. Nguyen)": a name in brackets after a noun phrase.
    if (
      lx[after]?.text === '(' &&
      byIndex[after + 1]?.first === after + 1 &&
      lx[byIndex[after + 1]!.last + 1]?.text === ')'
    )
      p.appositive = byIndex[after + 1];
    // "The Release Manager, Olumide Adeyemi, deployed": a name between commas after a noun phrase.
    // ("Our external integrator, concretely Mr. Okonkwo, deployed": an adverb may open it.)
    const appStart = lx[after]?.text === ',' && tags[after + 1] === 'RB' ? after + 2 : after + 1;
    if (
      lx[after]?.text === ',' &&
      byIndex[appStart] &&
      byIndex[appStart]!.first === appStart &&
      lx[byIndex[appStart]!.last + 1]?.text === ','
    ) {
      p.appositive = byIndex[appStart];
    }
  }

  // 2. Verb groups.
  const preds: Predicate[] = [];
  let clause = 0;
  for (let i = 0; i < n; ) {
    const t = tags[i]!;
    if (t === 'PUNCT' && (BOUNDARY.test(lx[i]!.text) || lx[i]!.text === ',')) clause = i + 1;
    if (t === 'CS' || t === 'CC' || t === 'WP') clause = i;
    const startsGroup =
      AUX.has(t) ||
      isVerb(t) ||
      contracted[i] !== undefined ||
      (t === 'TO' &&
        (isVerb(tags[i + 1]) ||
          tags[i + 1] === 'BE' ||
          tags[i + 1] === 'HV' ||
          (tags[i + 1] === 'RB' && isVerb(tags[i + 2]))));
    if (!startsGroup || (t === 'VBG' && byIndex[i]) || t === 'JJ') {
      i++;
      continue;
    }
    const first = i;
    let j = contracted[i] ? i + 1 : i;
    let head = contracted[i] ? i : -1;
    let sawBe = contracted[i] === 'BE';
    let sawHave = contracted[i] === 'HV';
    let modal: string | null = contracted[i] === 'MD' ? 'would' : null;
    let negated = false;
    let passive = false;
    let perfect = false;
    const infinitive = t === 'TO';
    if (infinitive) j = i + 1;
    for (; j < n; j++) {
      const tj = tags[j]!;
      const w = lx[j]!.lower.replace(/’/g, "'");
      if (tj === 'NOT' || /n't$/.test(w) || w === 'cannot') negated = true;
      if (tj === 'RB' || tj === 'NOT') {
        // Adverbs inside a group only when a verb follows ("had not yet", "mistakenly applied").
        let k = j;
        while (tags[k] === 'RB' || tags[k] === 'NOT') k++;
        if (!(AUX.has(tags[k]!) || isVerb(tags[k]) || (tags[k] === 'TO' && modal === 'ought'))) break;
        continue;
      }
      if (tj === 'MD') {
        if (head >= 0 && !contracted[head]) break;
        modal ??= w
          .replace(/n't$|'ve$/, '')
          .replace(/^can$/, 'can')
          .replace(/^won$/, 'will')
          .replace(/^ca$/, 'can')
          .replace(/^sha$/, 'shall');
        if (/'ve$/.test(w)) sawHave = true;
        if (w === 'ought' && tags[j + 1] === 'TO') j++;
        head = j;
        continue;
      }
      if (tj === 'BE' || tj === 'HV' || tj === 'DO') {
        if (head >= 0 && isVerb(tags[head]) && tags[head] !== 'VBN') break;
        if (tj === 'BE') sawBe = true;
        if (tj === 'HV') sawHave = true;
        head = j;
        continue;
      }
      if (tj === 'TO' && head >= 0 && /^(have|has|had|ought)$/.test(lx[head]!.lower) && tags[j + 1] !== 'DT') {
        // "had to restart", "has to pay attention": obligation, a modal of its own; "to" stays in the group.
        if (lx[head]!.lower !== 'ought') {
          modal ??= 'have-to';
          sawHave = false;
        }
        continue;
      }
      if (isVerb(tj)) {
        // "keep ignoring", "kept missing", "stopped checking": the aspect verb and its gerund are one group.
        if (
          tj === 'VBG' &&
          head >= 0 &&
          /^(keep|kept|keeps|keeping|continue|continued|continues|stop|stopped|stops|start|started|starts|begin|began|quit)$/.test(
            lx[head]!.lower,
          )
        ) {
          head = j;
          continue;
        }
        if (head >= 0 && isVerb(tags[head]) && !(tags[head] === 'VBN' && (tj === 'VBN' || tj === 'VBG'))) break;
        if (head >= 0 && tags[head] === 'VBG' && lx[head]!.lower !== 'being') break;
        if (tj === 'VBN' && (sawBe || /^(get|got|gets|getting|gotten)$/.test(lx[head]?.lower ?? ''))) passive = true;
        if (tj === 'VBN' && sawHave) perfect = true;
        if (tj === 'VBD' && (sawBe || sawHave)) {
          // "was deployed", "had deployed": the tagger's past is a participle here.
          tags[j] = 'VBN';
          if (sawBe) passive = true;
          if (sawHave) perfect = true;
        }
        if (lx[head]?.lower === 'been' && tj === 'VBN') passive = true;
        head = j;
        continue;
      }
      break;
    }
    if (head < 0) {
      i++;
      continue;
    }
    const last = j - 1;
    // "Sam never replied", "nobody ever checked": a negation right before the group (adverbs between) negates it.
    for (let k = first - 1; k >= 0 && (tags[k] === 'RB' || tags[k] === 'NOT'); k--)
      if (tags[k] === 'NOT') negated = true;
    if (sawHave && tags[head] === 'VBN') perfect = true;
    if (modal && sawHave && lx[head]!.lower === 'been') perfect = true;
    let kind: PredicateKind = 'finite';
    if (infinitive) kind = 'infinitive';
    else if (!modal && !sawBe && !sawHave && tags[first] !== 'DO' && !contracted[first] && tags[head] === 'VBN')
      kind = 'participle';
    else if (!modal && !sawBe && !sawHave && tags[first] === 'VBG') kind = 'gerund';
    // "stop being lazy", "having restarted the pod": a group that opens with a non-finite auxiliary.
    else if (!modal && /^(being|having)$/.test(lx[first]!.lower)) kind = 'gerund';
    if (kind === 'participle') passive = true;
    // A contracted pronoun alone ("that's", "it's", "we've") is its auxiliary.
    const lemma =
      head === first && contracted[first]
        ? contracted[first] === 'BE'
          ? 'be'
          : contracted[first] === 'HV'
            ? 'have'
            : 'would'
        : lemmas[head] || lx[head]!.lower.replace(/’/g, "'").replace(/n't$/, '');
    const p: Predicate = {
      first,
      last,
      head,
      lemma: head === first && contracted[first] ? lemma : normaliseAux(lemma, tags[head]!),
      kind,
      negated,
      modal,
      perfect,
      passive,
      clause,
    };
    const after = lx[last + 1];
    if (
      after &&
      PARTICLES.has(after.lower) &&
      (tags[last + 1] === 'IN' || tags[last + 1] === 'RB') &&
      !byIndex[last + 2]?.first
    )
      p.particle = after.lower;
    else if (
      after &&
      /^(down|up|out|off|back|away)$/.test(after.lower) &&
      (tags[last + 1] === 'IN' || tags[last + 1] === 'RB') &&
      (tags[last + 2] === 'DT' || tags[last + 2] === 'PRP$')
    )
      p.particle = after.lower;
    preds.push(p);
    i = j;
  }

  // 3. Arguments, left to right (a predicate may take its subject from one before it).
  for (const p of preds) {
    // "set up the thresholds": the particle is the verb's, the noun phrase after it is no prepositional object.
    if (p.particle && lx[p.last + 1]?.lower === p.particle && byIndex[p.last + 2]?.first === p.last + 2)
      byIndex[p.last + 2]!.prep = undefined;
  }
  for (let q = 0; q < preds.length; q++) {
    const p = preds[q]!;
    const objStart =
      p.particle && lx[p.last + 1]?.lower === p.particle && !byIndex[p.last + 1] ? p.last + 2 : p.last + 1;
    const obj = byIndex[objStart];
    // A nominative pronoun is never an object ("Needless to say I didn't …"), nor is a time ("renewed last year").
    if (
      obj &&
      obj.first === objStart &&
      !(obj.first === obj.last && /^(i|we|he|she|they)$/.test(lx[obj.first]!.lower)) &&
      !isTemporal(lx, obj)
    )
      p.object = obj;
    // A particle after the object: "took checkout down", "cut the cabinets on Ward 4B off from the server".
    if (!p.particle && p.object && PARTICLES.has(lx[p.object.last + 1]?.lower ?? '') && !byIndex[p.object.last + 2])
      p.particle = lx[p.object.last + 1]!.lower;
    if (!p.particle && p.object) {
      for (let k = p.object.last + 1; k < lx.length && k <= p.object.last + 6; k++) {
        if (tags[k] === 'PUNCT' || isVerb(tags[k]) || AUX.has(tags[k]!) || tags[k] === 'CS' || tags[k] === 'WP') break;
        if (/^(off|down|out)$/.test(lx[k]!.lower) && tags[k - 1] !== 'DT') {
          p.particle = lx[k]!.lower;
          break;
        }
      }
    }
    findSubject(p, q, preds, byIndex, tags, lx, contracted);
    if (p.passive) p.agent = byAgent(p, byIndex, tags, lx);
    else p.agent = p.subject;
  }
  // "Deploying at 5pm was a mistake": a verb with no subject after a gerund that opens its clause.
  for (const p of preds) {
    if (p.subject || p.kind !== 'finite') continue;
    const g = preds.find((x) => x.kind === 'gerund' && x.last < p.first && x.first === p.clause);
    if (g) p.subjectClause = g;
  }
  // Fronted participles take the subject of the clause they open, known only now.
  for (const p of preds)
    if (p.via === 'fronted' && p.governor) p.subject = p.agent = p.governor.agent ?? p.governor.subject;
  // Relative clauses and reduced relatives describe their antecedent.
  for (const p of preds) if (p.relativeTo) p.relativeTo.rel.push(p);
  return { a, tags, lemmas, phrases, preds, phraseAt: (i) => byIndex[i] };
}

function normaliseAux(lemma: string, tag: Tag): string {
  if (tag === 'BE') return 'be';
  if (tag === 'HV') return 'have';
  if (tag === 'DO') return 'do';
  return lemma;
}

type ByIndex = (Phrase | undefined)[];

function findSubject(
  p: Predicate,
  q: number,
  preds: Predicate[],
  byIndex: ByIndex,
  tags: Tag[],
  lx: Analysis['lx'],
  contracted: Array<'BE' | 'HV' | 'MD' | undefined>,
): void {
  if (contracted[p.first]) {
    p.subject = byIndex[p.first];
    p.via = 'direct';
    return;
  }
  const previous = q > 0 ? preds[q - 1] : undefined;
  if (p.kind === 'infinitive') {
    // "failed to acknowledge": the subject of the verb it completes; "asked Sam to check": its object.
    const g =
      previous && (previous.last === p.first - 1 || (previous.object && previous.object.last === p.first - 1))
        ? previous
        : undefined;
    if (g) {
      p.governor = g;
      p.via = 'control';
      p.subject =
        OBJECT_CONTROL.test(g.lemma) && g.object && g.object.last === p.first - 1
          ? g.object
          : g.passive
            ? g.subject
            : (g.agent ?? g.subject);
    }
    return;
  }
  if (p.kind === 'participle') {
    // "edits made by X", "a change implemented by Priya": a reduced relative on the noun before it.
    const np = byIndex[p.first - 1];
    if (np) {
      p.subject = np;
      p.relativeTo = np;
      p.via = 'reduced';
    }
    return;
  }
  if (p.kind === 'gerund') {
    const before = p.first - 1;
    // "Engineers need to stop being lazy": the gerund completes the verb right before it.
    if (
      previous &&
      previous.last === before &&
      /^(stop|start|keep|avoid|quit|continue|begin|risk|consider|mind|finish|try)$/.test(previous.lemma)
    ) {
      p.governor = previous;
      p.subject = previous.agent ?? previous.subject;
      p.via = 'control';
      return;
    }
    if (tags[before] === 'IN' && lx[before]!.lower === 'by' && previous) {
      // "overwrote the keypair by running a command": the means of the verb before.
      p.governor = previous;
      p.subject = previous.agent ?? previous.subject;
      p.via = 'control';
      return;
    }
    // "…changed the URL, causing screening to pass …": a participle after the clause has that clause's event as agent.
    if (lx[before]?.text === ',' && previous && previous.kind === 'finite' && previous.last < before) {
      p.governor = previous;
      p.eventBefore = previous;
      p.via = 'fronted';
      return;
    }
    if (byIndex[before] && unpossess(lx[before]!.text).possessive) {
      p.subject = byIndex[before];
      p.via = 'direct';
      return;
    }
    if (before < 0 || tags[before] === 'PUNCT') {
      // "Misinterpreting the prompt, I believed …": the subject of the clause it opens.
      const next = preds.find((x, k) => k > q && x.kind === 'finite');
      // Not when it is that clause's subject ("Deploying at 5pm was a mistake"): no comma after it then.
      const comma = lx.slice(p.last + 1, next ? next.first : lx.length).some((t) => t.text === ',');
      if (next && comma) {
        p.governor = next;
        p.via = 'fronted';
      }
      return;
    }
    return;
  }
  let k = p.first - 1;
  for (let guard = 0; k >= 0 && guard < 24; guard++) {
    const t = tags[k]!;
    // Adverbs, and a stray preposition or particle ("the documentation left behind by the team was …").
    if (t === 'RB' || t === 'NOT' || (t === 'IN' && !byIndex[k + 1])) {
      k--;
      continue;
    }
    const np = byIndex[k];
    // "Needless to say I didn't …": a nominative pronoun before a finite verb is its subject, whatever came before.
    if (np && np.first === np.last && tags[k] === 'PRP' && /^(i|we|he|she|they)$/.test(lx[k]!.lower)) {
      setSubject(p, np, 'direct');
      zeroRelative(p, np, byIndex, tags, lx);
      return;
    }
    if (np) {
      // "the previous afternoon", "on Tuesday": time adverbials are not subjects.
      if (isTemporal(lx, np)) {
        k = np.prep ? np.first - 2 : np.first - 1;
        continue;
      }
      // A prepositional phrase modifies what comes before it: "Colleagues in Payments Ops forgot" -> Colleagues.
      if (np.prep) {
        k = np.first - 2;
        continue;
      }
      const objectOf = preds.find((x) => x !== p && x.object === np);
      // "Whoever set up the thresholds did not bother": the free relative is the subject.
      if (
        objectOf?.subject &&
        /^(whoever|whatever|anyone)$/.test(lx[objectOf.subject.head]!.lower) &&
        objectOf.subject.first === objectOf.subject.last
      )
        return setSubject(p, objectOf.subject, 'relative');
      if (objectOf) {
        // "The contractor who ran the job is understood to …": the relative clause ends at its object.
        if (objectOf.relativeTo && objectOf.via === 'relative') return setSubject(p, objectOf.relativeTo, 'relative');
        if (objectOf.kind !== 'finite') {
          k = objectOf.first - 1;
          continue;
        }
        // A run-on ("Sam pushed the config the site went down"): the nearest noun.
        return setSubject(p, np, 'direct');
      }
      // "The Release Manager, Olumide Adeyemi, deployed": the appositive's host.
      const host = byIndex[np.first - 2] ?? byIndex[np.first - 3];
      if (
        (lx[np.first - 1]?.text === ',' || (tags[np.first - 1] === 'RB' && lx[np.first - 2]?.text === ',')) &&
        host &&
        host.appositive === np
      )
        return setSubject(p, host, 'direct');
      setSubject(p, np, 'direct');
      if (zeroRelative(p, np, byIndex, tags, lx)) return;
      if (tags[np.first - 1] === 'WP') {
        // An object relative: "the deploy that Sam ran" -> Sam ran it; "the deploy" is what was run.
        const ante = antecedent(np.first - 1, byIndex, lx);
        if (ante) {
          p.object ??= ante;
          p.relativeTo = ante;
        }
      }
      return;
    }
    if (t === 'WP' && /^(what|why|how)$/.test(lx[k]!.lower)) {
      // A pseudo-cleft: "that's what took ranked queues down", "the DBA's failover is what left the DB stuck".
      const host = preds.find(
        (x) => x.lemma === 'be' && (x.last === k - 1 || (x.last === k - 2 && tags[k - 1] === 'RB')),
      );
      if (host?.subject && lx[k]!.lower === 'what') {
        setSubject(p, host.subject, 'cleft');
        p.clefted = host;
      }
      return;
    }
    if (t === 'WP') {
      const ante = antecedent(k, byIndex, lx);
      if (ante) {
        setSubject(p, ante, 'relative');
        p.relativeTo = ante;
        if (lx[k - 1]?.text === ',' && lx[k]!.lower === 'which')
          p.eventBefore = [...preds].reverse().find((x) => x.last < k && x !== p && x.kind === 'finite');
      }
      return;
    }
    if (t === 'CC') {
      // Coordinated verbs share the subject: "restarted the pod and forgot to drain it", "approved and deployed".
      const prev = [...preds].reverse().find((x) => x.last < k && x.kind === 'finite' && x !== p);
      if (prev) {
        p.subject = prev.subject;
        p.via = 'coordinate';
      }
      return;
    }
    const pr = preds.find((x) => x !== p && (x.last === k || (x.particle && x.last === k - 1)));
    if (pr) {
      // "The deploy that Sam ran took the site down": the relative clause ends right before this verb.
      if (pr.relativeTo) return setSubject(p, pr.relativeTo, 'relative');
      if (pr.kind !== 'finite') {
        k = pr.first - 1;
        continue;
      }
      // "Sam restarted the pod, deleted the volume": a list of verbs shares the subject.
      if (lx[k + 1]?.text === ',' && pr.subject) {
        p.subject = pr.subject;
        p.via = 'coordinate';
      }
      return;
    }
    // "The deployer (Thiago) rolls out …": skip what the brackets add.
    if (t === 'PUNCT' && lx[k]!.text === ')') {
      let j = k - 1;
      while (j >= 0 && lx[j]!.text !== '(' && j > k - 12) j--;
      if (j >= 0 && lx[j]!.text === '(') {
        k = j - 1;
        continue;
      }
    }
    if (t === 'PUNCT' && lx[k]!.text === ',') {
      // A parenthetical (", as is now understood,", ", on the evening of 14 March,"): skip to its opening comma.
      let j = k - 1;
      while (j >= 0 && j > k - 10 && lx[j]!.text !== ',' && !BOUNDARY.test(lx[j]!.text)) j--;
      if (
        j >= 0 &&
        lx[j]!.text === ',' &&
        (tags[j + 1] === 'CS' || tags[j + 1] === 'IN' || tags[j + 1] === 'RB') &&
        (tags[j - 1] === 'WP' || byIndex[j - 1])
      ) {
        k = j - 1;
        continue;
      }
      k--;
      continue;
    }
    return;
  }
}

const TEMPORAL =
  /^(morning|mornings|afternoon|afternoons|evening|evenings|night|nights|day|days|week|weeks|weekend|weekends|month|months|year|years|hour|hours|minute|minutes|time|times|today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|moment|period)$/;
const isTemporal = (lx: Analysis['lx'], np: Phrase): boolean => TEMPORAL.test(lx[np.head]!.lower) && !np.owner;

/**
 * "the certificate Kenji renewed last year expired", "An upgrade I started on the server took down paging": a
 * noun phrase right before the subject and no object make an object relative without "that".
 */
function zeroRelative(p: Predicate, np: Phrase, byIndex: ByIndex, tags: Tag[], lx: Analysis['lx']): boolean {
  const host = byIndex[np.first - 1];
  const next = tags[p.last + 1];
  if (
    !host ||
    host === np ||
    p.kind !== 'finite' ||
    p.object ||
    p.passive ||
    !isVerb(tags[p.head]) ||
    tags[p.head] === 'VBG'
  )
    return false;
  if (
    !(
      next === undefined ||
      isTemporal(lx, byIndex[p.last + 1] ?? np) ||
      next === 'RB' ||
      next === 'IN' ||
      isVerb(next) ||
      AUX.has(next)
    )
  )
    return false;
  p.object = host;
  p.relativeTo = host;
  return true;
}

const unpossessWord = (w: string): string => unpossess(w).base;

function setSubject(p: Predicate, np: Phrase, via: Predicate['via']): void {
  p.subject = np;
  p.via = via;
}

/** The noun phrase a relative pronoun at k stands for (the one right before it, or before its comma). */
function antecedent(k: number, byIndex: ByIndex, lx: Analysis['lx']): Phrase | undefined {
  let j = k - 1;
  if (lx[j]?.text === ',') j--;
  let np = byIndex[j];
  // "We traced the letters to the contractor who re-ran …": "who" takes the person right before it.
  if (
    np &&
    lx[k]!.lower === 'who' &&
    (isPersonNoun(lx[np.head]!.lower) || lx[np.head]!.kind === 'handle' || /^\p{Lu}/u.test(lx[np.head]!.text))
  ) {
    // (But "the technician from the vendor who …": a person the prepositional phrase hangs on comes first.)
    const host = np.prep && np.prep !== 'to' ? byIndex[np.first - 2] : undefined;
    return host && isPersonNoun(unpossessWord(lx[host.head]!.lower)) ? host : np;
  }
  // "the manual failover of the primary database, which was initiated by the DBA", "a change to the gateway
  // which had been implemented by Priya": the phrase the prepositions hang on, not the last noun.
  while (np?.prep && np.prep !== 'by' && byIndex[np.first - 2]) np = byIndex[np.first - 2];
  return np;
}

/** The by-phrase of a passive: "was deleted by @kim", "had been implemented by Priya Raman on …". */
function byAgent(p: Predicate, byIndex: ByIndex, tags: Tag[], lx: Analysis['lx']): Phrase | undefined {
  for (let k = p.last + 1; k < lx.length && k <= p.last + 10; k++) {
    const t = tags[k]!;
    if (t === 'PUNCT' && /^[.;:!?]$/.test(lx[k]!.text)) return undefined;
    if (t === 'CS' || t === 'WP' || (isVerb(t) && t !== 'VBN') || AUX.has(t)) return undefined;
    if (lx[k]!.lower === 'by') {
      if (tags[k + 1] === 'VBG') return undefined; // "by running a command": a means
      return byIndex[k + 1];
    }
  }
  return undefined;
}
