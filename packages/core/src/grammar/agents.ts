// Who a noun phrase stands for: a person, a role, a team, the writers, someone unnamed, or a thing; and,
// for a thing, the person whose action it is ("Priya's change", "edits made by one of our developers",
// "this restart" after "the engineer restarted …").
import { unpossess } from '../people/lexemes.js';
import { WORK_NOUNS } from '../people/function-words.js';
import { isPersonNoun } from './lexicon.js';
import { canBeVerb } from './lexicon.js';
import type { Parse, Phrase, Predicate } from './parse.js';

export type AgentKind =
  | 'person' // a name, a personal @handle, he/she
  | 'role' // the on-call, the DBA, one of our developers, a new member of the team
  | 'team' // the platform team, @infra-team, support
  | 'I' // the writer
  | 'we' // the writers
  | 'someone' // someone, nobody, anyone
  | 'incident-role' // the incident commander, the scribe: jobs in the response, never a cause
  | 'anaphor' // it, this, that, which: stands for something said before
  | 'public' // users, customers, merchants: the people affected, not the people acting
  | 'thing';

/** A single person in any guise: what names-as-root-cause looks for. */
export const isPersonKind = (k: AgentKind | 'none'): boolean =>
  k === 'person' || k === 'role' || k === 'I' || k === 'someone';
/** People whose decisions can be judged: persons, roles, teams and the writers. */
export const isPeopleKind = (k: AgentKind | 'none'): boolean => isPersonKind(k) || k === 'team' || k === 'we';

const TEAM_HEADS =
  /^(lab|labs|facility|facilities|unit|units|division|bureau|team|teams|squad|squads|crew|department|departments|org|organisation|organization|group|groups|management|leadership|staff|board|cab|committee|vendor|vendors|contractors|partner|partners|provider|providers|supplier|suppliers|company|companies)$/;
/** Departments that stay teams in a compound: "the service desk", "customer support", "the network ops". */
const ORG_UNITS =
  /^(desk|helpdesk|noc|soc|support|ops|operations|engineering|noc|soc|hr|finance|legal|sales|marketing|it|qa|devops|comms|procurement|facilities|compliance|audit|security)$/;
/**
 * Departments: a team when named bare ("support failed to escalate", "Storage dropped the ball"), a thing after
 * a determiner ("the release", "the storage").
 */
const DEPARTMENTS =
  /^(support|engineering|ops|operations|devops|infra|infrastructure|security|it|helpdesk|desk|community|comms|marketing|sales|legal|finance|hr|product|design|qa|localization|localisation|procurement|facilities|networking|network|networks|storage|applications|apps|release|compliance|audit|dev|development|platform|data|identity|desktop|payroll|middleware|mainframe|noc|soc)$/;
// Of these, the ones that also name people one by one ("the contractor", "staff"): roles when singular or bare.
const PEOPLE_GROUPS = /^(staff|contractor)$/;
/** Organisations: never one person, whatever the lexicon says ("the cloud vendor", "our provider"). */
const ORGANISATIONS =
  /^(vendor|vendors|partner|partners|provider|providers|supplier|suppliers|company|companies|bank|banks|regulator|government|agency|university|foundation|organisation|organization)$/;
/** The people a failure reaches: "customers who missed the email", "users would have seen errors". */
const PUBLIC =
  /^(users|customers|clients|merchants|visitors|subscribers|players|tenants|callers|readers|buyers|shoppers|patients|passengers|citizens|consumers|end-users|public)$/;
/**
 * Role nouns that also name software: "the Kubernetes operator", "the secrets manager", "the deploy agent".
 * They are people only bare ("the operator") or after a word of people's work ("the Change Manager").
 */
// Role nouns that are people unless a product or a piece of software modifies them: "the lab manager", "the
// night operator" are people; "the Kubernetes operator", "the secrets manager" are software.
const PEOPLE_ROLES_ALSO_SOFTWARE =
  /^(operator|operators|manager|managers|admin|admins|owner|owners|reviewer|approver|maintainer|agent|agents)$/;
const SOFTWARE_MODIFIERS =
  /^(secrets?|package|certificate|password|window|task|node|cluster|resource|connection|traffic|config|configuration|dependency|download|session|state|memory|lock|queue|job|workflow|container|volume|device|kubernetes|k8s|postgres|mysql|database|db|entity|cloud|identity|access|key|license|licence|build|cache|log|event|message|file|process|version|repository|repo|deploy|deployment|release-please|api|app|desktop|browser)$/;
// Role nouns that are software unless a people word modifies them: "the crash reporter", "the index writer".
const SOFTWARE_ROLES =
  /^(reporter|writer|writers|reader|readers|indexer|crawler|fetcher|poller|updater|uploader|loader|runner|driver|handler|scheduler|keeper|watcher|monitor|controller|broker|collector|exporter|checker|builder|dispatcher|sender|receiver|listener|publisher|subscriber|consumer|producer)$/;
const PEOPLE_WORK =
  /^(noc|soc|crew|roster|staff|station|gate|ramp|ground|cabin|flight|payroll|night-shift|day-shift|late-shift|early-shift|on-duty|shift|night|change|release|incident|duty|shift|engineering|product|project|account|operations|ops|delivery|program|programme|line|general|site|office|service|support|database|system|network|security|platform|storage|the|a|an|our|their|your|his|her|my|new|junior|senior|lead|chief|deputy|head|on-call|oncall|human|night|day|weekend|regional|area|team|data|desk|floor|plant|control|station|store|shop|sales|customer|helpdesk|backup|primary|secondary|responsible|assigned|designated)$/;
const PARTITIVES =
  /^(one|ones|member|members|some|several|many|few|most|all|none|each|any|either|neither|half|rest|majority|two|three|four|five|couple|both|someone|somebody|nobody|anyone|anybody|everyone|everybody|no-one|head|heads)$/;
const INDEFINITE = /^(someone|somebody|anyone|anybody|everyone|everybody|nobody|no-one|none|whoever)$/;
const SELF_SINGULAR = /^(i|me|my|myself|mine)$/;
const SELF_PLURAL = /^(we|us|our|ourselves|ours)$/;

/** The kind of agent a noun phrase names. */
export function agentKind(parse: Parse, np: Phrase | undefined): AgentKind {
  if (!np) return 'thing';
  const { a } = parse;
  const h = a.lx[np.head]!;
  const lower = unpossess(h.lower.replace(/’/g, "'")).base;
  if (h.kind === 'masked') return 'thing';
  if (SELF_SINGULAR.test(lower) || /^i'/.test(lower)) return 'I';
  // "you" in lessons and guidance: the readers, people, as "we" are.
  if (SELF_PLURAL.test(lower) || /^we'/.test(lower) || /^(you|you've|you'd)$/.test(lower)) return 'we';
  if (/^(he|she|him|her|himself|herself)$/.test(lower) || /^(he|she)'/.test(lower)) return 'person';
  if (/^(it|this|that|these|those|which|it's|that's|this's)$/.test(lower)) return 'anaphor';
  const m = a.mentions.find((x) => x.first <= np.head && x.last >= np.head);
  if (m) {
    if (
      m.kind === 'person' &&
      !m.text.startsWith('@') &&
      (m.first === m.last || (np.appositive && MACHINES.test(unpossess(a.lx[np.appositive.head]!.lower).base))) &&
      toolEvidence(parse, np)
    )
      return 'thing';
    if (m.kind === 'person') return 'person';
    if (m.kind === 'role' && PUBLIC.test(lower)) return 'public';
    if (m.kind === 'role' && softwareRole(parse, np, lower)) return 'thing';
    if (m.kind === 'role') return m.incidentRole ? 'incident-role' : INDEFINITE.test(lower) ? 'someone' : 'role';
    if (m.kind === 'team') return m.self ? 'we' : 'team';
    if (m.kind === 'pronoun') return m.self ? (SELF_SINGULAR.test(lower) ? 'I' : 'we') : m.human ? 'person' : 'anaphor';
  }
  if (/^(they|them|themselves)$/.test(lower)) return 'anaphor';
  if (INDEFINITE.test(lower) || (lower === 'one' && a.lx[np.head - 1]?.lower === 'no'))
    return np.pp && PARTITIVES.test(lower) ? partitive(parse, np, 'someone') : 'someone';
  // "one of our developers", "a member of the platform team", "nobody in the Treasury team".
  if (PARTITIVES.test(lower) && np.pp && /^(of|from|in|on)$/.test(np.pp.prep)) return partitive(parse, np, 'role');
  if (m?.kind === 'system' && !/^(noc|soc)$/.test(lower)) return 'thing';
  // ("the Ethereum RPC provider", "the DNS provider": a service, not a company's people.)
  if (ORGANISATIONS.test(lower))
    return np.head > np.first &&
      (/^\p{Lu}{2,}$/u.test(a.lx[np.head - 1]!.text) || SOFTWARE_MODIFIERS.test(a.lx[np.head - 1]!.lower))
      ? 'thing'
      : 'team';
  if (PUBLIC.test(lower)) return 'public';
  if (softwareRole(parse, np, lower)) return 'thing';
  // "the crew scheduler", "the night dispatcher": a software role noun after a word of people's work is a person.
  if (
    SOFTWARE_ROLES.test(lower) &&
    np.head > np.first &&
    PEOPLE_WORK.test(a.lx[np.head - 1]!.lower) &&
    !/^(the|a|an|our|their|your|his|her|my|new|primary|secondary|backup)$/.test(a.lx[np.head - 1]!.lower)
  )
    return 'role';
  if ((isPersonNoun(lower) && !/^(user|users)$/.test(lower)) || (/^(users?)$/.test(lower) && hasPersonCue(parse, np))) {
    // "the user table", "engineer laptops": the head is the last noun, so a person noun here is the person.
    return PEOPLE_GROUPS.test(lower) && lower.endsWith('s') ? 'team' : 'role';
  }
  // ("the consumer group", "the node group": software; "the platform group" is people.)
  if (
    /^groups?$/.test(lower) &&
    np.head > np.first &&
    /^(consumer|node|log|security|resource|target|placement|auto|scaling|instance|worker|thread|process|replica|availability|subnet|parameter|option|cache|user|access|device|host|server|pod|broker|partition|raid|volume)$/.test(
      a.lx[np.head - 1]!.lower,
    )
  )
    return 'thing';
  if (TEAM_HEADS.test(lower)) return PEOPLE_GROUPS.test(lower) ? 'role' : 'team';
  // "our agent-support desk", "the night shift", "the NOC": people at a post.
  if (
    (/^(desk|helpdesk|noc|soc)$/.test(lower) && (np.owner || np.head > np.first)) ||
    (/^shifts?$/.test(lower) &&
      np.head > np.first &&
      /^(night|day|morning|evening|afternoon|weekend|late|early|overnight|graveyard|previous|incoming|outgoing|next|ops|support|noc)$/.test(
        a.lx[np.head - 1]!.lower,
      ))
  )
    return 'team';
  if (
    DEPARTMENTS.test(lower) &&
    !np.owner &&
    ((np.head - np.first >= (parse.tags[np.first] === 'DT' && !/^(helpdesk|noc|soc|it)$/.test(lower) ? 2 : 1) &&
      ORG_UNITS.test(lower) &&
      !PUBLIC.test(a.lx[np.head - 1]!.lower)) ||
      (a.lx[np.first]!.lower !== 'the' &&
        parse.tags[np.first] !== 'DT' &&
        (h.text !== h.lower ||
          a.lx[np.first]!.text !== a.lx[np.first]!.lower ||
          np.head === 0 ||
          /^(support|ops|devops|it|hr|qa|noc|soc|engineering|security|legal|finance|marketing|sales)$/.test(lower))))
  )
    return 'team';
  return 'thing';
}

/** Is this role noun software here? ("the Kubernetes operator", "the secrets manager", "the crash reporter"). */
function softwareRole(parse: Parse, np: Phrase, lower: string): boolean {
  const before = np.head > np.first ? parse.a.lx[np.head - 1]! : undefined;
  // ("a more experienced NOC controller", "the junior scheduler": words only people take.)
  if (
    parse.a.lx
      .slice(np.first, np.head)
      .some((t) =>
        /^(experienced|inexperienced|seasoned|veteran|junior|senior|tired|exhausted|overworked|careless|diligent|trained|untrained|qualified|unqualified)$/.test(
          t.lower,
        ),
      )
  )
    return false;
  if (PEOPLE_ROLES_ALSO_SOFTWARE.test(lower)) {
    if (!before) return false;
    const mod = before.lower;
    // ("the service owner", "the product owner", "the data owner": always a person's job.)
    if (/^owners?$/.test(lower) && !/^\p{Lu}/u.test(before.text)) return false;
    // A product's name ("the Postgres operator") or a word of software ("the package manager").
    return (
      SOFTWARE_MODIFIERS.test(mod) ||
      (/^\p{Lu}/u.test(before.text) &&
        !PEOPLE_WORK.test(mod) &&
        parse.a.at(np.head - 1)?.kind !== 'person' &&
        !/^(Change|Release|Incident|Duty|Shift|Night|Lab|Project|Office|Account|Product|Engineering|Operations|Service|Site|Plant|Line|Store|Program|Programme|Delivery|General|Regional|Area|Floor|Support|Security|Network|Database|Platform|Storage|Console|Data|Systems?)$/.test(
          before.text,
        ))
    );
  }
  if (SOFTWARE_ROLES.test(lower)) return !before || !PEOPLE_WORK.test(before.lower);
  return false;
}

function partitive(parse: Parse, np: Phrase, fallback: AgentKind): AgentKind {
  const inner = agentKind(parse, np.pp!.np);
  if (inner === 'we' || inner === 'team' || inner === 'role' || inner === 'person' || inner === 'someone')
    return fallback === 'someone' ? 'someone' : 'role';
  return fallback === 'someone' ? 'someone' : 'thing';
}

/** "the user who ran X", "the user's script": a user as a doer, not users as the affected party. */
function hasPersonCue(parse: Parse, np: Phrase): boolean {
  const next = parse.a.lx[np.last + 1]?.lower;
  return (
    next === 'who' ||
    unpossess(parse.a.lx[np.head]!.text).possessive ||
    (/^(the|a|an|this|that|one)$/.test(parse.a.lx[np.first]!.lower) && !parse.a.lx[np.head]!.lower.endsWith('s'))
  );
}

/** The phrase of the agent kind, appositive included ("The Release Manager, Olumide Adeyemi"). */
export function kindWithAppositive(parse: Parse, np: Phrase | undefined): AgentKind {
  const k = agentKind(parse, np);
  if (k === 'thing' && np?.appositive) return agentKind(parse, np.appositive);
  // "Borys, our shipment scheduler, …": a one-word name explained as a thing is a thing.
  if (
    k === 'person' &&
    np?.appositive &&
    np.first === np.last &&
    agentKind(parse, np.appositive) === 'thing' &&
    !parse.a.mentions.some((m) => m.first === np.first && m.confidence >= 0.85)
  )
    return 'thing';
  if (k === 'thing' && np && referredToAsPeople(parse, np)) return 'team';
  // "The crash reporter forgot its upload queue": "its" after a role noun makes it a thing.
  if ((k === 'role' || k === 'person' || k === 'team') && np && referredToAsThing(parse, np)) return 'thing';
  return k;
}

const MACHINES =
  /^(bot|bots|tool|service|system|scheduler|runner|pipeline|app|application|daemon|script|job|ci|robot|assistant|integration|crawler|indexer|worker|agent|cron|automation|action|workflow|operator|controller|plugin|tracker)$/;

/**
 * A one-word name that the sentence shows to be software: "Marvin, our triage bot, …", "… because its
 * token had expired", "Otto auto-merged …" (a reader needs no more). Known names too: tools are named so.
 */
function toolEvidence(parse: Parse, np: Phrase): boolean {
  const { a } = parse;
  if (np.appositive && MACHINES.test(unpossess(a.lx[np.appositive.head]!.lower).base)) return true;
  const verb = parse.preds.find((x) => (x.subject === np || x.agent === np) && x.first > np.last);
  if (verb && /^auto-?/.test(a.lx[verb.head]!.lower)) return true;
  // "Marvin never replied because its token had expired": "its" opening the clause that explains the name's verb.
  if (verb && !a.lx.some((t) => /^(he|she|him|his|her|hers)$/.test(t.lower))) {
    const k = a.lx.findIndex((t, i) => i > verb.last && t.lower === 'its');
    if (k > 0 && parse.tags[k - 1] === 'CS') return true;
    if (verb.object?.owner && a.lx[verb.object.owner.head]!.lower === 'its') return true;
  }
  return false;
}

/** "its" right after the phrase's clause verb ("forgot its queue", "lost its state"): a thing, not a person. */
function referredToAsThing(parse: Parse, np: Phrase): boolean {
  const lx = parse.a.lx;
  // The clause's verb may come after an appositive: "Borys, our scheduler, forgets its lease".
  const verb = parse.preds.find((x) => x.subject === np || x.agent === np);
  if (verb?.object?.owner && lx[verb.object.owner.head]!.lower === 'its') return true;
  for (let k = np.last + 1; k < lx.length && k <= np.last + 4; k++) {
    if (lx[k]!.lower === 'its') return true;
    if (lx[k]!.kind === 'punct') return false;
  }
  return false;
}

/**
 * A name the lexicon does not know, taken up later by "they"/"their" ("cLabs did not upgrade their node"):
 * an organisation of people, not a tool (a tool is "it"). No plural noun may stand between the two.
 */
function referredToAsPeople(parse: Parse, np: Phrase): boolean {
  const { tags, a } = parse;
  const named =
    tags[np.head] === 'NNP' ||
    a.mentions.some(
      (m) => m.kind === 'system' && m.first === np.head && m.last === np.head && a.lx[np.head]!.kind === 'word',
    );
  if (!named || np.first !== np.head) return false;
  for (let k = np.last + 1; k < a.lx.length; k++) {
    const w = a.lx[k]!.lower;
    if (/^(their|they|them|themselves)$/.test(w)) return true;
    if (/^(its|it)$/.test(w) || tags[k] === 'NNS' || tags[k] === 'NNP' || a.lx[k]!.text === '.') return false;
  }
  return false;
}

/**
 * Nouns that name an action someone performs (a change, a restart, a deployment, an edit): derived from a
 * verb ("deployment" <- deploy, "alteration" <- alter, "removal" <- remove) or the verb itself ("change").
 */
export function actionVerbOf(noun: string): string | null {
  const w = unpossess(noun.toLowerCase()).base.replace(/s$/, '');
  if (
    canBeVerb(w) &&
    !/^(time|day|way|thing|system|service|server|node|cluster|alert|page|issue|problem|bug|team|user|data|file|table|queue|job|pod|database|config)$/.test(
      w,
    )
  )
    return w;
  const stems: Array<[RegExp, string]> = [
    [/ification$/, 'ify'],
    [/isation$/, 'ise'],
    [/ization$/, 'ize'],
    [/ation$/, 'ate'],
    [/ation$/, ''],
    [/ation$/, 'e'],
    [/ition$/, 'ite'],
    [/ion$/, 'e'],
    [/ion$/, ''],
    [/ment$/, ''],
    [/al$/, 'e'],
    [/al$/, ''],
    [/ure$/, ''],
    [/ure$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/ication$/, 'y'],
    [/sion$/, 'd'],
    [/ssion$/, 't'],
  ];
  for (const [re, add] of stems) {
    if (!re.test(w)) continue;
    const v = w.replace(re, add);
    if (v.length >= 3 && canBeVerb(v)) return v;
  }
  return null;
}

/**
 * What an anaphor stands for: "it", "this", "that", "which" or "this restart" / "that modification" point
 * back at an action. Returns the nearest earlier predicate that fits (same verb for a noun that names one).
 */
export function referent(parse: Parse, np: Phrase, before: number, previous?: Parse): Predicate | undefined {
  // "that's what took it down": the pronoun without its contracted "is".
  const head = parse.a.lx[np.head]!.lower.replace(/['’]s$/, '');
  // "It" stands for a thing; "this", "that" and "this restart" may stand for what someone did.
  if (head === 'it' || head === "it's") return undefined;
  // "that refresh storm": the head or a noun before it may name the deed.
  const verbs = [head, ...parse.a.lx.slice(np.first, np.head).map((t) => t.lower)]
    .map(actionVerbOf)
    .filter((v): v is string => !!v);
  const generic = /^(this|that|which|action|step|change|mistake|error|decision|move|act|operation|activity|edit)$/.test(
    head,
  );
  const fits = (p: Predicate): boolean =>
    isDeed(p.lemma) &&
    (generic ||
      verbs.some((v) => p.lemma === v || p.lemma.startsWith(v) || v.startsWith(p.lemma) || p.lemma.endsWith(`-${v}`)));
  // The nearest deed before it that says who did it ("pushed a config with the list emptied out, and that's
  // what …": "pushed", not the agentless "emptied").
  for (let k = parse.preds.length - 1; k >= 0; k--) {
    const p = parse.preds[k]!;
    // (Not a verb of a "before"/"when"/"until" clause: "I pushed the tag before the job finished, and that …".)
    const opener = parse.a.lx[p.clause]?.lower ?? '';
    if (
      p.last < before &&
      fits(p) &&
      (p.passive ? p.agent : (p.agent ?? p.subject)) &&
      !/^(before|after|when|while|until|once|since|because|if|unless|although|though)$/.test(opener)
    )
      return p;
  }
  // Across a sentence: a noun that names the deed ("this restart"), or one of the generic deed words.
  if (previous && head !== 'this' && head !== 'that' && head !== 'which') {
    for (let k = previous.preds.length - 1; k >= 0; k--) {
      const p = previous.preds[k]!;
      if (fits(p) && (p.agent ?? p.subject)) return Object.assign({}, p, { fromPrevious: previous });
    }
  }
  return undefined;
}

/** A deed someone does to the system, not a thought, a finding or a state ("figured out", "noticed", "was"). */
export function isDeed(lemma: string): boolean {
  return !/^(be|have|do|see|find|notice|think|believe|know|say|report|determine|figure|realise|realize|suspect|confirm|observe|look|investigate|ask|tell|try|want|need|seem|appear|feel|hear|learn|discover|understand|wonder|mention|note|explain|agree|decide|hope|expect|get|become|remain|begin|start|continue|keep|go|come|happen|occur)$/.test(
    lemma,
  );
}

/**
 * Nouns for what people produce at work (a typo, a script, a PR): with a possessive they name a person's
 * deed ("Wei's typo"). Other possessions do not ("Tony's token", "their node").
 */
export function isWorkNoun(noun: string): boolean {
  // "force-push", "hot-fix": the last part names the kind of work.
  const w = unpossess(noun.toLowerCase()).base.replace(/s$/, '').split('-').pop()!;
  if (WORK_NOUNS.has(w)) return true;
  // A nominalisation of a verb ("alteration", "deployment", "removal"), not any noun that is also a verb ("clock").
  const v = /(ment|ion|al|ure)$/.test(w) ? actionVerbOf(w) : null;
  return !!v && v !== w;
}
