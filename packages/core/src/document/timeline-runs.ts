// Timelines found by evidence rather than by a heading: a run of three or more sibling blocks that each open
// with a clock time ("- **Key events**" over "First detected 2020-09-21 18:27", "Incident declared …"; a
// "Context" list of "15:35 – Plan pushed"). Teams that write no Timeline heading still write timelines.
import type { Block } from './types.js';
import { blockTimestamp } from './timeline-times.js';

const MIN_RUN = 3;
const NARRATIVE = /(?:^|\s)(?:at|around|about|approx\w*|circa|between|from|on|by|until|after|before)\s*$/i;
/** Untimed blocks allowed between two timed ones of a run (a detail paragraph, a few sub-bullets). */
const MAX_GAP = 4;

/** A clock time opens the block (a date alone or a template slot is not evidence of a timeline). */
export function timed(b: Block, zones: Record<string, string>): boolean {
  if (b.kind !== 'list-item' && b.kind !== 'paragraph' && b.kind !== 'line') return false;
  // A time opens the block within a short lead-in: a block with no digit there is not timed (most of a README).
  if (!/\d/.test(b.text.slice(0, 60))) return false;
  const ts = blockTimestamp(b, zones, false);
  if (!ts || (ts.minutes === null && ts.relative === null)) return false;
  // "At 3:43 PM, the attacker …" opens a sentence of a story; a timeline entry opens with its time or a label.
  return !NARRATIVE.test(b.text.slice(0, ts.start - b.start));
}

/** Blocks of the same shape: list items at one depth, or paragraphs and plain lines. */
function shape(b: Block): string {
  return b.kind === 'list-item' ? `item:${b.depth ?? 0}` : 'prose';
}

interface TimedRun {
  /** From the run's first timed block to its last, in document order. */
  blocks: Block[];
  /** The block just before the run ("- **Key events**"), which may declare its zone. */
  before: Block | undefined;
}

/** Each run of timed blocks among a document's blocks (in document order). */
export function timedRuns(blocks: Block[], zones: Record<string, string>): TimedRun[] {
  const runs: TimedRun[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i].split || !timed(blocks[i], zones)) {
      i++;
      continue;
    }
    const first = blocks[i];
    const want = shape(first);
    const depth = first.depth ?? 0;
    let lastTimed = i;
    let count = 1;
    let j = i + 1;
    for (; j < blocks.length && j - lastTimed <= MAX_GAP + 1; j++) {
      const b = blocks[j];
      if (b.section !== first.section || b.kind === 'heading' || b.kind === 'table-row') break;
      // A shallower list item closes a list of deeper timed items ("- **Time to repair**" after the key events).
      if (want.startsWith('item') && b.kind === 'list-item' && (b.depth ?? 0) < depth) break;
      if (b.split) continue;
      if (shape(b) === want && timed(b, zones)) {
        lastTimed = j;
        count++;
      }
    }
    if (count >= MIN_RUN) {
      // Not the paragraph the run's lines were split from (a quoted chat log): the block before it.
      let k = i - 1;
      while (k >= 0 && blocks[k]!.split) k--;
      runs.push({ blocks: blocks.slice(i, lastTimed + 1), before: blocks[k] });
    }
    i = count >= MIN_RUN ? lastTimed + 1 : i + 1;
  }
  return runs;
}
