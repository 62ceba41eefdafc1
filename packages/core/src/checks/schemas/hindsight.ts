import { closed, text, wordLists } from './shapes.js';

const lists = {
  modals: 'Modals whose perfect ("should have", "ought to have", "could have") is hindsight with people as subject.',
  deontic:
    'Modals of duty: their perfect passive is hindsight about whoever should have acted ("should have been tested").',
  phrases: 'Phrases that are hindsight wherever they stand ("in hindsight", "if only").',
  lookingBack: 'Phrases that look back, hindsight only beside a verdict word ("looking back, it was clear …").',
  verdicts: 'Verdict words that make a look back hindsight.',
  avoidable:
    'Participles after "could/should have been" that are hindsight whatever the subject ("could have been avoided").',
  knowledgeVerbs:
    'Participles that, after "could not have" or "nobody could have", defend a decision ("could not have known").',
  wishVerbs: 'Participles of a wish, not a judgment ("would have liked more time").',
  systemVerbs:
    'Verbs a system does: their passive after "should have been" is expected behaviour ("should have been delivered").',
  duties:
    'Participles of a duty: after "should have been" they are hindsight about whoever had it ("should have been tested").',
};

export const hindsightParams = closed(
  {
    ...wordLists(lists),
    rewrite: text('The suggested rewrite of a hindsight clause.'),
    advice: text('Advice attached to every finding.'),
  },
  [...Object.keys(lists), 'rewrite', 'advice'],
);
