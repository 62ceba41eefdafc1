import type { CheckKind } from './types.js';
import { suppressions } from './suppressions.js';
import { timeline } from './timeline.js';
import { interpretation } from './interpretation.js';
import { actionItem } from './action-item.js';
import { sections } from './sections.js';

/** Every check kind, by name. Rules name their kind in `check:`; the engine looks it up here. */
export const checkKinds: CheckKind[] = [
  suppressions,
  timeline,
  interpretation,
  actionItem,
  sections,
];

export function findCheckKind(name: string): CheckKind | undefined {
  return checkKinds.find((k) => k.name === name);
}
