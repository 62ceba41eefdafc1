import type { PeopleOptions } from './types.js';
/** Config compiled for matching: roster and team names as token sequences, accepted words as a set. */
export interface CompiledPeople {
    /** Roster entries as word sequences (NFC), longest first. */
    people: string[][];
    /** Roster handles, lower case with "@". */
    handles: Set<string>;
    /** Team names as lower-case word sequences, longest first. */
    teams: string[][];
    teamHandles: Set<string>;
    /** Systems and accepted terms (lower case): never a name. */
    systems: Set<string>;
}
/** Compile (and cache per options object) what config says about people, teams and terms. */
export declare function compilePeople(options?: PeopleOptions): CompiledPeople;
