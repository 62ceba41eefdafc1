/** Tools, services and products whose names look like personal names or plain words (lower case). */
export declare const SYSTEM_NAMES: readonly string[];
/** Lower-case words common in postmortems that the general lexicon may lack (never names). */
export declare const TECH_WORDS: readonly string[];
/** Head nouns of role phrases: "the on-call", "the new hire", "a developer". */
export declare const ROLE_WORDS: readonly string[];
/** Multi-word roles, matched before the single words. */
export declare const ROLE_PHRASES: readonly string[];
/** Roles in the incident response itself: named as who did what, never as a cause. */
export declare const INCIDENT_ROLES: readonly string[];
/** Nouns that make "the X team" / "X squad" a team. */
export declare const TEAM_HEADS: readonly string[];
/** Parts of a handle that mark a group: @infra-team, @sre-oncall, @here. */
export declare const TEAM_HANDLE_PARTS: readonly string[];
/** Pronouns that stand for a person (he, she) or may (they); "we" and "I" are the writers. */
export declare const PRONOUNS: Readonly<Record<string, 'person' | 'maybe' | 'self'>>;
/** Words that open a noun phrase; a capitalised word after one is a thing ("the Jenkins job"). */
export declare const DETERMINERS: readonly string[];
/** Titles before a personal name. */
export declare const TITLES: readonly string[];
/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Maria da Silva". */
export declare const NAME_PARTICLES: readonly string[];
