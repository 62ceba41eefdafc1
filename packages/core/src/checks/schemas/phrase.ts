import { closed, text, words } from './shapes.js';

/** Where a phrase rule looks: any prose, the prose of one section kind, timeline entries or action items. */
export const PHRASE_SCOPES = [
  'prose',
  'summary',
  'timeline',
  'contributing-factors',
  'lessons',
  'action-items',
] as const;

/** The vocabulary of a phrase list and its look-alikes: shared by every kind that matches phrases. */
export const phraseVocabulary = {
  phrases: words(
    "The phrases that fire, in the rule's words: whole words, any case; `*` stands for one to four words.",
  ),
  notBefore: words(
    'Words that, right after a match, make it a different term ("user error rate", "user error messages").',
  ),
  notAfter: words(
    'Words right before a match that make it a mention of the term rather than a use ("the phrase human error").',
  ),
  causeFrameOnly: words(
    'Phrases that are also ordinary terms ("user error" as a 4xx): they fire only in a sentence with a cause word.',
  ),
  causeWords: words('Words that make a sentence state a cause ("cause", "due", "blamed").'),
  suggestion: text('Advice attached to every finding.'),
};

export const phraseParams = closed({
  ...phraseVocabulary,
  patterns: words(
    'Regular expressions (RE2 syntax: linear time, no backreferences or lookaround) matched in the prose within word boundaries.',
  ),
  matchCase: {
    type: 'boolean',
    description: 'Patterns match case as written (default: any case). Phrases always match any case.',
  },
  rewrite: text('Replacement offered as a fix for every match.'),
  within: {
    enum: [...PHRASE_SCOPES],
    description: 'Where the rule looks (default: prose): a section kind, timeline entries or action items.',
  },
  negatedIsMention: {
    type: 'boolean',
    description: 'A phrase right after "not" or "no" is not a use (default: true).',
  },
});
