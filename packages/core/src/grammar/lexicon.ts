import { adjectives, baseVerbs, personNouns } from '../people/lexicon-data.js';

// Built on first use: importing the package costs nothing until a sentence is parsed.
let verbs: Set<string> | undefined;
let persons: Set<string> | undefined;
let adjs: Set<string> | undefined;

/** Can this lower-case word be the base form of a verb ("deploy", "shrug", "change")? */
export function canBeVerb(lower: string): boolean {
  verbs ??= new Set(baseVerbs.split(' '));
  return verbs.has(lower);
}

/** Does this lower-case noun name a person or a person's role ("engineer", "colleagues", "contractor")? */
export function isPersonNoun(lower: string): boolean {
  persons ??= new Set(personNouns.split(' '));
  return persons.has(lower);
}

/** A noun of people, or its plural by "-s" ("paralegals", "owners"): the word list holds most nouns in one form. */
export function isPeopleNoun(lower: string): boolean {
  return isPersonNoun(lower) || (/[^s]s$/.test(lower) && isPersonNoun(lower.slice(0, -1)));
}

/** Is this lower-case word above all an adjective ("sure", "aware", "careless")? */
export function isAdjective(lower: string): boolean {
  adjs ??= new Set(adjectives.split(' '));
  return adjs.has(lower);
}
