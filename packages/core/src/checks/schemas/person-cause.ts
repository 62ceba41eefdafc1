import { closed, text, wordLists, words } from './shapes.js';

const lists = {
  causal: 'Verbs whose subject (or by-agent, in the passive) is the cause: "caused", "took … down", "resulted in".',
  causalWithProblem:
    'Verbs that cause only with a problem as their object: "introduced a regression", "shipped a bug".',
  problems: 'Nouns that make such an object a problem.',
  sources: 'Verbs whose complement names the cause: "stemmed from", "came down to", "is attributed to", "rests with".',
  sourceSubjects: 'Subjects that make "is on X", "rests with X" about the incident ("this one is on Kim").',
  causeNouns: 'Nouns that make a copula name a cause: "X was the root cause", "the trigger was X".',
  causeMarkers: 'Phrases whose noun phrase is the cause: "due to", "because of", "as a result of".',
  labels: 'Labels that open a statement of the cause: "Root cause:", "Trigger:", "Why it happened:".',
  harm: 'Verbs of a destructive act: a person as their agent is presented as the cause.',
  errorAdverbs: 'Adverbs that make any act an error ("accidentally ran", "inadvertently overwrote").',
  duties: 'Duties whose omission, followed by a consequence, is given as the cause ("I didn\'t renew it, so …").',
  consequences: 'Words that introduce a consequence ("so", "which meant", "as a result").',
  valued: 'Words that mark what a destructive act hit as something the service runs on ("production", "live", "all").',
  remedial: 'Words that mark it as something being cleaned up ("the malicious version", "the leaked token").',
  failureWords: 'Words that make a clause a failure, so that a "because" clause beside it gives its cause.',
  faulty: 'Words that describe what someone made as faulty ("the bad config was pushed by …").',
  safeguards: 'Safeguards whose absence makes an act an error ("without review", "without a dry run").',
  changes: 'Verbs of a change to the system: their by-agent in a contributing factor is the person behind it.',
  punitive: 'Remedies that punish one person ("be more careful", "pay more attention", "be retrained").',
  benign: 'Nouns of a person\'s help, not their fault: "due to Priya\'s quick response".',
  credit: 'Words that make a sentence a thanks or a credit.',
};

const rewriteSlots = ['possessive', 'passive', 'active', 'question', 'deed', 'slot', 'remedy'];

export const personCauseParams = closed(
  {
    ...wordLists(lists),
    remedies: closed(
      { verbs: words(), objects: words() },
      ['verbs', 'objects'],
      'Punitive remedies aimed at one person ("should be retrained", "should lose prod access").',
    ),
    rewrites: closed(
      Object.fromEntries(rewriteSlots.map((k) => [k, text()])),
      rewriteSlots,
      'Advice by the frame a person was found in.',
    ),
  },
  [...Object.keys(lists), 'remedies', 'rewrites'],
);
