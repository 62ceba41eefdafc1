import type { Footprint } from '../engine/carry.js';
import type { Block } from './types.js';
import { actionRegions, inActionSection } from './action-regions.js';
import { mentionsDateOrder } from './dates.js';

/**
 * What the action-item rules read (engine/carry.ts): every block of an action region (action sections, a labelled
 * or introduced list, a fielded register, an `Action item:` line); and, anywhere, what tells how numeric dates
 * order day and month (a numeric date with its year, a declared order). A region's label or introduction is in
 * its section, so in its part: an edit that makes or unmakes one changes a part that holds the region before or
 * after it.
 */
export const actionItemsFootprint: Footprint = {
  name: 'action-items',
  reads(doc) {
    const read = new Set<Block>();
    for (const region of actionRegions(doc)) for (const b of region.blocks) read.add(b);
    return (b) => read.has(b) || inActionSection(doc, b);
  },
  readsText: mentionsDateOrder,
};
