/**
 * The angle a contributing factor comes from: process, tooling, knowledge, design or communication, read by a
 * naive Bayes model over word stems (rules/factor-coverage.model.json, trained by
 * scripts/train-factor-angles.mjs on labelled factors). A stem list per angle, tried before, put 81% of
 * labelled factors in their angle and found 40% of one-angle sections on fresh batches; the model, trained on
 * older batches, 89% and 70% on the same fresh ones.
 * Never on doubt: a factor with fewer than two stems the model knows, or a tie, has no angle (and counts as an
 * angle of its own, so the section is not flagged).
 */
interface AngleModel {
  angles: readonly string[];
  /** Log prior of each angle. */
  prior: readonly number[];
  /** Stem -> log likelihood under each angle. */
  stems: Readonly<Record<string, readonly number[]>>;
}

const STOP = new Set(
  ('the a an of to in on and or for was were is are be been it its this that with by as at from not no had has have did do does our ' +
    'we they their there which who when than then but into only so any all one').split(' '),
);

/** Stems of a factor's words, each once: "deploys", "deployed" and "deployment" share "deploy". */
export function factorTokens(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(?:ations?|ation|ings?|ed|es|s|ly|ment|ments)$/, '').slice(0, 7)))];
}

export function angleOf(text: string, model: AngleModel): string | null {
  const known = factorTokens(text).filter((s) => Object.hasOwn(model.stems, s));
  if (known.length < 2) return null;
  const score = model.prior.map((p, k) => known.reduce((sum, s) => sum + model.stems[s]![k]!, p));
  const best = Math.max(...score);
  const tied = score.filter((x) => x === best).length;
  return tied === 1 ? model.angles[score.indexOf(best)]! : null;
}
