// timeline-timezone: a timeline readers in several offices can agree on states its zone once,
// uses one zone, and uses the team's zone (config `timezone` or the rule's `zone` option, default UTC).
import type { CheckContext, FindingSuggestion } from './types.js';
import type { Timeline, TimelineEntry } from '../document/timeline.js';
import { formatClock, type Timestamp } from '../document/timestamps.js';
import { ianaOffsetAt, offsetFor, resolveZone, sameZone, type Zone } from '../document/zones.js';
import { messages, referenceZone, wallMs } from './timeline.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function targetZone(ctx: CheckContext<'timeline'>): Zone {
  const name = String(ctx.options.zone ?? ctx.config.timezone ?? 'UTC');
  return resolveZone(name, ctx.config.zones) ?? { label: name, kind: 'abbreviation', offset: 0, family: 'UTC' };
}

/** The same instant written in the target zone, when both offsets are known; null otherwise. */
export function convert(ts: Timestamp, from: Zone, to: Zone, e: TimelineEntry, year: number): string | null {
  if (ts.minutes === null || ts.range) return null;
  const wall =
    wallMs(e, year) ??
    (from.offset !== undefined && to.offset !== undefined ? Date.UTC(year, 0, 1) + ts.minutes * 60000 : undefined);
  const fromOffset = offsetFor(from, wall);
  if (fromOffset === undefined || wall === undefined) return null;
  const utc = wall - fromOffset * 60000;
  const toOffset = to.offset ?? (to.iana ? ianaOffsetAt(to.iana, utc) : undefined);
  if (toOffset === undefined) return null;
  const target = new Date(utc + toOffset * 60000);
  const clock = formatClock(target.getUTCHours() * 60 + target.getUTCMinutes() + target.getUTCSeconds() / 60);
  const label = to.label === 'Z' ? 'UTC' : to.label;
  if (ts.date) {
    const d = { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() };
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = ts.date.year !== null ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${MONTHS[d.month - 1]} ${d.day},`;
    return `${date} ${clock} ${label}`;
  }
  const shift = Math.floor((ts.minutes * 60000 - fromOffset * 60000 + toOffset * 60000) / 86400000);
  return `${clock} ${label}${shift > 0 ? ' (next day)' : shift < 0 ? ' (previous day)' : ''}`;
}

function fix(
  ctx: CheckContext<'timeline'>,
  ts: Timestamp,
  from: Zone,
  to: Zone,
  e: TimelineEntry,
): FindingSuggestion[] | undefined {
  const text = convert(ts, from, to, e, ctx.now.getUTCFullYear());
  if (!text) return undefined;
  return [{ description: `Convert to ${to.label}: ${text}`, start: ts.start, end: ts.end, text }];
}

export function checkZones(ctx: CheckContext<'timeline'>, t: Timeline): void {
  const m = messages(ctx);
  const target = targetZone(ctx);
  const timed = t.entries.filter((e) => e.timestamp && e.timestamp.minutes !== null);
  if (!timed.length) return;
  const ref = referenceZone(t);
  const year = ctx.now.getUTCFullYear();
  const declared = t.declared;
  const first = timed[0].timestamp!;
  const explain = (z: Zone) => (z.kind === 'local' ? m.local : z.kind === 'ambiguous' ? m.ambiguous : m.other);

  if (declared && !sameZone(declared.zone, target, wallMs(timed[0], year))) {
    // A declared zone lives in a heading, a note line or a column header (-1: not in the text).
    const at = declared.start >= 0 ? declared : { start: first.start, end: first.end };
    ctx.report({
      start: at.start,
      end: at.end,
      message: explain(declared.zone),
      data: { zone: declared.zone.label, target: target.label },
    });
  }
  if (!declared && !timed[0].timestamp!.zone) {
    ctx.report({ start: first.start, end: first.end, message: m.missing, data: { target: target.label } });
  }
  for (const e of timed) {
    const ts = e.timestamp!;
    if (!ts.zone) continue;
    const at = { start: ts.zoneStart ?? ts.start, end: ts.zoneEnd ?? ts.end };
    const wall = wallMs(e, year);
    const data = { zone: ts.zone.label, reference: ref?.label ?? '', target: target.label };
    if (ref && !sameZone(ts.zone, ref, wall)) {
      ctx.report({ ...at, message: m.mixed, data, suggestions: fix(ctx, ts, ts.zone, target, e) });
    } else if (!declared && !sameZone(ts.zone, target, wall)) {
      ctx.report({ ...at, message: explain(ts.zone), data, suggestions: fix(ctx, ts, ts.zone, target, e) });
    }
  }
}
