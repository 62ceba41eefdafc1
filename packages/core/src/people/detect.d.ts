import type { Sentence } from '../document/types.js';
import type { Lexeme, Mention, PeopleOptions } from './types.js';
/** A sentence with its agents: what the checks ask "who is the subject of this verb?". */
export interface Analysis {
    sentence: Sentence;
    lx: Lexeme[];
    mentions: Mention[];
    /** The mention covering lexeme i, if any. */
    at: (i: number) => Mention | undefined;
}
/** Find the people, roles, teams, pronouns and systems of one sentence. `previous` carries the last sentence's mentions. */
export declare function analyze(sentence: Sentence, options?: PeopleOptions, previous?: readonly Mention[]): Analysis;
