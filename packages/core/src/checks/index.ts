import type { CheckKind } from './types.js';
import { suppressions } from './suppressions.js';
import { phrase } from './phrase.js';
import { hindsight } from './hindsight.js';
import { agentBlame } from './agent-blame.js';
import { personCause } from './person-cause.js';
import { timeline } from './timeline.js';
import { interpretation } from './interpretation.js';
import { actionItem } from './action-item.js';
import { sections } from './sections.js';

/** Every check kind, by name. Rules name their kind in `check:`; the engine looks it up here. */
export const checkKinds: CheckKind[] = [
  suppressions,
  phrase,
  hindsight,
  agentBlame,
  personCause,
  timeline,
  interpretation,
  actionItem,
  sections,
];

export function findCheckKind(name: string): CheckKind | undefined {
  return checkKinds.find((k) => k.name === name);
}
