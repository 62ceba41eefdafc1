/** Is this word a past participle ("checked", "caught", "seen")? */
export declare function isParticiple(lower: string): boolean;
/** Base form of a past participle, best effort: "noticed" -> "notice", "rolled" -> "roll". */
export declare function baseForm(lower: string): string;
