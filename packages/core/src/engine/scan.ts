import type { Block, PostmortemDocument } from '../document/types.js';
import type { RuleData } from '../rules/types.js';
import { blockWords } from './block-cache.js';

/**
 * The candidate scan: one compiled matcher over every enabled rule's trigger words. A prose block in
 * which no trigger of a rule occurs cannot produce a finding of that rule, so it is never handed to it
 * (and, when no rule wants it, never parsed into sentences).
 */
export function candidateBlocks(doc: PostmortemDocument, rules: RuleData[]): Map<string, Block[]> {
  const byTrigger = new Map<string, string[]>();
  const prefixes: Array<[string, string[]]> = [];
  const out = new Map<string, Block[]>();
  for (const rule of rules) {
    if (rule.triggers.length === 0) {
      out.set(rule.id, doc.blocks);
      continue;
    }
    out.set(rule.id, []);
    for (const t of rule.triggers) {
      if (t.endsWith('*')) prefixes.push([t.slice(0, -1), [rule.id]]);
      else byTrigger.set(t, [...(byTrigger.get(t) ?? []), rule.id]);
    }
  }
  if (byTrigger.size === 0 && prefixes.length === 0) return out;
  for (const block of doc.blocks) {
    if (block.split) continue;
    const hit = new Set<string>();
    for (const word of blockWords(block.prose)) {
      for (const id of byTrigger.get(word) ?? []) hit.add(id);
      for (const [p, ids] of prefixes) if (word.startsWith(p)) for (const id of ids) hit.add(id);
    }
    for (const id of hit) out.get(id)!.push(block);
  }
  return out;
}
