import { BoundedCache, bytes, flat, keepsAcrossLints, MB, own } from '../engine/bounded-cache.js';
import type { ActionItem } from './action-items.js';
import type { DateOrder } from './dates.js';
import type { Block, PostmortemDocument } from './types.js';

type Read = (doc: PostmortemDocument, blocks: Block[], known: readonly string[], order: DateOrder) => ActionItem[];

/** An item as first read: its block by index in the region, every offset relative to the region's first line. */
interface Stored {
  at: number;
  item: Omit<ActionItem, 'block'>;
}

// By the region's source (looked up as it is: a slice of the document, hashed without a copy), then by the rest.
const regions = new BoundedCache<string, Map<string, Stored[]>>(4 * MB, (k) => bytes(k, k.length * 4));

let reads = 0;
/** How many times a region's items have been read (not placed from a stored read): tests count re-reads. */
export const regionReads = (): number => reads;

/**
 * The items of one action region, read once per content and placed where the region is now. A keystroke anywhere
 * in a long postmortem moves every region after it without changing one (its blocks, their sections and the text
 * between them): reading each item again, every keystroke, was a third of what the action-item rules cost there,
 * and most of the garbage they made. The key holds everything `read` looks at: the region's source from the line
 * its first block starts on, each block's section, kind, depth, checkbox, split and table headers, each of those
 * sections' heading, kind and extent relative to the region, the document's date order and the known owners.
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
  const facts = regionFacts(doc, blocks, from, known, order);
  const stored = regions.get(source)?.get(facts);
  if (stored) return stored.map(({ at, item }) => ({ ...placed(item, from), block: blocks[at]! }));
  reads++;
  const items = read(doc, blocks, known, order);
  const index = new Map(blocks.map((b, i) => [b, i]));
  // An item whose block is not one of the region's (none is made so today) is not stored: it could not be placed.
  if (items.every((i) => index.has(i.block))) {
    let byFacts = regions.get(source);
    if (!byFacts) regions.set(flat(source), (byFacts = new Map()));
    byFacts.set(
      flat(facts),
      items.map(({ block, ...item }) => ({ at: index.get(block)!, item: own(placed(item, -from)) })),
    );
  }
  return items;
}

function regionFacts(
  doc: PostmortemDocument,
  blocks: readonly Block[],
  from: number,
  known: readonly string[],
  order: DateOrder,
): string {
  const first = blocks[0]!.section;
  let shape = '';
  let sections = '';
  let last = Number.NaN;
  for (const b of blocks) {
    shape += `${b.section - first},${b.kind},${b.depth ?? ''},${b.checked ?? ''},${b.split ? 1 : ''}`;
    if (b.cells) for (const c of b.cells) shape += `,${c.header}\u0002${c.start - b.start}\u0002${c.end - b.start}`;
    shape += '\u0001';
    if (b.section === last) continue;
    last = b.section;
    const s = doc.sections[b.section];
    if (s)
      sections += `${b.section - first},${s.heading}\u0002${s.kind}\u0002${s.parentKind}\u0002${s.start - from}\u0002${s.bodyEnd - from}\u0001`;
  }
  return `${doc.language}\u0000${order}\u0000${known.join('\u0001')}\u0000${sections}\u0000${shape}`;
}

/** The item with every offset moved by `by`. */
function placed(item: Omit<ActionItem, 'block'>, by: number): Omit<ActionItem, 'block'> {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...item,
    start: item.start + by,
    end: item.end + by,
    owners: item.owners.map(move),
    ownerPlaceholder: item.ownerPlaceholder && move(item.ownerPlaceholder),
    due: item.due && { ...move(item.due), date: { ...item.due.date } },
    vagueDue: item.vagueDue && move(item.vagueDue),
    tickets: item.tickets.map(move),
  };
}
