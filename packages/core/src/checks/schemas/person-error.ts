import { closed, words } from './shapes.js';
import { phraseVocabulary } from './phrase.js';

export const personErrorParams = closed(
  {
    ...phraseVocabulary,
    errorNouns: words(
      'Nouns of an error ("error", "slip", "mistake"): attributed to people, they name a person\'s error as the cause.',
    ),
    manualModifiers: words(
      'Words before an error noun that make it a person\'s ("keying error", "manual error", "clerical mistake").',
    ),
  },
  ['phrases', 'errorNouns', 'manualModifiers'],
);
