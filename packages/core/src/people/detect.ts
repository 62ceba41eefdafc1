import type { Sentence } from '../document/types.js';
import { boundaryBefore, isTimeWord, lex, unpossess } from './lexemes.js';
import { isParticiple } from './inflect.js';
import { isCompoundWord, isEnglishWord, isKnownName } from './lexicon.js';
import { compilePeople, type CompiledPeople } from './roster.js';
import type { Lexeme, Mention, MentionKind, PeopleOptions } from './types.js';
import {
  DETERMINERS,
  INCIDENT_ROLES,
  NAME_PARTICLES,
  PRONOUNS,
  ROLE_PHRASES,
  ROLE_WORDS,
  TEAM_HANDLE_PARTS,
  TEAM_HEADS,
} from './role-and-tool-words.js';
import { AFTER_ROLE, ROLE_MODIFIED, SYSTEM_HEADS, WORK_NOUNS } from './function-words.js';

/** A sentence with its agents: what the checks ask "who is the subject of this verb?". */
export interface Analysis {
  sentence: Sentence;
  lx: Lexeme[];
  mentions: Mention[];
  /** The mention covering lexeme i, if any. */
  at: (i: number) => Mention | undefined;
}

const DET = new Set(DETERMINERS);
// Before a name, "that"/"which" are conjunctions ("we learned that Kwame's …"), not determiners.
const NAME_DET = new Set(DETERMINERS.filter((d) => !/^(that|which|whose)$/.test(d)));
const ROLES = new Set(ROLE_WORDS);
const ROLE_SEQS = ROLE_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const ROLE_FIRST = new Set(ROLE_SEQS.map((s) => s[0]!));
const INCIDENT = new Set(INCIDENT_ROLES);
const TEAM_WORDS = new Set(TEAM_HEADS);
const TEAM_PARTS = new Set(TEAM_HANDLE_PARTS);
const PARTICLES = new Set(NAME_PARTICLES);
const ROLE_ACRONYMS = new Set(['herr', 'frau', 'dba', 'dbas', 'sre', 'sres', 'ic', 'pi', 'pis', 'phd']);
const ROLE_DETERMINERS = new Set([
  ...DETERMINERS,
  'his',
  'her',
  'their',
  'my',
  'one',
  'two',
  'three',
  'several',
  'many',
  'both',
  'other',
]);
// A capitalised word of one script with case: "Søren", "Zoë", "O'Brien", "Jean-Luc", "McKay", "Nguyễn".
// "McKay", "DeShawn", "LaToya", "D'Souza", "O'Brien": a name prefix may carry a capital inside the word.
const NAME_LIKE =
  /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*(?:['’]s|(?<=s)['’])?$/u;
const NAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|\p{Lu}['’])\p{Lu}\p{Ll}/u;
const IDENTIFIER = /[_/\\=#]|\p{Ll}\p{Lu}|\d\p{L}|\p{L}\d|^\p{Lu}{2,}s?$|\.\p{L}/u;

/** Find the people, roles, teams, pronouns and systems of one sentence. `previous` carries the last sentence's mentions. */
export function analyze(sentence: Sentence, options: PeopleOptions = {}, previous: readonly Mention[] = []): Analysis {
  let bySentence = termReads.get(options);
  if (!bySentence) termReads.set(options, (bySentence = new WeakMap()));
  let reads = bySentence.get(sentence);
  if (!reads) bySentence.set(sentence, (reads = new Map()));
  const outer = reading;
  reading = reads;
  try {
    return analyzeWith(sentence, options, previous);
  } finally {
    reading = outer;
  }
}

/**
 * The document terms (see PeopleOptions.terms) that analysing `sentence` under `options` asked about, with the
 * answers: all a block's findings depend on from the rest of the document, so the per-block cache
 * (engine/block-cache.ts) keeps them valid while no answer changes, and typing a new word elsewhere costs nothing.
 */
export function termsRead(sentence: Sentence, options: PeopleOptions): ReadonlyMap<string, boolean> | undefined {
  return termReads.get(options)?.get(sentence);
}

// By options first (one object per document and config, so the answers die with their document), then sentence.
const termReads = new WeakMap<PeopleOptions, WeakMap<Sentence, Map<string, boolean>>>();
let reading: Map<string, boolean> | undefined;

/** Does the document write `term` as a term? Noted for the sentence being analysed. */
function isTerm(options: PeopleOptions, term: string): boolean {
  const yes = options.terms?.().has(term) ?? false;
  reading?.set(term, yes);
  return yes;
}

// A sentence's lexemes depend on it alone: each rule's walk may analyse it again after other sentences.
const lexemes = new WeakMap<Sentence, Lexeme[]>();
function lexemesOf(sentence: Sentence): Lexeme[] {
  let lx = lexemes.get(sentence);
  if (!lx) lexemes.set(sentence, (lx = lex(sentence)));
  return lx;
}

function analyzeWith(sentence: Sentence, options: PeopleOptions, previous: readonly Mention[]): Analysis {
  const cfg = compilePeople(options);
  const lx = lexemesOf(sentence);
  const mentions: Mention[] = [];
  const add = (
    kind: MentionKind,
    first: number,
    last: number,
    confidence: number,
    extra: Partial<Mention> = {},
  ): void => {
    const start = lx[first]!.start;
    // "Engineer 2." : the tokenizer may glue the sentence's full stop to a short last word.
    const end = lx[last]!.end - (/^\w{1,2}\.$/u.test(lx[last]!.text) && last > first ? 1 : 0);
    const text =
      first === last && lx[first]!.kind === 'masked'
        ? lx[first]!.text
        : sentence.text.slice(start - sentence.start, end - sentence.start);
    mentions.push({ kind, start, end, text, confidence, first, last, ...extra });
  };
  let i = 0;
  while (i < lx.length) {
    const n = detectAt(lx, i, cfg, add, mentions, previous, options);
    i += Math.max(1, n);
  }
  const byIndex: (Mention | undefined)[] = [];
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) byIndex[k] = m;
  return { sentence, lx, mentions, at: (k) => byIndex[k] };
}

// The pronoun table as a Map: indexing an object with a word made at run time costs a string-table lookup per
// word. The object's inherited keys answer as they always did ("constructor" is a truthy entry there, so it
// reads as a pronoun): a speed change must not move a finding; that reading is a fault of its own to fix.
const PRONOUN_KINDS = new Map<string, unknown>(Object.entries(PRONOUNS));
for (const key of Object.getOwnPropertyNames(Object.prototype))
  if (key === key.toLowerCase()) PRONOUN_KINDS.set(key, (PRONOUNS as Record<string, unknown>)[key]);
const pronounKind = (lower: string): unknown => PRONOUN_KINDS.get(lower);

type Add = (kind: MentionKind, first: number, last: number, confidence: number, extra?: Partial<Mention>) => void;

/** Detect a mention starting at lexeme i; returns how many lexemes it used (0 = none). */
function detectAt(
  lx: Lexeme[],
  i: number,
  cfg: CompiledPeople,
  add: Add,
  done: Mention[],
  previous: readonly Mention[],
  options: PeopleOptions,
): number {
  const t = lx[i]!;
  if (t.kind === 'masked') return (add('system', i, i, 1), 1);
  if (t.kind === 'handle' && /^@\p{L}/u.test(t.text)) {
    const h = unpossess(t.lower).base;
    // "@infra-team" is a team; "@fernanda-ops" is Fernanda: a first name in the handle makes it a person's.
    const parts = h.slice(1).split(/[-_.]/);
    // ("@weiling_sre" too: a handle is a team's when it opens with a team word, "@infra-team", "@sre-oncall".)
    const team =
      cfg.teamHandles.has(h) ||
      (!cfg.handles.has(h) && TEAM_PARTS.has(parts[0]!) && !parts.some((p) => p.length > 2 && isKnownName(p)));
    return (
      add(team ? 'team' : 'person', i, i, cfg.handles.has(h) || cfg.teamHandles.has(h) ? 1 : 0.95, {
        possessive: unpossess(t.text).possessive,
      }),
      1
    );
  }
  if (t.kind !== 'word') return 0;
  const roster = matchSeq(lx, i, cfg.people, false);
  if (roster)
    return (
      add('person', i, i + roster - 1, 1, { possessive: unpossess(lx[i + roster - 1]!.text).possessive }), roster
    );
  const team = matchSeq(lx, i, cfg.teams, true);
  if (team) return (add('team', i, i + team - 1, 1), team);
  const lower = unpossess(t.lower).base;
  // A name the document introduces as software ("Marvin, our triage bot") is software wherever it stands.
  if (/^\p{Lu}/u.test(t.text) && isTerm(options, `tool:${lower}`)) return (add('system', i, i, 0.9), 1);
  // "Cassandra's change", "Jenkins's migration": a possessive on someone's work names a person, even a product's name.
  if (cfg.systems.has(lower) && !(NAME_LIKE.test(t.text) && possessiveOnWork(lx, i)))
    return (add('system', i, i, 0.95), 1);
  // "Engineer B", "Developer 2": an anonymised person.
  const next = lx[i + 1];
  if (
    /^(Engineer|Developer|Dev|Operator|Responder|Person|User|Employee|Admin|Analyst|Contractor|Intern|Technician|Member|SRE|Maintainer|Contributor|Volunteer|Reviewer|Author|Committer|Approver|Moderator|Staff|Colleague|Individual|Agent)$/.test(
      t.text,
    ) &&
    next?.kind === 'word' &&
    next.spaceBefore &&
    /^(\p{Lu}|\d+)\.?(['’]s)?$/u.test(next.text)
  ) {
    return (add('person', i, i + 1, 0.95, { possessive: unpossess(next.text).possessive }), 2);
  }
  // "the platform team", "SRE team", "the Payments squad".
  const prevWord = lx[i - 1];
  const teamModifier =
    !/^\d/.test(t.text) &&
    (/^\p{Lu}/u.test(t.text) ||
      boundaryBefore(lx, i) ||
      (prevWord?.kind === 'word' && ROLE_DETERMINERS.has(prevWord.lower)));
  if (
    next?.kind === 'word' &&
    TEAM_WORDS.has(unpossess(next.lower).base) &&
    teamModifier &&
    !DET.has(t.lower) &&
    !pronounKind(t.lower)
  ) {
    return (add('team', i, i + 1, 0.9, { self: /^(our|my)$/.test(prevWord?.lower ?? '') }), 2);
  }
  if (TEAM_WORDS.has(lower) && i > 0 && ROLE_DETERMINERS.has(lx[i - 1]!.lower))
    return (add('team', i, i, 0.85, { self: /^(our|my)$/.test(lx[i - 1]!.lower) }), 1);
  const role = matchRole(lx, i);
  if (role) {
    const incident = INCIDENT.has(
      lx
        .slice(i, i + role)
        .map((x) => x.lower)
        .join(' '),
    );
    return (
      add('role', i, i + role - 1, 0.9, {
        incidentRole: incident,
        possessive: unpossess(lx[i + role - 1]!.text).possessive,
      }),
      role
    );
  }
  // (The table first: the upper-case test copies the word, and most words are no pronoun.)
  const kind = pronounKind(t.lower);
  const pro = kind !== undefined && !(t.text.length > 1 && t.text === t.text.toUpperCase()) ? kind : undefined; // "US" is a country
  if (pro) {
    const human = pro === 'person' || pro === 'self' || (pro === 'maybe' && lastAgentIsHuman(done, previous));
    return (add('pronoun', i, i, pro === 'maybe' ? 0.7 : 0.9, { human, self: pro === 'self' }), 1);
  }
  if (IDENTIFIER.test(t.text) && !ROLE_ACRONYMS.has(lower) && !isTimeWord(t.text) && !NAME_PREFIXED.test(t.text))
    return (add('system', i, i, 0.8), 1);
  return detectName(lx, i, cfg, add, options);
}

/** Match a config word sequence at i (roster: exact case; teams: lower case). */
function matchSeq(lx: Lexeme[], i: number, seqs: string[][], lowerCase: boolean): number {
  const t0 = lx[i];
  // No roster or team list (the usual case): nothing to match, and no string work at every word.
  if (seqs.length === 0 || !t0 || t0.kind !== 'word') return 0;
  const first = (lowerCase ? t0.lower : t0.text).normalize('NFC');
  const index = firstWordIndex(seqs);
  // Entries longest first, as listed: one that starts with this word as written, or with its possessive base.
  const candidates = [...(index.get(first) ?? []), ...(index.get(unpossess(first).base) ?? [])].sort(
    (a, b) => b.length - a.length,
  );
  outer: for (const seq of candidates) {
    for (let k = 0; k < seq.length; k++) {
      const t = lx[i + k];
      if (t?.kind !== 'word' || (k > 0 && !t.spaceBefore)) continue outer;
      let text = (lowerCase ? t.lower : t.text).normalize('NFC');
      if (k === seq.length - 1) text = unpossess(text).base;
      if (text !== seq[k]) continue outer;
    }
    return seq.length;
  }
  return 0;
}

// A roster of thousands is matched through its first words, not entry by entry at every word.
const indexes = new WeakMap<string[][], Map<string, string[][]>>();
function firstWordIndex(seqs: string[][]): Map<string, string[][]> {
  let index = indexes.get(seqs);
  if (!index) {
    index = new Map();
    for (const seq of seqs) {
      const key = seq[0]!;
      const list = index.get(key);
      if (list) list.push(seq);
      else index.set(key, [seq]);
    }
    indexes.set(seqs, index);
  }
  return index;
}

/** A role phrase at i used as a person: after a determiner, plural, or an indefinite pronoun; not a modifier. */
function matchRole(lx: Lexeme[], i: number): number {
  let len = 0;
  const lower = unpossess(lx[i]!.lower).base;
  if (!ROLE_FIRST.has(lx[i]!.lower) && !ROLES.has(lower) && !INCIDENT.has(lower)) return 0;
  if (ROLE_FIRST.has(lx[i]!.lower))
    for (const seq of ROLE_SEQS)
      if (seq.every((w, k) => lx[i + k]?.kind === 'word' && unpossess(lx[i + k]!.lower).base === w)) {
        len = seq.length;
        break;
      }
  if (!len && (ROLES.has(lower) || INCIDENT.has(lower))) len = 1;
  if (!len) return 0;
  const head = unpossess(lx[i + len - 1]!.lower).base;
  const after = lx[i + len];
  if (
    after &&
    after.kind === 'word' &&
    !AFTER_ROLE.has(after.lower) &&
    !isParticiple(after.lower) &&
    !unpossess(lx[i + len - 1]!.text).possessive
  ) {
    // "the on-call rotation", "developer portal". Other nouns after a role do not matter: a subject's head is its last word.
    if (ROLE_MODIFIED.has(after.lower)) return 0;
  }
  const indefinite = /^(some|any|every|no)(one|body)$|^people$/.test(head);
  const plural = head.endsWith('s') && ROLES.has(head);
  const before = lx[i - 1];
  const before2 = lx[i - 2];
  // "the engineer", or with an adjective between: "the new intern", "our junior developer".
  const determined =
    before?.kind === 'word' &&
    (ROLE_DETERMINERS.has(before.lower) ||
      (/^\p{Ll}+$/u.test(before.text) &&
        before2?.kind === 'word' &&
        ROLE_DETERMINERS.has(before2.lower) &&
        !pronounKind(before.lower)));
  // "the Postgres operator", "the Kubernetes operator": a controller, not a person.
  if (before && /^operators?$/.test(head) && before.kind === 'word' && !ROLE_DETERMINERS.has(before.lower)) return 0;
  const acronym = ROLE_ACRONYMS.has(lower) || INCIDENT.has(lower);
  // "Engineer missed the page", "14:03 on-call acked": a bare role opening a clause or a timeline entry.
  const initial = boundaryBefore(lx, i) || afterTime(lx, i);
  return determined || indefinite || plural || acronym || initial || len > 1 ? len : 0;
}

/** Was the nearest earlier agent a person or role ("Priya paged Sam; they …")? */
function lastAgentIsHuman(done: Mention[], previous: readonly Mention[]): boolean {
  const last = [...previous, ...done].filter((m) => m.kind !== 'pronoun' || m.human).pop();
  return last !== undefined && (last.kind === 'person' || last.kind === 'role' || last.kind === 'pronoun');
}

/** Capitalised personal names: "Priya", "Wei Zhang's", "Nguyễn Văn An", "Maria da Silva". */
function detectName(lx: Lexeme[], i: number, cfg: CompiledPeople, add: Add, options: PeopleOptions): number {
  if (!NAME_LIKE.test(lx[i]!.text)) return 0;
  let j = i;
  while (j + 1 < lx.length) {
    const n = lx[j + 1]!;
    const after = lx[j + 2];
    if (
      !lx[j]!.text.match(/['’]s?$/) &&
      n.kind === 'word' &&
      n.spaceBefore &&
      NAME_LIKE.test(n.text) &&
      !cfg.systems.has(unpossess(n.lower).base)
    )
      j++;
    else if (n.kind === 'word' && PARTICLES.has(n.text) && after?.kind === 'word' && NAME_LIKE.test(after.text)) j += 2;
    else break;
  }
  // Common English words at either end of a capitalised run are title case or sentence starts, not names.
  let a = i;
  let b = j;
  const plain = (k: number): boolean => {
    const w = unpossess(lx[k]!.lower).base;
    // Contractions ("We've", "Don't") and hyphenated words with a common part ("Client-side", "Chia-Network").
    if (/['’](ve|re|ll|d|t|m)$/.test(w)) return true;
    // ("Ji-ho", "Okonjo-Iweala" are names: their parts are not common words.)
    if (w.includes('-') && w.split('-').some((part) => part.length >= 3 && isEnglishWord(part) && !isKnownName(part)))
      return true;
    return (isEnglishWord(w) && !isKnownName(w)) || cfg.systems.has(w) || isCompoundWord(w);
  };
  if (i === j && possessiveOnWork(lx, i)) {
    add('person', i, i, 0.85, { possessive: true });
    return 1;
  }
  while (a <= b && plain(a)) a++;
  // Trailing: only long common words ("Wei Zhang Dashboard"); short ones are name parts ("Nguyễn Văn An").
  while (b > a && plain(b) && (lx[b]!.text.length >= 5 || cfg.systems.has(lx[b]!.lower))) b--;
  if (a > b || (a === b && plain(a))) return 1;
  const used = b - i + 1;
  const before = lx[a - 1];
  if (before?.kind === 'word' && NAME_DET.has(before.lower)) return used; // "the Jenkins job", "The Hellman cluster"
  const next = lx[b + 1];
  const possessive = unpossess(lx[b]!.text).possessive;
  if (!possessive && next?.kind === 'word' && next.spaceBefore && SYSTEM_HEADS.has(next.lower)) {
    add('system', a, b, 0.7);
    return used;
  }
  // "Cassandra 4.1", "Zuul v3": a version number makes it software.
  if (!possessive && next && next.spaceBefore && /^v?\d+(\.\d+)*$/i.test(next.text) && !isTimeWord(next.text)) {
    add('system', a, b, 0.7);
    return used;
  }
  const initial = boundaryBefore(lx, a) || afterTime(lx, a);
  const lowerA = unpossess(lx[a]!.lower).base;
  let confidence: number;
  // A word the document also writes in lower case or in code ("the fritz Redis primary") is a term, even when
  // it is also a given name.
  if (b === a && isTerm(options, lowerA)) return (add('system', a, b, 0.6), used);
  if (b > a) confidence = 0.9;
  else if (isKnownName(lowerA)) confidence = 0.85;
  else if (isEnglishWord(lowerA)) return 1;
  else confidence = initial ? 0.7 : 0.8;
  add('person', a, b, confidence, { possessive });
  return used;
}

/**
 * "Will's migration", "Cassandra's change", "Grace's typo": a capitalised possessive before a noun for someone's
 * work is a person, whatever else the word can be (a modal, a product, a month).
 */
function possessiveOnWork(lx: Lexeme[], i: number): boolean {
  const t = lx[i]!;
  if (!unpossess(t.text).possessive || !/^\p{Lu}/u.test(t.text)) return false;
  if (
    /^(it|that|there|what|who|this|today|yesterday|tomorrow|everyone|someone|nobody|anyone|team|company|customer|user|last|next|year|week)['’]/i.test(
      t.text,
    )
  )
    return false;
  const n = lx[i + 1];
  return n?.kind === 'word' && WORK_NOUNS.has(unpossess(n.lower).base.replace(/s$/, ''));
}

/** Right after a timestamp, with or without a zone: "03:14 Engineer …", "03:14 UTC on-call …". */
function afterTime(lx: Lexeme[], i: number): boolean {
  const p = lx[i - 1];
  if (p?.kind !== 'word') return false;
  if (isTimeWord(p.text)) return true;
  const pp = lx[i - 2];
  return /^\p{Lu}{2,5}$/u.test(p.text) && pp?.kind === 'word' && isTimeWord(pp.text);
}
