// The timelines of a document: each Timeline section (with its date sub-headings) and its entries,
// every entry with its parsed timestamp, the date it falls on and the zone it is written in.
import type { Block, PostmortemDocument } from './types.js';
import { parseTimestampAt, type Timestamp } from './timestamps.js';
import type { CalendarDate } from './dates.js';
import { resolveZone, type Zone } from './zones.js';
import { perDocument } from '../engine/block-cache.js';

export interface TimelineEntry {
  block: Block;
  /** Parsed timestamp in source offsets, or null. */
  timestamp: Timestamp | null;
  /** The entry's date: its own, or the last date heading / date line before it. */
  date: CalendarDate | null;
  /** A nested list item (detail of the entry above it). */
  nested: boolean;
}

export interface DeclaredZone {
  zone: Zone;
  start: number;
  end: number;
}

export interface Timeline {
  /** Index of the Timeline section. */
  section: number;
  /** "Timeline (all times UTC)", "All times in CET.", a time column header, or front matter `timezone`. */
  declared: DeclaredZone | null;
  entries: TimelineEntry[];
}

const NOTE = /^[\W_]*(?:(?:all\s+)?(?:times?|timestamps?)\s+(?:are\s+)?(?:shown\s+|given\s+|listed\s+)?(?:in\s+)?|time\s*zone\s*[:=]?\s*|note\b|source\b|see\b|for\s+more\b|(?:this|the)\s+timeline\b|times\s+are\s+approximate)/i;
const ZONE_WORD = /(?<![\w/])(?:[A-Z]{2,5}(?:[+−-]\d{1,2}(?::?\d{2})?)?|[A-Z][a-z]+\/[A-Za-z_\/]+|local(?: time)?|Pacific|Eastern|Central|Mountain)(?![\w/])/g;
const PLACEHOLDER_TIME = /^[\s*_]*(?:(?:yyyy|20xx|\d{4}|xxxx)[-/](?:mm|xx)[-/](?:dd|xx)\s*)?(?:hh|xx)[:.]?(?:mm|xx)\b|^[\s*_]*(?:yyyy|20xx)[-/]mm[-/]dd\b/i;
const TIME_HEADER = /\b(?:time|date|when|timestamp|clock|utc|hour)\b/i;

/** A zone named in a heading, a note line or a time column header. */
export function findDeclaredZone(text: string, start: number, zones: Record<string, string>, mustSayTimes: boolean): DeclaredZone | null {
  if (mustSayTimes && !/\b(?:times?|timestamps?|time\s*zone|timezone|tz)\b/i.test(text)) return null;
  ZONE_WORD.lastIndex = 0;
  for (let m = ZONE_WORD.exec(text); m; m = ZONE_WORD.exec(text)) {
    if (/^local/.test(m[0]) && !/\(local|times?\s+(?:are\s+)?(?:in\s+)?local|local\s+time/i.test(text)) continue;
    const zone = resolveZone(m[0], zones);
    if (zone) return { zone, start: start + m.index, end: start + m.index + m[0].length };
  }
  return null;
}

/** The section indexes that make up each timeline: a Timeline section and its sub-sections. */
function timelineSections(doc: PostmortemDocument): number[][] {
  const groups: number[][] = [];
  doc.sections.forEach((s, i) => {
    if (s.kind === 'timeline') groups.push([i]);
    else if (s.parentKind === 'timeline' && !s.kind && groups.length && doc.sections[groups[groups.length - 1][0]].bodyEnd >= s.end) groups[groups.length - 1].push(i);
  });
  return groups;
}

/** The date a block announces on its own ("### 2026-03-04", "01-10-2024", "**March 4**"). */
function dateOnly(text: string): CalendarDate | null {
  const t = text.replace(/^[\s*_#]+|[\s*_:.]+$/g, '');
  const ts = parseTimestampAt(t, 0);
  if (!ts?.date || ts.minutes !== null) return null;
  const rest = t.slice(ts.end).trim();
  return rest === '' ? ts.date : null;
}

/** Memoised per document and argument (several rules read it); see engine/block-cache.ts perDocument. */
const readTimelinesOnce = perDocument((doc: PostmortemDocument, zones: Record<string, string>) => readTimelinesUncached(doc, zones));
export function readTimelines(doc: PostmortemDocument, zones: Record<string, string> = {}): Timeline[] {
  return readTimelinesOnce(doc, zones);
}

function readTimelinesUncached(doc: PostmortemDocument, zones: Record<string, string> = {}): Timeline[] {
  const fm = doc.frontMatter?.data ?? {};
  const fmZone = ['timezone', 'time_zone', 'timeZone', 'tz'].map((k) => fm[k]).find((v) => typeof v === 'string') as string | undefined;
  const fmDeclared = fmZone ? resolveZone(fmZone, zones) : null;
  const out: Timeline[] = [];
  for (const group of timelineSections(doc)) {
    const head = doc.sections[group[0]];
    const timeline: Timeline = {
      section: group[0],
      declared: findDeclaredZone(head.heading, head.start, zones, false) ?? (fmDeclared && doc.frontMatter ? { zone: fmDeclared, start: doc.frontMatter.start, end: doc.frontMatter.end } : null),
      entries: [],
    };
    let date: CalendarDate | null = null;
    const blocks = doc.blocks.filter((b) => group.includes(b.section));
    const minDepth = Math.min(...blocks.filter((b) => b.kind === 'list-item').map((b) => b.depth ?? 0));
    for (const block of blocks) {
      if (block.kind === 'heading') {
        if (doc.sections[block.section]?.start === block.start && block.section !== group[0]) date = dateOnly(block.text) ?? date;
        timeline.declared ??= findDeclaredZone(block.text, block.start, zones, true);
        continue;
      }
      if (block.split) continue;
      if (block.kind === 'table-row' && !block.cells?.some((c) => c.text.trim())) continue; // an empty template row
      const ts = block.kind === 'table-row' ? rowTimestamp(block, zones) : shift(entryTimestamp(block.text, zones), block.start);
      if (block.kind === 'table-row' && !timeline.declared) {
        // "Date and Time in CET": the header cell sits in the table's first line, before this row.
        const cell = block.cells?.find((c) => TIME_HEADER.test(c.header));
        const at = cell ? doc.text.lastIndexOf(cell.header, block.start) : -1;
        if (cell && at >= 0) timeline.declared = findDeclaredZone(cell.header, at, zones, false);
      }
      if ((block.kind === 'paragraph' || block.kind === 'line') && !ts) {
        // Note lines ("All times UTC.") declare a zone; other untimed prose is a note, not an entry.
        timeline.declared ??= NOTE.test(block.text) ? findDeclaredZone(block.text, block.start, zones, true) : null;
        continue;
      }
      const alone = dateOnly(block.text);
      if (alone && ts?.minutes === null) {
        date = alone;
        if (block.kind !== 'list-item' && block.kind !== 'table-row') continue;
      }
      if (ts?.date) date = ts.date;
      const nested = block.kind === 'list-item' && (block.depth ?? 0) > minDepth;
      if (nested && !ts) continue;
      timeline.entries.push({ block, timestamp: ts, date: ts?.date ?? date, nested });
    }
    out.push(timeline);
  }
  return out;
}

// "At 14:02 …", "~14:05 …", "**Detected:** 2023-09-18 13:42": the time after a short lead-in.
const LEAD_IN = /^[\s*_]*(?:(?:at|@|~|around|about|approx(?:\.|imately)?|circa|ca\.)\s*|[\p{L}][\p{L} /-]{0,30}[*_]*:[*_]*\s+)/iu;

/** The timestamp an entry starts with, directly or after a short lead-in. */
function entryTimestamp(text: string, zones: Record<string, string>): Timestamp | null {
  const direct = parseTimestampAt(text, 0, { zones, loose: true });
  if (direct) return direct;
  const lead = LEAD_IN.exec(text);
  return lead ? parseTimestampAt(text, lead[0].length, { zones, loose: false }) : null;
}

/** A timestamp parsed from a piece of text, moved to source offsets. */
function shift(ts: Timestamp | null, by: number): Timestamp | null {
  if (!ts) return null;
  const out = { ...ts, start: ts.start + by, end: ts.end + by };
  if (ts.zoneStart !== undefined) {
    out.zoneStart = ts.zoneStart + by;
    out.zoneEnd = ts.zoneEnd! + by;
  }
  return out;
}

/** The timestamp of a table row: from the time column (by header), else the first cell that holds one. */
function rowTimestamp(block: Block, zones: Record<string, string>): Timestamp | null {
  const cells = block.cells ?? [];
  const byHeader = cells.find((c) => TIME_HEADER.test(c.header));
  for (const cell of byHeader ? [byHeader] : cells.slice(0, 2)) {
    // A template's placeholder ("20xx-MM-DD HH:mm", "hh:mm") stands for a timestamp.
    if (PLACEHOLDER_TIME.test(cell.text)) return { start: cell.start, end: cell.end, text: cell.text, date: null, minutes: null, relative: null, zone: null, clock: null };
    const ts = shift(parseTimestampAt(cell.text, 0, { zones, loose: true }), cell.start);
    if (ts) return ts;
  }
  return null;
}

/** True when a table row belongs to a table that is not a timeline (no time column, no timed rows). */
export function isTimedTable(block: Block, timeline: Timeline): boolean {
  const header = block.cells?.map((c) => c.header).join(' ') ?? '';
  if (TIME_HEADER.test(header)) return true;
  return timeline.entries.some((e) => e.block.kind === 'table-row' && e.timestamp && e.block.cells?.[0]?.header === block.cells?.[0]?.header);
}

