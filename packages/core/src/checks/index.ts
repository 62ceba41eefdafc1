import type { CheckKind } from './types.js';
import { suppressions } from './suppressions.js';

/** Every check kind, by name. Rules name their kind in `check:`; the engine looks it up here. */
export const checkKinds: CheckKind[] = [
  suppressions,
];

export function findCheckKind(name: string): CheckKind | undefined {
  return checkKinds.find((k) => k.name === name);
}
