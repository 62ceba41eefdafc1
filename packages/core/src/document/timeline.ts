// The timelines of a document and their entries, every entry with its parsed timestamp, the date it falls
// on, the zone it is written in, and its body (the lines that belong to it without a time of their own).
// A timeline is a Timeline section (with its date or time sub-headings), or a run of timed entries found
// by their density under any heading (timeline-runs.ts).
import type { Block, PostmortemDocument } from './types.js';
import type { Timestamp } from './timestamps.js';
import type { CalendarDate } from './dates.js';
import { resolveZone } from './zones.js';
import { perDocument } from '../engine/block-cache.js';
import { blockDate, blockTimestamp, dayMarker, rowTimestamp, TIME_HEADER } from './timeline-times.js';
import { documentDeclaredZone, findDeclaredZone, NOTE, type DeclaredZone } from './timeline-declared.js';
import { timedRuns } from './timeline-runs.js';
import { indentedEntries } from './timeline-indented.js';

export type { DeclaredZone } from './timeline-declared.js';

export interface TimelineEntry {
  block: Block;
  /** Parsed timestamp in source offsets, or null. */
  timestamp: Timestamp | null;
  /** The entry's date: its own, or the last date heading / date line before it. */
  date: CalendarDate | null;
  /** Where the entry's day began when no date says it ("### Tuesday", "**Day 2**"): an offset, as a key. */
  day?: number;
  /** A nested list item with its own time (a sub-event of the entry above it). */
  nested: boolean;
  /** Blocks that belong to the entry: bullets under a time heading, sub-bullets, continuation lines. */
  body: Block[];
}

export interface Timeline {
  /** Index of the section the timeline is in. */
  section: number;
  /** "Timeline (all times UTC)", "All times in CET.", a time column header, or front matter `timezone`. */
  declared: DeclaredZone | null;
  entries: TimelineEntry[];
}

/** The section indexes that make up each timeline: a Timeline section and its sub-sections. */
function timelineSections(doc: PostmortemDocument): number[][] {
  const groups: number[][] = [];
  doc.sections.forEach((s, i) => {
    if (s.kind === 'timeline') groups.push([i]);
    else if (
      s.parentKind === 'timeline' &&
      !s.kind &&
      groups.length &&
      doc.sections[groups[groups.length - 1][0]].bodyEnd >= s.end
    )
      groups[groups.length - 1].push(i);
  });
  return groups;
}

/** Memoised per document and argument (several rules read it); see engine/block-cache.ts perDocument. */
const readTimelinesOnce = perDocument((doc: PostmortemDocument, zones: Record<string, string>) =>
  readTimelinesUncached(doc, zones),
);
export function readTimelines(doc: PostmortemDocument, zones: Record<string, string> = {}): Timeline[] {
  return readTimelinesOnce(doc, zones);
}

function readTimelinesUncached(doc: PostmortemDocument, zones: Record<string, string> = {}): Timeline[] {
  const fm = doc.frontMatter?.data ?? {};
  const fmZone = ['timezone', 'time_zone', 'timeZone', 'tz'].map((k) => fm[k]).find((v) => typeof v === 'string') as
    | string
    | undefined;
  const fmDeclared = fmZone ? resolveZone(fmZone, zones) : null;
  // Found once, on demand: a scan of the document per timeline would be quadratic in a long one.
  let documentZone: DeclaredZone | null | undefined;
  const fallback = (): DeclaredZone | null =>
    fmDeclared && doc.frontMatter
      ? { zone: fmDeclared, start: doc.frontMatter.start, end: doc.frontMatter.end }
      : documentZone === undefined
        ? (documentZone = documentDeclaredZone(doc, zones))
        : documentZone;
  const out: Timeline[] = [];
  const grouped = timelineSections(doc);
  // Blocks by section, found once: a filter over every block per timeline was quadratic in a file of many.
  const bySection = new Map<number, Block[]>();
  if (grouped.length)
    for (const b of doc.blocks) {
      const list = bySection.get(b.section);
      if (list) list.push(b);
      else bySection.set(b.section, [b]);
    }
  for (const group of grouped) {
    const head = doc.sections[group[0]];
    // A group's sections follow each other, so their blocks in section order are in document order.
    const blocks = group
      .flatMap((i) => bySection.get(i) ?? [])
      .filter((b) => !(b.kind === 'heading' && b.start === head.start));
    let t = readEntries(doc, group[0], blocks, findDeclaredZone(head.heading, head.start, zones, false), zones);
    if (!t.entries.length) {
      const indented = indentedEntries(doc, head.end, doc.sections[group[group.length - 1]].bodyEnd);
      indented.forEach((b) => (b.section = group[0]));
      if (indented.length) t = readEntries(doc, group[0], indented, t.declared, zones);
    }
    t.declared ??= fallback();
    out.push(t);
  }
  const taken = new Set(grouped.flat());
  for (const { blocks, before } of timedRuns(doc.blocks, zones)) {
    const section = blocks[0].section;
    if (taken.has(section)) continue;
    // The run's heading ("Context (all times UTC)") or the label just above it ("- **Key events (UTC)**").
    const heading = doc.sections[section];
    const declared =
      (heading && findDeclaredZone(heading.heading, heading.start, zones, true)) ??
      (before && before.kind !== 'heading' ? findDeclaredZone(before.text, before.start, zones, true) : null);
    const t = readEntries(doc, section, blocks, declared, zones);
    t.declared ??= fallback();
    out.push(t);
  }
  return out;
}

/** Entries from the blocks of one timeline, in order. */
function readEntries(
  doc: PostmortemDocument,
  section: number,
  blocks: Block[],
  declared: DeclaredZone | null,
  zones: Record<string, string>,
): Timeline {
  const timeline: Timeline = { section, declared, entries: [] };
  let date: CalendarDate | null = null;
  let day: number | undefined;
  // The entry a time heading opens (`### 07:33`): every untimed block under it is its body.
  let headed: TimelineEntry | null = null;
  const items = blocks.filter((b) => b.kind === 'list-item');
  const minDepth = Math.min(...items.map((b) => b.depth ?? 0));
  const last = () => timeline.entries[timeline.entries.length - 1];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (dayMarker(block.text)) {
      // A weekday or "Day 2" heading or line starts a day whose date is not written.
      (date = null), (day = block.start), (headed = null);
      continue;
    }
    if (block.kind === 'heading') {
      headed = null;
      const alone = blockDate(block);
      const ts = alone ? null : blockTimestamp(block, zones);
      if (alone) date = alone;
      else if (ts && (ts.minutes !== null || ts.relative !== null)) {
        if (ts.date) date = ts.date;
        headed = { block, timestamp: ts, date: ts.date ?? date, day, nested: false, body: [] };
        timeline.entries.push(headed);
      } else timeline.declared ??= findDeclaredZone(block.text, block.start, zones, true);
      continue;
    }
    if (block.split) continue;
    if (block.kind === 'table-row' && !block.cells?.some((c) => c.text.trim())) continue; // an empty template row
    const ts = block.kind === 'table-row' ? rowTimestamp(block, zones) : blockTimestamp(block, zones);
    if (block.kind === 'table-row' && !timeline.declared) {
      // "Date and Time in CET": the header cell sits in the table's first line, before this row.
      for (const cell of block.cells?.filter((c) => TIME_HEADER.test(c.header)) ?? []) {
        const at = doc.text.lastIndexOf(cell.header, block.start);
        if (at >= 0) timeline.declared ??= findDeclaredZone(cell.header, at, zones, false);
      }
    }
    if (!ts && (block.kind === 'paragraph' || block.kind === 'line')) {
      // Note lines ("All times UTC.", "Reconstructed from the channel. Times are UTC.") declare a zone; they are
      // not events.
      const note = noteSentence(block.text);
      if (note >= 0) {
        timeline.declared ??= findDeclaredZone(block.text.slice(note), block.start + note, zones, true);
        continue;
      }
    }
    if (headed && !ts) {
      headed.body.push(block);
      continue;
    }
    if (!ts && (block.kind === 'paragraph' || block.kind === 'line')) {
      // A line under a timed line continues that entry; other untimed prose is a note, not an entry.
      if (block.kind === 'line' && last()?.block.kind === 'line') last()!.body.push(block);
      continue;
    }
    // Bullets under a timed paragraph ("16:48 – More secrets found:" over "* RDS") list what the entry found.
    if (!ts && block.kind === 'list-item' && prose(last()?.block) && owns(last()!, blocks[i - 1])) {
      last()!.body.push(block);
      continue;
    }
    const alone = blockDate(block);
    if (alone && ts?.minutes === null) {
      date = alone;
      if (block.kind !== 'list-item' && block.kind !== 'table-row') continue;
    }
    if (ts?.date) date = ts.date;
    const nested = block.kind === 'list-item' && (block.depth ?? 0) > minDepth;
    if (nested && !ts) {
      last()?.body.push(block);
      continue;
    }
    // "- **Key events**" or "- Monday" over timed sub-items labels a group; it is not an event.
    if (!ts && block.kind === 'list-item' && opensTimedGroup(blocks, i, zones)) continue;
    timeline.entries.push({ block, timestamp: ts, date: ts?.date ?? date, day, nested, body: [] });
  }
  return timeline;
}

function prose(b: Block | undefined): boolean {
  return !!b && (b.kind === 'paragraph' || b.kind === 'line');
}

/** True when `b` is the entry's own block or the last block of its body. */
function owns(e: TimelineEntry, b: Block | undefined): boolean {
  return e.block === b || e.body[e.body.length - 1] === b;
}

/** True when the list item at `i` is followed by deeper items that carry times. */
function opensTimedGroup(blocks: Block[], i: number, zones: Record<string, string>): boolean {
  const depth = blocks[i].depth ?? 0;
  const next = blocks[i + 1];
  return !!next && next.kind === 'list-item' && (next.depth ?? 0) > depth && !!blockTimestamp(next, zones);
}

/** True when a table row belongs to a table that is not a timeline (no time column, no timed rows). */
export function isTimedTable(block: Block, timeline: Timeline): boolean {
  const header = block.cells?.map((c) => c.header).join(' ') ?? '';
  if (TIME_HEADER.test(header)) return true;
  return timeline.entries.some(
    (e) => e.block.kind === 'table-row' && e.timestamp && e.block.cells?.[0]?.header === block.cells?.[0]?.header,
  );
}

/** Where a note sentence opens in a paragraph: the paragraph itself, or a later sentence that states the zone; or -1. */
function noteSentence(text: string): number {
  if (NOTE.test(text) || QUALIFIED_NOTE.test(text)) return 0;
  for (const m of text.matchAll(/[.!?]\s+(?=\S)/g)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    if ((NOTE.test(rest) && /\b(?:times?|timestamps?)\b/i.test(rest.slice(0, 40))) || QUALIFIED_NOTE.test(rest))
      return at;
  }
  return -1;
}

/** Whose times a note speaks of may come first: "Slack timestamps are in UTC", "Server times are CET". */
const QUALIFIED_NOTE = /^(?:[\p{L}#@-]+\s+){1,2}(?:times?|timestamps?)\s+(?:are|were)\s+(?:all\s+)?(?:in\s+)?[A-Z]/u;
