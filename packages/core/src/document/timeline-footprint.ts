import type { Footprint } from '../engine/carry.js';
import { blockTimestamp, dayMarker } from './timeline-times.js';
import { notesZone } from './timeline-declared.js';

/**
 * What the timeline rules read (engine/carry.ts): the blocks of a Timeline section and its sub-sections, and
 * anywhere else a block that could be an entry or shape one: it opens with a time (or a speaker and a time, or a
 * template's slot), names a day, is a table row, or is a note declaring the zone of every timeline.
 */
export const timelineFootprint: Footprint = {
  name: 'timelines',
  reads: (doc, zones) => (b) => {
    const s = doc.sections[b.section];
    return (
      s?.kind === 'timeline' ||
      s?.parentKind === 'timeline' ||
      b.kind === 'table-row' ||
      dayMarker(b.text) ||
      notesZone(b) ||
      blockTimestamp(b, zones, true) !== null
    );
  },
};
