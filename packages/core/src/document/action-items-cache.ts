import { BoundedCache, bytes, flat, keepsAcrossLints, MB, own } from '../engine/bounded-cache.js';
import type { ActionItem } from './action-items.js';
import type { DateOrder } from './dates.js';
import type { Block, PostmortemDocument, Section } from './types.js';

type Read = (doc: PostmortemDocument, blocks: Block[], known: readonly string[], order: DateOrder) => ActionItem[];
type Item = Omit<ActionItem, 'block'>;

/**
 * What a region's items were read from besides its source: each block's section (relative to the first block's),
 * kind, depth, checkbox, split and table cells (a row's header is above the region); each section's heading, kind
 * and extent relative to the region; the date order and the known owners. Offsets are from the region's first line.
 */
interface Facts {
  language: string;
  order: DateOrder;
  known: string;
  blocks: Array<{
    section: number;
    kind: string;
    depth: Block['depth'];
    checked: Block['checked'];
    split: Block['split'];
    cells: Array<[string, number, number]> | undefined;
  }>;
  sections: Array<{
    index: number;
    heading: string;
    kind: Section['kind'];
    parentKind: Section['parentKind'];
    start: number;
    bodyEnd: number;
  }>;
}

/** A region's items as first read, with what they were read from: each block by index, offsets as in `Facts`. */
interface Entry {
  facts: Facts;
  items: Array<{ at: number; item: Item }>;
}

// By the region's source (looked up as it is: a slice of the document, hashed without a copy).
const regions = new BoundedCache<string, Entry[]>(4 * MB, (k, v) => bytes(k, k.length * 2 + v[0]!.items.length * 600));

let reads = 0;
/** How many times a region's items have been read (not placed from a stored read): tests count re-reads. */
export const regionReads = (): number => reads;

/**
 * The items of one action region, read once per content and placed where the region is now. A keystroke anywhere
 * in a long postmortem moves every region after it without changing one: reading each item again, every
 * keystroke, was a third of what the action-item rules cost there, and most of the garbage they made. An entry is
 * used when the region's source (from the line its first block starts on) and every one of its `Facts` are equal.
 */
export function readRegionAcrossLints(
  doc: PostmortemDocument,
  blocks: Block[],
  known: readonly string[],
  order: DateOrder,
  read: Read,
): ActionItem[] {
  if (!keepsAcrossLints() || blocks.length === 0) {
    reads++;
    return read(doc, blocks, known, order);
  }
  const from = doc.text.lastIndexOf('\n', blocks[0]!.start - 1) + 1;
  const source = doc.text.slice(from, blocks.at(-1)!.end);
  const knownKey = known.join('\u0001');
  const entries = regions.get(source);
  const hit = entries?.find((e) => sameFacts(e.facts, doc, blocks, from, knownKey, order));
  if (hit) return hit.items.map(({ at, item }) => ({ ...placed(item, from), block: blocks[at]! }));
  reads++;
  const items = read(doc, blocks, known, order);
  const index = new Map(blocks.map((b, i) => [b, i]));
  // An item whose block is not one of the region's (none is made so today) could not be placed: nothing is stored.
  if (items.every((i) => index.has(i.block))) {
    const entry: Entry = {
      facts: own(factsOf(doc, blocks, from, knownKey, order)),
      items: items.map(({ block, ...item }) => ({ at: index.get(block)!, item: own(placed(item, -from)) })),
    };
    // A few entries per source at most (the same region under other headings or options); the newest first.
    regions.set(flat(source), [entry, ...(entries ?? []).slice(0, 3)]);
  }
  return items;
}

function factsOf(
  doc: PostmortemDocument,
  blocks: readonly Block[],
  from: number,
  known: string,
  order: DateOrder,
): Facts {
  const first = blocks[0]!.section;
  const facts: Facts = { language: doc.language, order, known, blocks: [], sections: [] };
  for (const b of blocks) {
    facts.blocks.push({
      section: b.section - first,
      kind: b.kind,
      depth: b.depth,
      checked: b.checked,
      split: b.split,
      cells: b.cells?.map((c) => [c.header, c.start - b.start, c.end - b.start]),
    });
    if (facts.sections.at(-1)?.index === b.section - first) continue;
    const s = doc.sections[b.section];
    if (s)
      facts.sections.push({
        index: b.section - first,
        heading: s.heading,
        kind: s.kind,
        parentKind: s.parentKind,
        start: s.start - from,
        bodyEnd: s.bodyEnd - from,
      });
  }
  return facts;
}

/** `factsOf` compared field by field, without building it (this runs for every region on every keystroke). */
function sameFacts(
  facts: Facts,
  doc: PostmortemDocument,
  blocks: readonly Block[],
  from: number,
  known: string,
  order: DateOrder,
): boolean {
  if (facts.language !== doc.language || facts.order !== order || facts.known !== known) return false;
  if (facts.blocks.length !== blocks.length) return false;
  const first = blocks[0]!.section;
  let s = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const f = facts.blocks[i]!;
    if (
      f.section !== b.section - first ||
      f.kind !== b.kind ||
      f.depth !== b.depth ||
      f.checked !== b.checked ||
      f.split !== b.split ||
      !sameCells(f.cells, b)
    )
      return false;
    if (i > 0 && blocks[i - 1]!.section === b.section) continue;
    const section = doc.sections[b.section];
    if (!section) continue;
    const g = facts.sections[s++];
    if (
      !g ||
      g.index !== b.section - first ||
      g.heading !== section.heading ||
      g.kind !== section.kind ||
      g.parentKind !== section.parentKind ||
      g.start !== section.start - from ||
      g.bodyEnd !== section.bodyEnd - from
    )
      return false;
  }
  return s === facts.sections.length;
}

function sameCells(stored: Facts['blocks'][number]['cells'], b: Block): boolean {
  if (!stored || !b.cells) return stored === undefined && b.cells === undefined;
  if (stored.length !== b.cells.length) return false;
  return b.cells.every(
    (c, i) => stored[i]![0] === c.header && stored[i]![1] === c.start - b.start && stored[i]![2] === c.end - b.start,
  );
}

const NONE: never[] = [];

/** The item with every offset moved by `by` (its date and other values are shared: nobody writes to an item's). */
function placed(item: Item, by: number): Item {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...item,
    start: item.start + by,
    end: item.end + by,
    owners: item.owners.length ? item.owners.map(move) : NONE,
    ownerPlaceholder: item.ownerPlaceholder && move(item.ownerPlaceholder),
    due: item.due && move(item.due),
    vagueDue: item.vagueDue && move(item.vagueDue),
    tickets: item.tickets.length ? item.tickets.map(move) : NONE,
  };
}
