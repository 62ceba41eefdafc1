/** Who or what a mention stands for. */
export type MentionKind = 'person' | 'role' | 'team' | 'pronoun' | 'system';

/** An agent named in a sentence: a person, a role, a team, a pronoun standing for one, or a system. */
export interface Mention {
  kind: MentionKind;
  /** Source offsets (0-based, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** 0–1: roster and @handles near 1; a lone capitalised word at a sentence start lower. */
  confidence: number;
  /** Index range into the sentence's lexed tokens (see `lex`), inclusive. */
  first: number;
  last: number;
  /** Ends in 's / ’s / s' ("Wei Zhang's typo"). */
  possessive?: boolean;
  /** For a pronoun: does it stand for a person (he/she, or they after a person)? */
  human?: boolean;
  /** "we", "I": the writers themselves. */
  self?: boolean;
  /** Incident roles (IC, scribe, comms lead) are jobs in the response, never a cause. */
  incidentRole?: boolean;
}

/** What person detection needs from config. */
export interface PeopleOptions {
  /** Config `people`: names and @handles, matched exactly (diacritics and all). */
  people?: readonly string[];
  /** Config `teams`: team names and handles. */
  teams?: readonly string[];
  /** Config `vocabulary.accept`: words that are systems or terms, never names. */
  accept?: readonly string[];
  /**
   * Words the document itself uses as terms (written in lower case or as code somewhere): a capitalised
   * unknown word that is one ("Falco" beside `falco`) is a tool, not a name. Called lazily.
   */
  terms?: () => { has(term: string): boolean };
}

/** A token of a sentence as person detection sees it: words, masked spans and punctuation, no whitespace. */
export interface Lexeme {
  kind: 'word' | 'masked' | 'punct' | 'symbol' | 'handle';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace (or nothing but the sentence start) comes before this token. */
  spaceBefore: boolean;
}
