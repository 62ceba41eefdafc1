import type { Footprint } from '../engine/carry.js';
import { dayMarker } from './timeline-times.js';
import { notesZone } from './timeline-declared.js';
import { timed } from './timeline-runs.js';

/**
 * What the timeline rules read (engine/carry.ts): the blocks of a Timeline section and its sub-sections, and
 * elsewhere a block that may start a run of timed entries (timeline-runs.ts: a list item or paragraph that opens
 * with a time, not "On 3 May, at 14:02 …" in a sentence of a story), names a day, or declares the zone of every
 * timeline. A run never crosses a heading, so it lies in the part of its first timed block.
 */
export const timelineFootprint: Footprint = {
  name: 'timelines',
  reads: (doc, zones) => (b) => {
    const s = doc.sections[b.section];
    return (
      s?.kind === 'timeline' || s?.parentKind === 'timeline' || timed(b, zones) || dayMarker(b.text) || notesZone(b)
    );
  },
};
