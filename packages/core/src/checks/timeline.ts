import type { CheckContext, CheckKind } from './types.js';
import { timelineParams } from './schemas/timeline.js';
import { readTimelines, isTimedTable, type Timeline, type TimelineEntry } from '../document/timeline.js';
import { formatClock } from '../document/timestamps.js';
import { formatDate } from '../document/dates.js';
import { offsetFor, type Zone } from '../document/zones.js';
import { checkZones } from './timeline-zone.js';
import { timelineFootprint } from '../document/timeline-footprint.js';

/**
 * Timeline structure: `problem` picks what a rule checks.
 *   timezone  — no zone, mixed zones, a zone other than the configured one (timeline-zone.ts)
 *   order     — an entry earlier than the one before it on the same date
 *   timestamp — an entry (list item or row of a timed table) without a timestamp
 */
export const timeline: CheckKind<'timeline'> = {
  name: 'timeline',
  footprint: timelineFootprint,
  params: timelineParams,
  run(ctx) {
    const problem = ctx.rule.params.problem;
    for (const t of readTimelines(ctx.doc, ctx.config.zones)) {
      if (problem === 'timezone') checkZones(ctx, t);
      else if (problem === 'order') checkOrder(ctx, t);
      else if (problem === 'timestamp') checkMissing(ctx, t);
    }
  },
};

export function messages(ctx: CheckContext<'timeline'>): Readonly<Record<string, string>> {
  return ctx.rule.params.messages ?? {};
}

/** The zone an entry's clock reads in: its own, else the declared one, else the first one written. */
export function referenceZone(t: Timeline): Zone | null {
  return t.declared?.zone ?? t.entries.find((e) => e.timestamp?.zone)?.timestamp?.zone ?? null;
}

/** Wall-clock date as a UTC instant, for zone offsets that depend on the date (DST). */
export function wallMs(e: TimelineEntry, fallbackYear: number): number | undefined {
  if (!e.date) return undefined;
  return Date.UTC(e.date.year ?? fallbackYear, e.date.month - 1, e.date.day) + (e.timestamp?.minutes ?? 0) * 60000;
}

function checkOrder(ctx: CheckContext<'timeline'>, t: Timeline): void {
  const ref = referenceZone(t);
  const year = ctx.now.getUTCFullYear();
  let prev: { value: number; day: string; family: string | null; relative: boolean; entry: TimelineEntry } | null =
    null;
  for (const e of t.entries) {
    const ts = e.timestamp;
    if (!ts) continue;
    const day = e.date ? formatDate(e.date) : e.day !== undefined ? `@${e.day}` : '';
    if (ts.minutes === null && ts.relative === null) {
      prev = null; // a date alone starts a new day
      continue;
    }
    const zone = ts.zone ?? ref;
    const offset = zone ? offsetFor(zone, wallMs(e, year)) : 0;
    const relative = ts.relative !== null;
    const value = relative ? ts.relative! : ts.minutes! - (offset ?? 0);
    const family = offset === undefined ? (zone?.family ?? null) : 'known';
    const cur = { value, day, family, relative, entry: e };
    if (prev && prev.day === day && prev.relative === relative && prev.family === family && value < prev.value) {
      const m = messages(ctx);
      const before = prev.entry.timestamp!;
      const wrap = !relative && prev.value - value > 12 * 60 && !e.date;
      ctx.report({
        start: ts.start,
        end: ts.end,
        message: wrap ? m.midnight : m.backwards,
        data: { previous: before.text, time: ts.text, previousClock: formatClock(before.minutes ?? 0) },
      });
    }
    prev = cur;
  }
}

const NOTE_ITEM =
  /^\W*(?:(?:all\s+)?times?\b|note\b|nb\b|source\b|see\b|more\s+details?\b|for\s+(?:more|details)\b|\(?times?\s+are\b)/i;

function checkMissing(ctx: CheckContext<'timeline'>, t: Timeline): void {
  for (const e of t.entries) {
    if (e.timestamp || e.nested) continue;
    const b = e.block;
    if (b.kind === 'table-row' && !isTimedTable(b, t)) continue;
    if (b.kind !== 'list-item' && b.kind !== 'table-row') continue;
    const text = b.text.trim();
    // Notes, links alone and placeholders are not entries.
    if (
      !text ||
      NOTE_ITEM.test(text) ||
      /^(?:!?\[[^\]]*\]\([^)]*\)|<[^>]+>|https?:\/\/\S+)\s*$/.test(text) ||
      /^[-–—.…]+$/.test(text)
    )
      continue;
    // A row points at its first filled cell; an item at its first line.
    const cell = b.cells?.find((c) => c.text.trim());
    const start = cell ? cell.start : b.start;
    const firstLine = cell ? cell.text : b.text.split('\n')[0];
    ctx.report({ start, end: start + Math.max(1, Math.min(firstLine.length, 80)), message: messages(ctx).missing });
  }
}
