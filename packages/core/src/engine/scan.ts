import type { Block, PostmortemDocument } from '../document/types.js';
import type { RuleData } from '../rules/types.js';
import { BoundedCache, blockWords, flat } from './block-cache.js';
import { triggersOf } from '../checks/index.js';

/**
 * The candidate scan: one compiled matcher over every enabled rule's trigger words. A prose block in
 * which no trigger of a rule occurs cannot produce a finding of that rule, so it is never handed to it
 * (and, when no rule wants it, never parsed into sentences).
 */
export function candidateBlocks(doc: PostmortemDocument, rules: RuleData[]): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  for (const rule of rules) out.set(rule.id, triggersOf(rule).length === 0 ? doc.blocks : []);
  // The matcher and the hits are kept per set of rules (a handful in a process): the trigger lists of the
  // language rules run to hundreds of words, too many to index again for every file.
  const signature = rules.map(signatureOf).join('\u0002');
  let scan = scans.get(signature);
  if (!scan) scans.set(signature, (scan = matcherOf(rules)));
  const { byTrigger, prefixes } = scan;
  if (byTrigger.size === 0 && prefixes.length === 0) return out;
  // Which rules a block's prose triggers is cached per prose and per set of rules: on a keystroke only the
  // edited block is scanned again.
  const hits = scan.hits;
  for (const block of doc.blocks) {
    if (block.split) continue;
    let ids = hits.get(block.prose);
    if (ids === undefined) {
      const hit = new Set<string>();
      for (const word of blockWords(block.prose)) {
        for (const id of byTrigger.get(word) ?? NONE) hit.add(id);
        for (const [p, pIds] of prefixes) if (word.startsWith(p)) for (const id of pIds) hit.add(id);
      }
      hits.set(flat(block.prose), (ids = [...hit]));
    }
    for (const id of ids) out.get(id)!.push(block);
  }
  return out;
}

const NONE: readonly string[] = [];

interface Scan {
  byTrigger: Map<string, string[]>;
  prefixes: Array<[string, string[]]>;
  hits: BoundedCache<string, readonly string[]>;
}

/** Trigger word -> the rules it is a trigger of, and the prefix triggers ("deploy*"), for a set of rules. */
function matcherOf(rules: RuleData[]): Scan {
  const byTrigger = new Map<string, string[]>();
  const prefixes: Array<[string, string[]]> = [];
  for (const rule of rules) {
    for (const t of triggersOf(rule)) {
      if (t.endsWith('*')) prefixes.push([t.slice(0, -1), [rule.id]]);
      else byTrigger.set(t, [...(byTrigger.get(t) ?? []), rule.id]);
    }
  }
  return {
    byTrigger,
    prefixes,
    hits: new BoundedCache<string, readonly string[]>(4 << 20, (k, v) => k.length * 2 + v.length * 8 + 64),
  };
}

// Keyed by the enabled rules and their triggers (a handful of distinct sets in a process).
const scans = new Map<string, Scan>();
const signatures = new WeakMap<RuleData, string>();

function signatureOf(rule: RuleData): string {
  let s = signatures.get(rule);
  if (s === undefined) signatures.set(rule, (s = `${rule.id}\u0001${triggersOf(rule).join(' ')}`));
  return s;
}
