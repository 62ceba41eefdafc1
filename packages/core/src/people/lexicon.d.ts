/** A personal name the lexicon knows (Sam, Wei, Hana …): lower-case input. */
export declare function isKnownName(lower: string): boolean;
/**
 * Is this (lower-case) word common English, directly or as an inflection of one? Names are not
 * ("priya", "oluwaseun"), while "monitoring", "retries" and "deploys" are.
 */
export declare function isEnglishWord(lower: string): boolean;
/** A made-up compound of two English words, the shape of product names: "Cloudflare", "Datadog", "Firebase". */
export declare function isCompoundWord(lower: string): boolean;
