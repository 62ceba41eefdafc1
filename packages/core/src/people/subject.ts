import type { Analysis } from './detect.js';
import { isTimeWord } from './lexemes.js';
import type { Mention } from './types.js';
import { AUX_ADVERBS, BE_FORMS, CLAUSE_WORDS } from './function-words.js';

/** Who did the action of a predicate, as far as the sentence says. */
export interface Agent {
  /** The mention that is the agent, when the agent is one (else the subject is a thing: "the alert"). */
  mention?: Mention;
  /** Lexeme range of the subject noun phrase (or the by-phrase of a passive). */
  first: number;
  last: number;
  passive: boolean;
  /** A person, role, team or a pronoun standing for one (not "we"/"I"). */
  human: boolean;
}

/** A person, role, team or a pronoun standing for one; not the writers ("we", "our team") and not an incident role. */
export const isHuman = (m: Mention | undefined): m is Mention =>
  m !== undefined &&
  !m.incidentRole &&
  !m.self &&
  (m.kind === 'person' || m.kind === 'role' || m.kind === 'team' || (m.kind === 'pronoun' && m.human === true));

const agent = (_a: Analysis, m: Mention | undefined, first: number, last: number, passive: boolean): Agent => ({
  mention: m,
  first,
  last,
  passive,
  human: isHuman(m),
});

/** Index of the first lexeme of the clause that contains lexeme p (after a boundary, time stamp or clause word). */
export function clauseStart(a: Analysis, p: number): number {
  let k = p - 1;
  while (k >= 0) {
    const t = a.lx[k]!;
    if ((t.kind === 'punct' || t.kind === 'symbol') && /^[;:([“"‘—–]+$|^[.!?]$/u.test(t.text)) break;
    if (
      t.kind === 'word' &&
      (isTimeWord(t.text) ||
        /^(because|since|when|while|although|though|if|unless|so|then|after|before)$/.test(t.lower))
    )
      break;
    k--;
  }
  return k + 1;
}

/**
 * The agent of the predicate starting at lexeme p: the by-phrase of a passive ("was deleted by @kim"),
 * else the subject to the left, through auxiliaries ("had not"), relative pronouns ("the engineer who
 * forgot") and coordination ("Sam restarted the pod and forgot to …"). Null when there is none.
 */
export function agentOf(a: Analysis, p: number, end = p): Agent | null {
  const lx = a.lx;
  let h = p - 1;
  let sawBe = false;
  while (h >= 0 && lx[h]!.kind === 'word' && AUX_ADVERBS.has(lx[h]!.lower) && !a.at(h)) {
    if (BE_FORMS.has(lx[h]!.lower)) sawBe = true;
    h--;
  }
  if (sawBe && /(ed|en|wn|lt|pt|ne)$/.test(lx[p]!.lower)) {
    for (let k = end + 1; k < lx.length && k <= end + 8; k++) {
      const t = lx[k]!;
      if (t.kind === 'punct' && /^[.;:!?,]$/.test(t.text)) break;
      // "merged after review by Kofi": the by-phrase belongs to another noun once a preposition intervenes.
      if (t.kind === 'word' && t.lower !== 'by' && CLAUSE_WORDS.has(t.lower)) break;
      if (t.lower === 'by') {
        let s = k + 1;
        while (lx[s] && /^(the|a|an|our|their)$/.test(lx[s]!.lower)) s++;
        // "by the new intern": adjectives before the person.
        let adj = s;
        while (
          !a.at(adj) &&
          adj < s + 2 &&
          lx[adj]?.kind === 'word' &&
          /^\p{Ll}/u.test(lx[adj]!.text) &&
          !CLAUSE_WORDS.has(lx[adj]!.lower)
        )
          adj++;
        if (a.at(adj) && a.at(adj)!.first === adj) s = adj;
        const m = a.at(s);
        let e = s;
        while (!m && lx[e + 1]?.kind === 'word' && !CLAUSE_WORDS.has(lx[e + 1]!.lower)) e++;
        return lx[s] ? agent(a, m, s, m ? m.last : e, true) : null;
      }
    }
    return null;
  }
  return subjectAt(a, h, 0);
}

function subjectAt(a: Analysis, h: number, depth: number): Agent | null {
  const lx = a.lx;
  if (h < 0 || depth > 3) return null;
  const t = lx[h]!;
  const m = a.at(h);
  if (m) return agent(a, m, m.first, m.last, false);
  if (t.kind === 'punct' && t.text === ',') {
    // "Sam, the on-call, missed": the appositive before the comma names the subject.
    const prev = a.at(h - 1);
    return prev ? agent(a, prev, prev.first, prev.last, false) : null;
  }
  if (t.kind !== 'word') return null;
  if (t.lower === 'who' || t.lower === 'that' || t.lower === 'which') {
    let k = h - 1;
    if (lx[k]?.text === ',') k--;
    return k >= 0 && lx[k]!.kind !== 'punct' ? subjectAt(a, k, depth + 1) : null;
  }
  if (/^(and|but|or|then)$/.test(t.lower)) {
    // Coordinated verbs share the clause's subject: "Sam restarted the pod and forgot to drain it".
    const s = clauseStart(a, h);
    let k = s;
    while (lx[k] && lx[k]!.kind === 'word' && /^(the|a|an|then|also)$/.test(lx[k]!.lower)) k++;
    const first = a.at(k);
    if (first && first.last < h) return agent(a, first, first.first, first.last, false);
    return null;
  }
  if (CLAUSE_WORDS.has(t.lower)) return null;
  // A noun phrase whose head is a thing: "the alert", "the engineer's script".
  let first = h;
  while (first > 0 && lx[first - 1]!.kind === 'word' && !CLAUSE_WORDS.has(lx[first - 1]!.lower) && !a.at(first - 1))
    first--;
  return agent(a, undefined, first, h, false);
}
