import { closed, text, wordLists } from './shapes.js';

const lists = {
  errorVerbs:
    'Verbs of a lapse: with people as their agent they judge ("forgot", "ignored", "failed to", "shrugged off").',
  errorVerbsAnyVoice: 'Lapses that judge in any voice, the person implied ("the limit was fat-fingered").',
  attemptVerbs: 'After "failed to": verbs of an attempt\'s outcome, not a duty ("failed to reproduce").',
  duties: 'Duties whose omission by a named person, role or team judges them ("never replied", "nobody checked").',
  toolLapses:
    'Lapse verbs a tool also does ("failed to", "missed", "skipped"): an unknown one-word name needs evidence.',
  justifiable:
    'Verbs that describe, not judge, when the sentence gives the reason ("skipped step 4 because it did not apply").',
  adverbs: 'Adverbs that judge the doer ("mistakenly", "carelessly").',
  adjectives:
    'Adjectives that judge people and their work ("careless", "sloppy", "lazy"): not systems ("lazy loading").',
  verdicts: 'Adjectives that judge a decision ("a bad call", "the wrong call", "is inadvisable").',
  strongVerdicts: 'Verdicts that judge an action named by a clause too ("starting it at 5pm is inadvisable").',
  decisions: 'Nouns a verdict judges: decisions and calls.',
  nouns: 'Nouns that judge conduct wherever they stand unless negated ("negligence", "an act of laziness").',
  phrases: 'Fixed phrases that judge ("dropped the ball", "asleep at the wheel", "should know better").',
  blame: 'Blame words that judge next to a person ("Sam\'s fault", "mistake by @kim", "is to blame").',
  notBlameBefore: 'Words after a blame word that make it a topic ("blame culture", "fault tolerance").',
  technicalAfter: 'Words after a judging adjective that make it a technical term ("lazy loading", "sloppy quorum").',
};

const rewriteSlots = ['infinitive', 'object', 'bypass', 'omission', 'judgment'];

export const agentBlameParams = closed(
  {
    ...wordLists(lists),
    rewrites: closed(
      Object.fromEntries(rewriteSlots.map((k) => [k, text()])),
      rewriteSlots,
      'Advice by kind of finding; `{rest}` is the rest of the clause.',
    ),
  },
  [...Object.keys(lists), 'rewrites'],
);
