import { closed, wordLists } from './shapes.js';

const lists = {
  qualities: 'Adjectives of a person\'s conduct: "be more careful".',
  attitudes: 'Verbs that are a behaviour whatever their object: "double-check", "rush".',
  behaviours: 'Verbs that are a behaviour without a concrete object: "communicate", "test", "review".',
  manners: 'Manner adverbs that ask for more effort: "better", "carefully", "properly".',
  everything: 'Objects that stand for everything: "everything", "all changes".',
  rules: 'What people are told to comply with: "process", "runbook", "checklist".',
  failings: 'Words that fault how people were, whatever the degree: "we got complacent", "complacency must never …".',
  sayings: 'Proverbs that stand for a behaviour wherever they appear: "measure twice, cut once".',
  nouns: 'Nouns of conduct: "care", "attention", "communication".',
  groups: 'Subjects that address people: "we", "everyone", "engineers".',
};

export const lessonsParams = closed(wordLists(lists), Object.keys(lists));
