/**
 * The angle a contributing factor comes from: process, tooling, knowledge, design or communication, read by a
 * naive Bayes model over word stems (rules/factor-coverage.model.json, trained by
 * scripts/train-factor-angles.mjs on labelled factors). A stem list per angle, tried before, put 81% of
 * labelled factors in their angle and found 40% of one-angle sections on fresh batches; the model, trained on
 * older batches, 89% and 70% on the same fresh ones.
 * Never on doubt: a factor with fewer than two stems the model knows keeps its section unflagged, and so does
 * a factor clearly from another angle (`sectionAngle`).
 */
interface AngleModel {
  angles: readonly string[];
  /** Log prior of each angle. */
  prior: readonly number[];
  /** Stem -> log likelihood under each angle. */
  stems: Readonly<Record<string, readonly number[]>>;
}

const STOP = new Set(
  (
    'the a an of to in on and or for was were is are be been it its this that with by as at from not no had has have did do does our ' +
    'we they their there which who when than then but into only so any all one'
  ).split(' '),
);

/** Stems of a factor's words, each once: "deploys", "deployed" and "deployment" share "deploy". */
export function factorTokens(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [];
  return [
    ...new Set(
      words
        .filter((w) => w.length > 2 && !STOP.has(w))
        .map((w) => w.replace(/(?:ations?|ation|ings?|ed|es|s|ly|ment|ments)$/, '').slice(0, 7)),
    ),
  ];
}

/** Log score of each angle for one factor, or null when fewer than two of its stems are known to the model. */
function scores(text: string, model: AngleModel): number[] | null {
  const known = factorTokens(text).filter((s) => Object.hasOwn(model.stems, s));
  if (known.length < 2) return null;
  return model.prior.map((p, k) => known.reduce((sum, s) => sum + model.stems[s]![k]!, p));
}

export function angleOf(text: string, model: AngleModel): string | null {
  const score = scores(text, model);
  if (!score) return null;
  const best = Math.max(...score);
  const tied = score.filter((x) => x === best).length;
  return tied === 1 ? model.angles[score.indexOf(best)]! : null;
}

/**
 * The one angle a list of factors comes from, or null. Read as a whole, not factor by factor: the section is
 * one-angle when "every factor is about A" explains its words almost as well as the best angle of each factor
 * does (the sum over factors of what A loses to each factor's best angle is at most MARGIN, in log
 * likelihood). One factor the model reads as a near tie ("the runbook omits a step": process or tooling?)
 * no longer hides a section that is otherwise all one angle; a factor clearly from another angle still
 * does. A factor the model cannot read (fewer than two known stems) keeps the section unflagged.
 */
export function sectionAngle(factors: readonly string[], model: AngleModel): string | null {
  const all = factors.map((f) => scores(f, model));
  if (all.some((x) => !x)) return null;
  const loss = model.angles.map((_, k) => all.reduce((sum, x) => sum + Math.max(...x!) - x![k]!, 0));
  const least = Math.min(...loss);
  if (least > MARGIN || loss.filter((x) => x === least).length > 1) return null;
  const angle = model.angles[loss.indexOf(least)]!;
  // A factor that says someone was not told is about communication, however few words it has for the model:
  // "the events team didn't share the schedule", "introduced the code without telling terminals".
  if (angle !== 'communication' && factors.some((f) => UNTOLD.test(f))) return null;
  // So is one that says people did not know about knowledge: "I didn't know iOS suspends background tasks".
  if (angle !== 'knowledge' && factors.some((f) => UNKNOWN_TO_PEOPLE.test(f))) return null;
  return angle;
}

// People who did not know, said in the first person or of nobody: "I didn't know", "nobody knew". Not what a
// tool did not know about ("the scheduler does not know about rooms under renovation"), and not the wider forms
// ("was not aware", "had never done"): they cost more one-angle sections than they saved (M1–M62).
const UNKNOWN_TO_PEOPLE =
  /\b(?:(?:i|we|they|nobody|no one)\s+(?:didn't|did not|never)\s+(?:know|knew)|(?:nobody|no one)\s+knew)\b/i;

// People not told: a passive of telling ("weren't told", "was not shared with"), "without telling/informing", or
// someone who did not pass it on ("didn't share the schedule", "nobody passed it on"). Not "could not tell" (see),
// not a document that does not mention a thing (knowledge), not a tool that did not warn (tooling).
const UNTOLD =
  /(?:(?:\b(?:not|never|nobody|no one)|n't)\s+(?:been\s+|be\s+|ever\s+)?(?:told|informed|notified|briefed|consulted|shared with|share|pass(?:ed)? (?:it )?on|loop(?:ed)? in)|\bwithout\s+(?:telling|informing|notifying|consulting|briefing))\b/i;

/**
 * Chosen by leaving each pair of blind batches out of training and scoring it (M9–M24, 289 one-angle
 * sections, 291 others): margin 0 (every factor's best angle the same) found 0.74 of the one-angle sections
 * with 1 false alarm, 1: 0.79 / 1, 2: 0.83 / 5, 3: 0.85 / 6 (0.02).
 */
const MARGIN = 3;
