// Where the time of a timeline entry is written: at the start of a line, after a short lead-in, in a time
// column (or a date column beside a time column), or as a template's placeholder.
import type { Block, TableCell } from './types.js';
import { parseTimestampAt, type Timestamp } from './timestamps.js';
import type { CalendarDate } from './dates.js';
import { BoundedCache, bytes, flat, MB, own } from '../engine/bounded-cache.js';

const PLACEHOLDER_TIME =
  /^[\s*_]*(?:(?:yyyy|20xx|\d{4}|xxxx)[-/](?:mm|xx)[-/](?:dd|xx)\s*)?(?:hh|xx)[:.]?(?:mm|xx)\b|^[\s*_]*(?:yyyy|20xx)[-/]mm[-/]dd\b/i;
// A template's slot where the time goes: `${timestamp}`, `{{time}}`, `<time>`, `[timestamp]`, `HH:MM`.
const PLACEHOLDER_SLOT =
  /^[\s*_]*(?:\$\{[^}\n]*\}|\{\{[^}\d\n]*\}\}|<(?:time|timestamp|date|datetime|when)[^>\n]*>|\[(?:time|timestamp|date|datetime|when)[^\]\n]*\])/i;
export const TIME_HEADER = /\b(?:time|date|when|timestamp|clock|utc|hour)\b/i;
const DATE_HEADER = /\b(?:date|day)\b/i;
const WEEKDAY_NAME = /^\(?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\)?$/i;

// "At 14:02 …", "~14:05 …", "**Detected:** 2023-09-18 13:42", "Between 02:00 and 02:30 PM": the time after a short lead-in.
const LEAD_IN =
  /^[\s*_]*(?:(?:at|@|~|around|about|approx(?:\.|imately)?|circa|ca\.|between|from)\s*|[\p{L}][\p{L} /-]{0,30}[*_]*:[*_]*\s+)/iu;

const LABEL = /^[\s*_]*\p{L}[\p{L} -]{0,30}?\s+(?=\d)/u;

/** A placeholder that stands for a timestamp in a template (never a finding). */
export function placeholder(text: string, start: number): Timestamp | null {
  const m = PLACEHOLDER_TIME.exec(text) ?? PLACEHOLDER_SLOT.exec(text);
  return m
    ? {
        start,
        end: start + m[0].length,
        text: m[0],
        date: null,
        minutes: null,
        relative: null,
        zone: null,
        clock: null,
      }
    : null;
}

/**
 * The timestamp an entry starts with, directly or after a short lead-in; source offsets from `at`.
 * `speakers`: also a chat log's speaker line (in a Timeline section; elsewhere a transcript is a record).
 */
export function entryTimestamp(
  text: string,
  at: number,
  zones: Record<string, string>,
  speakers = true,
  origin?: Block,
): Timestamp | null {
  return remembered(
    origin,
    speakers ? 's' : '',
    () => text,
    zones,
    at,
    () => readEntryTimestamp(text, zones, speakers),
  );
}

/** `entryTimestamp` of a block's own text, found by the block's origin while its part is unchanged. */
export function blockTimestamp(block: Block, zones: Record<string, string>, speakers = true): Timestamp | null {
  return entryTimestamp(block.text, block.start, zones, speakers, block.origin);
}

/** The same, at offsets into `text` (`remembered` moves them to the source). */
function readEntryTimestamp(text: string, zones: Record<string, string>, speakers: boolean): Timestamp | null {
  const direct = parseTimestampAt(text, 0, { zones, loose: true });
  if (direct) return direct;
  const lead = LEAD_IN.exec(text);
  const led = lead ? parseTimestampAt(text, lead[0].length, { zones, loose: false }) : null;
  if (led) return led;
  // "First detected 2020-09-21 18:27", "Repaired 2022-01-22 13:59": a label, then a full date and time.
  const label = LABEL.exec(text);
  const labelled = label ? parseTimestampAt(text, label[0].length, { zones, loose: false }) : null;
  if (labelled?.date && labelled.minutes !== null) return labelled;
  return (speakers ? spokenAt(text, zones) : null) ?? placeholder(text, 0);
}

// A chat log's speaker line: "liggitt [6:27 AM]", "**ana** 14:02", "@ben (14:05):"; the message follows it.
const SPEAKER = /^[\s*_]*@?\p{L}[\p{L}\d._-]{0,30}(?:\s\p{L}[\p{L}\d._-]{0,30})?[*_]*:?\s+(?=[[(]?\d)/u;

/** The time of a speaker line, which ends with its time (a name before a time in a sentence is not one). */
function spokenAt(text: string, zones: Record<string, string>): Timestamp | null {
  const m = SPEAKER.exec(text);
  const ts = m ? parseTimestampAt(text, m[0].length, { zones, loose: false }) : null;
  return ts && ts.minutes !== null && /^[\])]?[\s:*_]*(?:\n|$)/.test(text.slice(ts.end)) ? ts : null;
}

/**
 * Timestamps by what they are read from, at offsets relative to its start: every timeline entry is read again
 * on each keystroke of a long postmortem, and only the edited one has changed. Keyed by the config's zones too
 * (as text: each lint gets its own copy of the config).
 */
const timestamps = new BoundedCache<string, { ts: Timestamp | null }>(4 * MB, (k) => bytes(k, 256));
const zoneKeys = new WeakMap<Record<string, string>, string>();
/**
 * The same entries by the part block a block was placed from (`Block.origin`), by kind of read and zones: no key
 * of the block's text to build, hash and compare on every keystroke. They go when the part leaves the part cache.
 */
const byOrigin = new WeakMap<Block, Map<string, Map<string, { ts: Timestamp | null }>>>();

function remembered(
  origin: Block | undefined,
  kind: string,
  key: () => string,
  zones: Record<string, string>,
  at: number,
  read: () => Timestamp | null,
): Timestamp | null {
  let z = zoneKeys.get(zones);
  if (z === undefined) zoneKeys.set(zones, (z = JSON.stringify(zones)));
  let byKind = origin && byOrigin.get(origin);
  let hit = byKind?.get(kind)?.get(z);
  if (hit === undefined) {
    const full = `${z}\u0000${kind}\u0000${key()}`;
    hit = timestamps.get(full);
    if (hit === undefined) timestamps.set(flat(full), (hit = { ts: own(read()) }));
    if (origin) {
      if (!byKind) byOrigin.set(origin, (byKind = new Map()));
      let byZones = byKind.get(kind);
      if (!byZones) byKind.set(kind, (byZones = new Map()));
      byZones.set(z, hit);
    }
  }
  const ts = shift(hit.ts, at);
  return ts?.date ? { ...ts, date: { ...ts.date } } : ts;
}

/** A timestamp parsed from a piece of text, moved to source offsets. */
export function shift(ts: Timestamp | null, by: number): Timestamp | null {
  if (!ts) return null;
  const out = { ...ts, start: ts.start + by, end: ts.end + by };
  if (ts.zoneStart !== undefined) {
    out.zoneStart = ts.zoneStart + by;
    out.zoneEnd = ts.zoneEnd! + by;
  }
  return out;
}

const datesByOrigin = new WeakMap<Block, { date: CalendarDate | null }>();

/** `dateOnly` of a block's own text, found by the block's origin while its part is unchanged (a copy: entries take it). */
export function blockDate(block: Block): CalendarDate | null {
  if (!block.origin) return dateOnly(block.text);
  let hit = datesByOrigin.get(block.origin);
  if (!hit) datesByOrigin.set(block.origin, (hit = { date: dateOnly(block.text) }));
  return hit.date && { ...hit.date };
}

/** The date a block announces on its own ("### 2026-03-04", "01-10-2024", "**March 4**", "2025-07-27 Sunday"). */
export function dateOnly(text: string): CalendarDate | null {
  const t = text.replace(/^[\s*_#]+|[\s*_:.#]+$/g, '');
  const ts = parseTimestampAt(t, 0);
  if (!ts?.date || ts.minutes !== null) return null;
  const rest = t.slice(ts.end).replace(/^[\s,–—-]+/, '');
  return rest === '' || WEEKDAY_NAME.test(rest) ? ts.date : null;
}

// A day named without its date: "### Tuesday", "**Day 2**", "The next morning".
const DAY_MARKER =
  /^[\s*_#]*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|day\s+\d{1,2}|(?:the\s+)?(?:next|following)\s+(?:day|morning))[\s*_:.#]*$/i;

/** True when a block names a new day without giving its date. */
export function dayMarker(text: string): boolean {
  return text.length < 40 && DAY_MARKER.test(text);
}

/**
 * The timestamp of a table row: from the time column (by header), else the first cell that holds one. A date
 * column beside a time column ("Date | Time | Event") gives the time its date.
 */
export function rowTimestamp(block: Block, zones: Record<string, string>): Timestamp | null {
  const at = block.start;
  const key = () => (block.cells ?? []).map((c) => `${c.header}\u0001${c.text}\u0001${c.start - at}`).join('\u0002');
  return remembered(block.origin, 'r', key, zones, at, () => shift(readRowTimestamp(block, zones), -at));
}

function readRowTimestamp(block: Block, zones: Record<string, string>): Timestamp | null {
  const cells = block.cells ?? [];
  const byHeader =
    cells.find((c) => TIME_HEADER.test(c.header) && !/^\W*(?:date|day)\W*$/i.test(c.header)) ??
    cells.find((c) => TIME_HEADER.test(c.header));
  let date: CalendarDate | null = null;
  for (const cell of byHeader ? [byHeader] : cells.slice(0, 2)) {
    // A template's placeholder ("20xx-MM-DD HH:mm", "hh:mm") stands for a timestamp.
    const slot = placeholder(cell.text, cell.start);
    if (slot) return slot;
    const ts = shift(parseTimestampAt(cell.text, 0, { zones, loose: true }), cell.start);
    if (ts) {
      if (ts.minutes === null && ts.relative === null && !byHeader) {
        date ??= ts.date;
        continue;
      }
      if (!ts.date && !date) date = dateCell(block, byHeader);
      return date && !ts.date ? { ...ts, date } : ts;
    }
  }
  return null;
}

/** The date in a "Date" column other than the time column. */
function dateCell(block: Block, timeCell: TableCell | undefined): CalendarDate | null {
  const cell = block.cells?.find((c) => c !== timeCell && DATE_HEADER.test(c.header));
  return cell ? (parseTimestampAt(cell.text, 0)?.date ?? null) : null;
}
