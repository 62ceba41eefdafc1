import type { PeopleOptions } from './types.js';
import { SYSTEM_NAMES } from './role-and-tool-words.js';

/** Config compiled for matching: roster and team names as token sequences, accepted words as a set. */
export interface CompiledPeople {
  /** Roster entries as word sequences (NFC), longest first. */
  people: string[][];
  /** Roster handles, lower case with "@". */
  handles: Set<string>;
  /** Team names as lower-case word sequences, longest first. */
  teams: string[][];
  teamHandles: Set<string>;
  /** Systems and accepted terms (lower case): never a name. */
  systems: Set<string>;
}

const cache = new WeakMap<PeopleOptions, CompiledPeople>();
const BASE_SYSTEMS = new Set(SYSTEM_NAMES);
let empty: CompiledPeople | undefined;

const words = (s: string): string[] => s.normalize('NFC').trim().split(/\s+/).filter(Boolean);
const byLength = (a: string[], b: string[]): number => b.length - a.length;

/** Compile (and cache per options object) what config says about people, teams and terms. */
export function compilePeople(options: PeopleOptions = {}): CompiledPeople {
  const hit = cache.get(options);
  if (hit) return hit;
  if (!options.people?.length && !options.teams?.length && !options.accept?.length) {
    empty ??= { people: [], handles: new Set(), teams: [], teamHandles: new Set(), systems: BASE_SYSTEMS };
    return empty;
  }
  const people: string[][] = [];
  const handles = new Set<string>();
  for (const p of options.people ?? []) {
    if (p.trim().startsWith('@')) handles.add(p.trim().toLowerCase());
    else if (p.trim()) people.push(words(p));
  }
  const teams: string[][] = [];
  const teamHandles = new Set<string>();
  for (const t of options.teams ?? []) {
    if (t.trim().startsWith('@')) teamHandles.add(t.trim().toLowerCase());
    else if (t.trim()) teams.push(words(t.toLowerCase()));
  }
  const systems = new Set(BASE_SYSTEMS);
  for (const a of options.accept ?? []) for (const w of words(a.toLowerCase())) systems.add(w);
  const compiled = { people: people.sort(byLength), handles, teams: teams.sort(byLength), teamHandles, systems };
  cache.set(options, compiled);
  return compiled;
}
