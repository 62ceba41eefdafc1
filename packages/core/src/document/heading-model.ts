// A heading the aliases and patterns of sections.ts do not know ("Gaps that let it through", "What we take from
// this", "Stuff to fix") is read by a naive Bayes model over its words, trained by
// scripts/train-heading-kinds.mjs on the headings of the labelled method cases (test/labelled/method), the
// built-in aliases, and a list of headings that name other sections (scripts/other-headings.txt: "Impact",
// "Detection", "Appendix" ...). It answers only when it is confident, and never "timeline": a timeline is found
// by its timestamps as well as its name.
import type { SectionKind } from '../types.js';
import model from './heading-model.json' with { type: 'json' };

export const HEADING_CLASSES = [
  'summary',
  'contributing-factors',
  'lessons',
  'action-items',
  'timeline',
  'none',
] as const;
const ANSWERS: ReadonlySet<string> = new Set(['summary', 'contributing-factors', 'lessons', 'action-items']);
/** Posterior the best class needs; measured in the trainer's leave-one-pair-out report. */
const CONFIDENCE = 0.8;

// Words every kind of heading uses ("the", "incident", "report"), and numbers (dates, step numbers).
const STOP = new Set(
  'the a an of for in on to and or at by with from our this that it its incident outage postmortem post mortem report issue event'.split(
    ' ',
  ),
);

/** A heading's features: stemmed words (plural, -ing and -ed endings dropped) and adjacent pairs of them. */
export function headingTokens(heading: string): string[] {
  const words = heading
    .toLowerCase()
    .normalize('NFKC')
    .replace(/’/g, "'")
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w))
    .map((w) => w.replace(/'s$/, '').replace(/(?<=..)(?:ings|ing|ed|es|s)$/, ''));
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

/** The section kind the model reads in a heading, or null when it is unsure or reads another kind of section. */
export function modelHeadingKind(heading: string): SectionKind | null {
  return modelHeadingKindWith(trained, heading);
}

interface HeadingModel {
  /** Log-likelihood of each feature per class, in HEADING_CLASSES order. */
  tokens: Record<string, number[]>;
  /** Other sections' names ("Impact", "Contributing"), as their features joined: read as names first. */
  other: string[];
}
const trained: HeadingModel = { tokens: model.tokens, other: model.other };
const others = new WeakMap<HeadingModel, Set<string>>();

/** The same reading with another model (the trainer scores held-out batches with it). */
export function modelHeadingKindWith(m: HeadingModel, heading: string): SectionKind | null {
  const features = headingTokens(heading);
  let named = others.get(m);
  if (!named) others.set(m, (named = new Set(m.other)));
  if (named.has(features.join(' '))) return null;
  const { tokens } = m;
  const scores = HEADING_CLASSES.map(() => 0);
  let known = 0;
  for (const t of features) {
    const logp = tokens[t];
    if (!logp) continue; // a word no training heading had says nothing either way
    known++;
    for (let k = 0; k < scores.length; k++) scores[k]! += logp[k]!;
  }
  if (!known) return null;
  const best = scores.indexOf(Math.max(...scores));
  const z = scores.reduce((a, s) => a + Math.exp(s - scores[best]!), 0);
  const kind = HEADING_CLASSES[best]!;
  return ANSWERS.has(kind) && 1 / z >= CONFIDENCE ? (kind as SectionKind) : null;
}
