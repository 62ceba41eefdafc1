// Person detection: who in a sentence is a person, a role, a team, or a system, and who did what.
export type { Mention, MentionKind, PeopleOptions, Lexeme } from './types.js';
export { analyze, termsRead, type Analysis } from './detect.js';
export { agentOf, clauseStart, isHuman, type Agent } from './subject.js';
export { isEnglishWord, isKnownName } from './lexicon.js';
export { compilePeople } from './roster.js';
export { baseForm, isParticiple } from './inflect.js';
