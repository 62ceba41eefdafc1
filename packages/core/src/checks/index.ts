import type { CheckKind } from './types.js';
import type { RuleData } from '../rules/types.js';
import { suppressions } from './suppressions.js';
import { phrase } from './phrase.js';
import { personError } from './person-error.js';
import { hindsight } from './hindsight.js';
import { agentBlame } from './agent-blame.js';
import { personCause } from './person-cause.js';
import { timeline } from './timeline.js';
import { interpretation } from './interpretation.js';
import { actionItem } from './action-item.js';
import { sections } from './sections.js';
import { lessons } from './lessons.js';

/** Every check kind, by name. Rules name their kind in `check:`; the engine looks it up here. */
export const checkKinds: CheckKind[] = [
  suppressions,
  phrase,
  personError,
  hindsight,
  agentBlame,
  personCause,
  timeline,
  interpretation,
  actionItem,
  sections,
  lessons,
];

export function findCheckKind(name: string): CheckKind | undefined {
  return checkKinds.find((k) => k.name === name);
}

const triggerCache = new WeakMap<RuleData, readonly string[]>();

/** A rule's trigger words: its declared `triggers` and the ones its check kind derives from its vocabulary. */
export function triggersOf(rule: RuleData): readonly string[] {
  let t = triggerCache.get(rule);
  if (!t) {
    const derived = findCheckKind(rule.check)?.triggers?.(rule.params) ?? [];
    t = [...new Set([...rule.triggers, ...derived])];
    triggerCache.set(rule, t);
  }
  return t;
}
