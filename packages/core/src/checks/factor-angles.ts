/**
 * The angle a contributing factor comes from: process, tooling, knowledge, design or communication. Each
 * angle is a vocabulary of stems and phrases (rule data). A factor belongs to the angle with strictly the
 * highest score (on a tie, to the one it opens with), and to no angle on a full tie or when nothing matches (such a factor counts as an angle of its
 * own, so the rule never flags on doubt). A phrase weighs three words; what the factor opens with (its
 * subject and main verb, the first six words) weighs double, and the subject's head noun triple: "Responders did not know that the SDK reads
 * flags at start" is about knowledge, not about the SDK.
 */
export type Angles = Readonly<Record<string, readonly string[]>>;

interface Compiled { names: string[]; words: Map<string, number[]>; phrases: Array<[string[], number]> }
const compiled = new WeakMap<Angles, Compiled>();

function compile(angles: Angles): Compiled {
  let c = compiled.get(angles);
  if (c) return c;
  c = { names: Object.keys(angles), words: new Map(), phrases: [] };
  c.names.forEach((name, k) => {
    for (const entry of angles[name]!) {
      const parts = entry.toLowerCase().split(/\s+/);
      if (parts.length > 1) c!.phrases.push([parts, k]);
      else c!.words.set(parts[0]!, [...(c!.words.get(parts[0]!) ?? []), k]);
    }
  });
  compiled.set(angles, c);
  return c;
}

/**
 * Stems match a word's start ("deploy" matches "deploys", "deployment"); a stem of three letters or fewer
 * only the word itself or its plural ("ci", "cab" but not "cable").
 */
function stemHits(word: string, c: Compiled): number[] {
  const out: number[] = [];
  for (let len = Math.min(word.length, 16); len >= 4; len--) {
    const hit = c.words.get(word.slice(0, len));
    if (hit) out.push(...hit);
  }
  const short = word.length <= 4 ? c.words.get(word.length <= 3 ? word : word.endsWith('s') ? word.slice(0, -1) : '') : undefined;
  if (short) out.push(...short);
  return out;
}

const LEAD = 6;
const AUX = /^(?:is|was|were|are|has|had|have|did|does|do|can|could|would|should|will|must|may|might|isn't|wasn't|weren't|hasn't|hadn't|didn't|doesn't|can't|cannot|couldn't|won't)$/;

export function angleOf(text: string, angles: Angles): string | null {
  const c = compile(angles);
  const words = text.toLowerCase().match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
  const score = new Array<number>(c.names.length).fill(0);
  const first = new Array<number>(c.names.length).fill(Infinity);
  // The subject's head noun, right before the first auxiliary or past verb ("The disk-usage ALERT had …", "No
  // ALERT fired …"), weighs most.
  const verb = words.findIndex((w, i) => i > 0 && (AUX.test(w) || /[a-z]ed$/.test(w)));
  const head = verb > 0 ? verb - 1 : -1;
  for (let i = 0; i < words.length; i++) {
    const weight = i === head ? 3 : i < LEAD ? 2 : 1;
    for (const k of new Set(stemHits(words[i]!, c))) (score[k]! += weight), (first[k] = Math.min(first[k]!, i));
    for (const [parts, k] of c.phrases) if (parts.every((p, j) => words[i + j]?.startsWith(p))) (score[k]! += 3 * weight), (first[k] = Math.min(first[k]!, i));
  }
  const best = Math.max(...score);
  if (best === 0) return null;
  const tied = score.flatMap((s, k) => (s === best ? [k] : []));
  if (tied.length === 1) return c.names[tied[0]!]!;
  // A tie goes to the angle the factor opens with (its subject), when one opens it before the others.
  const opening = Math.min(...tied.map((k) => first[k]!));
  const openers = tied.filter((k) => first[k] === opening);
  return openers.length === 1 ? c.names[openers[0]!]! : null;
}
