import type { Analysis } from './detect.js';
import type { Mention } from './types.js';
/** Who did the action of a predicate, as far as the sentence says. */
export interface Agent {
    /** The mention that is the agent, when the agent is one (else the subject is a thing: "the alert"). */
    mention?: Mention;
    /** Lexeme range of the subject noun phrase (or the by-phrase of a passive). */
    first: number;
    last: number;
    passive: boolean;
    /** A person, role, team or a pronoun standing for one (not "we"/"I"). */
    human: boolean;
}
/** Index of the first lexeme of the clause that contains lexeme p (after a boundary, time stamp or clause word). */
export declare function clauseStart(a: Analysis, p: number): number;
/**
 * The agent of the predicate starting at lexeme p: the by-phrase of a passive ("was deleted by @kim"),
 * else the subject to the left, through auxiliaries ("had not"), relative pronouns ("the engineer who
 * forgot") and coordination ("Sam restarted the pod and forgot to …"). Null when there is none.
 */
export declare function agentOf(a: Analysis, p: number, end?: number): Agent | null;
