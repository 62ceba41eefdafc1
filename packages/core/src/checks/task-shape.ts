// The grammar of a vague task, beyond its opening verb: an item that is a question ("Can we search the
// audit logs?"), a reminder to people ("Tell engineers to double-check configs"), a comparative with no measure ("Improve alerting around X", "Better paging", "Set up better
// monitoring"), a recurring activity as its head ("Quarterly drills", "Regular maintenance of …"), or a
// pledge to prevent incidents as the task itself ("… will prevent such incidents in the future"), an
// examination with no change after it ("Review the playbook"), a guarantee about what people will know
// ("Ensure all analysts are trained"), or a quality wished on a thing ("Make the system more robust").
// The word classes are the rule's data (`degree`, `recurring`); the shapes are here.

import { canBeVerb, isPersonNoun } from '../grammar/lexicon.js';

interface ShapeMatch {
  start: number;
  end: number;
  key: 'vague' | 'tooBig';
}

export interface ShapeWords {
  /** Verbs and adjectives of degree: improve, enhance, more, better … */
  degree: ReadonlySet<string>;
  /** Frequency adjectives: regular, quarterly, ongoing … */
  recurring: ReadonlySet<string>;
  /** Nouns for a whole capability: environment, framework, tooling … */
  wholes: ReadonlySet<string>;
}

const WORDS = /[\p{L}][\p{L}'’-]*/gu;
// A measure or a means makes a comparative concrete: a number, a code name, "by adding …", "with an alert …",
// "to 100 GB", "such as …", or a list after a colon.
const ANCHOR = /\d|`|\b(?:by|with|via|using|through|such as|e\.g|so that|until)\b|:\s*\S/i;
// Questions: a trailing question mark on the first sentence, or an opening auxiliary before "we"/"it".
const QUESTION = /^[^.!]*\?|^(?:can|could|should|shall|do|does|is|are|would)\s+(?:we|it|they|you|someone)\b/i;
// Purpose clauses ("Add a lock to prevent similar failures") state why, not what: only a pledge that is
// the item's own verb, or the object of "measures"/"steps", is vague.
const PLEDGE =
  /(?:^\s*|\b(?:(?<!\b(?:this|that|it|which)\s+)(?:will|shall|must|should)|we|and|measures to|steps to|actions to|changes to)\s+)(?:\w+ly\s+)?(?:prevent|avoid|stop)\s+(?:this|such|similar|these|any|future|the same|further)\b[^.;]{0,30}?\b(?:incidents?|issues?|outages?|failures?|problems?|situations?)\b/i;

// Words that exhort people rather than change a system, when their object is people: "Tell engineers to …",
// "Encourage the team to …", "Educate staff on …". ("Ask the DBA to add an index" delegates a change: not here.)
const EXHORT = /^(?:tell|encourage|urge|instruct|nudge|educate|train|coach)$/;
const GROUP = /^(?:team|teams|everyone|everybody|all|folks)$/;
const DETERMINER = /^(?:the|our|all|every|each|any|new|other|more)$/;

// Creating a whole capability, named bare (no article, no scope): "Implement staging environment",
// "Development of specialized tooling", "Implement rules and guidelines for contributions". With an article
// or a narrower head ("Implement priority classes for critical workloads") it is a change, and fine.
const CREATE =
  /^(?:(?:implement|build|create|develop|introduce|establish|design)\s+|set\s?up\s+|(?:implementation|development|creation|introduction|establishment)\s+of\s+)((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:for|to|in|across|around|on|that|which)\b|[\s.;,]*$)/iu;
const ARTICLE = /^(?:a|an|the|our|their|its|this|that|these|those|one|some)$/i;

// A guarantee with no means: "Make sure pages never get lost again", "Ensure providers always get critical
// values". With a means ("by paging …", "with a DLR check", a number) it names the change.
const GUARANTEE = /^(?:make sure|ensure|guarantee)\s+[^.;]{0,60}?\b(?:always|never)\b[^.;]*/i;
const NEVER_AGAIN = /\bnever\b[^.;]{0,40}?\bagain\b/i;
// All of something across the whole organisation: "Replace all handsets hospital-wide".
// A comparative wished for the next time, ending the task: "make the rollback decision faster next time".
const NEXT_TIME =
  /\b(?:[a-z]+er|better|more\s+[a-z]+|less\s+[a-z]+)\s+(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)[\s.!—–-]*$/i;
// A manual check put on a calendar never finishes: "check certificate expiry dates every month".
const MANUAL_ROUND =
  /^(?:check|review|verify|audit|inspect|look\s+at|go\s+through)\b[^.;]{0,60}?\b(?:every|each)\s+(?:day|week|month|quarter|year|sprint|release|shift|morning)\b/i;
const ORG_WIDE = /\b(?:all|every)\b[^.;]{0,40}?\b[\p{L}]+-wide\b/iu;

const PARTICLE = /^(?:up|out|in|on|off|back|down)$/;

// An examination as the whole task: "Review the IROPS playbook", "Evaluate replacing the SFTP drop", "Check the
// other adapters". Nobody can tell when a review is done unless the item says what it changes or decides:
// a second verb after "and", "then" or "to" ("Audit the IAM roles and remove unused grants"), or after a colon
// ("Review the failover flag: turn it off for read replicas"), makes it a change.
const EXAMINE =
  /^(?:review|evaluate|assess|audit|check|examine|analy[sz]e|study|inspect|revisit|reassess|re-?evaluate|re-?assess|re-?examine|re-?check)$/;
const NOT_VERBS =
  /^(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your|all|every|each|any|some|no|it|them|us|me|him|one|two|three)$/;
const THEN_VERB = /(?:\b(?:and|then|to)|:)\s+(?:(?:also|then|immediately)\s+)?([a-z][a-z-]*)\b/gi;
// A comparative quality wished on a thing: "Make the payment system more robust", "make paging less noisy".
const MAKE_MORE =
  /^make\s+(?:[\p{L}'’-]+\s+){1,5}?(?:more|less)\s+[\p{L}-]+|^make\s+(?:[\p{L}'’-]+\s+){1,5}?(?:safer|faster|better|stronger|simpler|easier|clearer)\b/iu;
// A guarantee about what people will know or do: "Make sure support hears about catalog changes", "Ensure all
// analysts are trained". The people are the object of the guarantee, not a change to a system.
const ENSURE_PEOPLE =
  /^(?:make\s+sure|ensure)\s+(?:that\s+)?(?:(?:all|every|each|the|our|any|everyone|everybody)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
// … or whose predicate is a state only people are in: "Ensure all dispatchers are trained on the console".
const ENSURE_AWARE =
  /^(?:make\s+sure|ensure)\b[^.;]{0,50}?\b(?:is|are|get|gets|feel|feels|stay|stays|remain|remains)\s+(?:fully\s+|properly\s+|well\s+)?(?:trained|aware|informed|reminded|briefed|educated|familiar|comfortable|confident|updated)\b/i;
const PEOPLE_UNITS =
  /^(?:support|ops|operations|engineering|staff|team|teams|desk|everyone|everybody|people|folks|branches|branch)$/;
const peopleWord = (w: string | undefined): boolean =>
  !!w && [w.toLowerCase(), w.toLowerCase().replace(/s$/, '')].some((x) => isPersonNoun(x) || PEOPLE_UNITS.test(x));

/** "Review X" with no change or decision after it: the examination is the whole task. */
function examinationOnly(trimmed: string): boolean {
  const first = /^[\p{L}-]+/u.exec(trimmed)?.[0].toLowerCase() ?? '';
  if (!EXAMINE.test(first) && !(first === 'review' || /^review\s+of\b/i.test(trimmed))) return false;
  const sentence = trimmed.split(/[.;!?](?:\s|$)/)[0]!;
  THEN_VERB.lastIndex = 0;
  for (let m = THEN_VERB.exec(sentence); m; m = THEN_VERB.exec(sentence)) {
    const w = m[1]!.toLowerCase();
    // A base-form verb that is not another examination: "and remove", "to decide", "then set".
    if (canBeVerb(w) && !/s$/.test(w) && !EXAMINE.test(w) && !NOT_VERBS.test(w)) return false;
  }
  return true;
}

function words(text: string): Array<{ w: string; start: number; end: number }> {
  const out: Array<{ w: string; start: number; end: number }> = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m && out.length < 4; m = WORDS.exec(text))
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** `task`: the item's words from its verb on (owner, dates, tickets blanked). Offsets are into `task`. */
export function vagueShape(task: string, lexicon: ShapeWords): ShapeMatch | null {
  const trimmed = task.trim();
  const lead = task.length - task.trimStart().length;
  if (!trimmed) return null;
  // A question quoted inside a task ("a runbook entry answering “can we fail over?”") is the task's object.
  if (QUESTION.test(trimmed.replace(/"[^"]*"|“[^”]*”|'[^']*'/g, (q) => ' '.repeat(q.length)))) {
    const end = trimmed.search(/[?]|$/);
    return { start: lead, end: lead + (end > 0 ? end + 1 : trimmed.length), key: 'vague' };
  }
  // "This will prevent similar issues" after the change is the change's purpose: only the first sentence counts.
  const pledge = PLEDGE.exec(task.split(/[.!?](?:\s|$)/)[0]);
  if (pledge)
    return { start: pledge.index + pledge[0].search(/\S/), end: pledge.index + pledge[0].length, key: 'tooBig' };
  const never = NEVER_AGAIN.exec(task);
  if (never) return { start: never.index, end: never.index + never[0].length, key: 'tooBig' };
  const wished = NEXT_TIME.exec(task);
  if (wished) return { start: lead, end: wished.index + wished[0].trimEnd().length, key: 'vague' };
  const round = MANUAL_ROUND.exec(trimmed);
  if (round) return { start: lead, end: lead + round[0].length, key: 'vague' };
  const wide = ORG_WIDE.exec(task);
  if (wide) return { start: wide.index, end: wide.index + wide[0].length, key: 'tooBig' };
  const guarantee = GUARANTEE.exec(trimmed);
  if (guarantee && !ANCHOR.test(trimmed))
    return { start: lead, end: lead + guarantee[0].split(/\s[-–—|]\s|\s{2}/)[0].trimEnd().length, key: 'vague' };
  const ensured = ENSURE_PEOPLE.exec(trimmed);
  if (
    ensured &&
    (peopleWord(ensured[1]) || peopleWord(ensured[2]) || ENSURE_AWARE.test(trimmed)) &&
    !ANCHOR.test(trimmed)
  )
    return { start: lead, end: lead + ensured[0].length, key: 'vague' };
  const more = MAKE_MORE.exec(trimmed);
  if (more && !ANCHOR.test(trimmed)) return { start: lead, end: lead + more[0].length, key: 'vague' };
  if (examinationOnly(trimmed)) {
    const verb = /^[\p{L}-]+(?:\s+(?:of\s+)?(?:the|our|all|every)?\s*[\p{L}-]+)?/u.exec(trimmed)![0];
    return { start: lead, end: lead + verb.length, key: 'vague' };
  }
  // A bold title with a body ("**Improved runbooks** We plan to document …"): the body says what changes.
  const title = /^\s*(?:\*\*|__)?[^*_\n]+(?:\*\*|__)\s*:?\s*(?=\S.*\s\S+\s\S)/s.exec(task);
  const body = title ? title[0].length : 0;
  const [a, b, c] = words(task.slice(body)).map((x) => ({ ...x, start: x.start + body, end: x.end + body }));
  if (!a) return null;
  if (lexicon.recurring.has(a.w) && b) return { start: a.start, end: b.end, key: 'vague' };
  const create = CREATE.exec(task.slice(a.start));
  if (create) {
    const np = create[1].toLowerCase().split(/\s+/);
    if (!ARTICLE.test(np[0]) && np.some((w) => lexicon.wholes.has(w)))
      return { start: a.start, end: a.start + create[0].length, key: 'tooBig' };
  }
  if (EXHORT.test(a.w) && b) {
    const who = DETERMINER.test(b.w) ? c : b;
    // "Tell the vendor our new limit" informs; "Tell engineers to double-check" exhorts: the infinitive decides.
    const exhorts = /^(?:educate|train|coach)$/.test(a.w) || (who && /^\s*to\s+[a-z]/i.test(task.slice(who.end)));
    if (who && exhorts && (isPersonNoun(who.w) || GROUP.test(who.w)))
      return { start: a.start, end: who.end, key: 'vague' };
  }
  // "Improve alerting …", "Better alerting …", "Set up better monitoring …": the comparative heads the task.
  // The verb may bring a particle: "Set up better monitoring".
  const object = b && PARTICLE.test(b.w) ? c : b;
  const head = lexicon.degree.has(a.w)
    ? a
    : object && lexicon.degree.has(object.w) && a.start === Math.max(lead, body)
      ? object
      : null;
  if (!head || ANCHOR.test(task)) return null;
  // The comparative and the word it governs: "Improve alerting", "Set up better dashboards".
  const next = words(task.slice(head.end))[0];
  return { start: a.start, end: next ? head.end + next.end : head.end, key: 'vague' };
}
