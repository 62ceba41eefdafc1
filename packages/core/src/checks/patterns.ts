// House rules' regular expressions run on RE2 (re2js, pure JavaScript): matching time is linear in the text
// whatever the pattern, so no pattern a config can hold backtracks catastrophically. What RE2 leaves out
// (backreferences, lookaround) is a config error, reported with the pattern's key before any lint runs.
import { RE2JS } from 're2js';

/** Letters and digits of any script: a match must not start or end inside a word ("war" in "warden"). */
const EDGE = '[^\\p{L}\\p{N}_]';

const compiled = new Map<string, RE2JS>();

/** The pattern as a matcher of whole words: group 1 is the match. Cached by source and case mode. */
export function compilePattern(source: string, matchCase: boolean): RE2JS {
  const key = `${matchCase ? 'c' : 'i'}${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = RE2JS.compile(`(?:^|${EDGE})(${source})(?:${EDGE}|$)`, matchCase ? 0 : RE2JS.CASE_INSENSITIVE);
    // Configs hold a handful of patterns; an editing session that keeps changing them should not grow this.
    if (compiled.size >= 512) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/** Why `source` is not a pattern blameless-lint can run (RE2 syntax), or undefined when it is one. */
export function patternProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source);
  } catch (error) {
    const description = (error as { getDescription?: () => string }).getDescription?.() ?? String(error);
    return `is not a pattern blameless-lint can run (RE2 syntax: no backreferences or lookaround): ${description}`;
  }
  // A pattern that matches the empty string would flag every gap between words.
  if (RE2JS.compile(`^(?:${source})$`).matches('')) return 'matches the empty string';
  return undefined;
}

/** Start and end offsets (in `text`) of every whole-word match of the pattern, left to right, not overlapping. */
export function* patternMatches(re: RE2JS, text: string): Generator<[number, number]> {
  const m = re.matcher(text);
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const start = m.start(1);
    const end = m.end(1);
    if (end > start) yield [start, end];
    // Resume at the end of the match, not after the boundary character the match consumed.
    from = Math.max(end, start + 1);
  }
}
