// Person detection: who in a sentence is a person, a role, a team, or a system, and who did what.
export type { Mention, PeopleOptions } from './types.js';
export { analyze, termsRead, type Analysis } from './detect.js';
export { agentOf } from './subject.js';
export { isEnglishWord, isKnownName } from './lexicon.js';
export { baseForm, isParticiple } from './inflect.js';
