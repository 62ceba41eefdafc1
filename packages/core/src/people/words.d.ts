/** Auxiliaries, negation and adverbs that may sit between a subject and its verb. */
export declare const AUX_ADVERBS: ReadonlySet<string>;
/** Forms of "be" (and "get") that make a following participle passive. */
export declare const BE_FORMS: ReadonlySet<string>;
/** Words that end a subject noun phrase when walking left (a new clause or a preposition starts). */
export declare const CLAUSE_WORDS: ReadonlySet<string>;
/** Words that may follow a role noun used as a person ("the engineer restarted", "the on-call who"). */
export declare const AFTER_ROLE: ReadonlySet<string>;
/** Nouns after a capitalised word that make it a product or system name ("Hellman cluster", "Redis instance"). */
export declare const SYSTEM_HEADS: ReadonlySet<string>;
/** Nouns after a role word that make the role a modifier ("the on-call rotation", "the admin panel"). */
export declare const ROLE_MODIFIED: ReadonlySet<string>;
