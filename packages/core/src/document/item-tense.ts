// Whether an item's own grammar says the work is finished or still ahead, when no box, status or heading
// says so: "We've enabled SMS paging", "A daily certificate check has been added" report done work;
// "We are working on …", "… will be removed" and imperatives ("Rotate the key that has been leaked") do not.
import { canBeVerb } from '../grammar/lexicon.js';

// An optional bold lead ("**Temporary fix**:") before the clause.
const LEAD = /^[\s*_]*(?:(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*:?\s*|[^:\n]{1,40}:\s+)?/;
// Subject + perfect: "we've enabled", "we have now rolled back", "they have shipped".
const PERFECT_WE =
  /^(?:we|i|they)\s*(?:'ve|’ve|\s+have)\s+(?:(?:now|already|also)\s+)?(?!been\b|to\b|not\b)([a-z]+)\b/i;
// A noun phrase + passive perfect, with no clause boundary before it: "An hourly job has been added".
const PERFECT_PASSIVE = /^([^,;:.]{1,60}?)\s(?:has|have)\s+(?:(?:now|already|also)\s+)?been\s+([a-z]+)\b/i;
const SUBCLAUSE = /\b(?:that|which|who|when|if|once|until|after|before|whether|so)\b/i;
// Anything still ahead in the same item keeps it open.
const STILL_OPEN =
  /\b(?:will|shall|going to|working on|work in progress|plan(?:s|ned|ning)? to|needs? to|should|must|still|remains?|not yet|next)\b|\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b/i;

const participle = (w: string) => /(?:ed|en|wn|ne|de|lt|ht|ung|ade|ent|ound|ut|un)$/i.test(w);

/** True when the item reports work already done, by its grammar alone. */
export function reportsDoneWork(text: string): boolean {
  const clause = text.slice(LEAD.exec(text)![0].length);
  // What a relative clause says ("a fallback that will keep serving") is not the item's own tense.
  if (STILL_OPEN.test(clause.split(/\b(?:that|which|who)\b/i)[0])) return false;
  const we = PERFECT_WE.exec(clause);
  if (we) return participle(we[1]);
  const passive = PERFECT_PASSIVE.exec(clause);
  if (!passive || SUBCLAUSE.test(passive[1]) || !participle(passive[2])) return false;
  // An imperative ("Move the jobs whose … have been …") is a task, not a report: a base verb before a determiner.
  const m = /^\s*([A-Za-z]+)\s+(?:a|an|the|our|all|this|these|each|every|any|some|its|their)\b/i.exec(passive[1]);
  return !(m && canBeVerb(m[1].toLowerCase()));
}
