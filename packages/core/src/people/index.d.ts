export type { Mention, MentionKind, PeopleOptions, Lexeme } from './types.js';
export { analyze, type Analysis } from './detect.js';
export { agentOf, clauseStart, type Agent } from './subject.js';
export { isEnglishWord, isKnownName } from './lexicon.js';
export { compilePeople } from './roster.js';
export { baseForm, isParticiple } from './inflect.js';
