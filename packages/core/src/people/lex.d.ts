import type { Sentence } from '../document/types.js';
import type { Lexeme } from './types.js';
/**
 * The sentence as person detection walks it: words, masked spans (inline code, URLs) and punctuation,
 * whitespace dropped but remembered. "@" glued to the next word becomes one `handle` token, so
 * "@kim" and "@infra-team" are single tokens whatever the tokenizer did with the symbol.
 */
export declare function lex(sentence: Sentence): Lexeme[];
/** Strip a possessive ending: "Zhang's" -> "Zhang", "James'" -> "James". */
export declare function unpossess(text: string): {
    base: string;
    possessive: boolean;
};
/** Does a clause or sentence boundary fall right before token i? */
export declare function boundaryBefore(lx: Lexeme[], i: number): boolean;
/** A timestamp-like word ("14:20", "03:14Z", "2026-03-04"). */
export declare function isTimeWord(text: string): boolean;
