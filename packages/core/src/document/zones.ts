// Time zones as people write them in timelines: abbreviations, IANA names, offsets and "local".
// The abbreviation table is documented in rules/timeline-timezone.md; keep the two in step.

/** A zone written next to a timestamp or declared for a whole timeline. */
export interface Zone {
  /** As written: `PST`, `Europe/Berlin`, `+02:00`, `local`. */
  label: string;
  kind: 'abbreviation' | 'iana' | 'offset' | 'local' | 'ambiguous';
  /** Minutes east of UTC when the zone has one fixed offset (`PST`, `+02:00`, `UTC`). */
  offset?: number;
  /** IANA name when the offset depends on the date (`PT`, `Europe/Berlin`, a configured `IST`). */
  iana?: string;
  /** Identity for "is this the same zone": `PST` and `PDT` are both the Pacific family. */
  family: string;
}

type Entry = [offsetMinutes: number | null, family: string];

/** Fixed-offset and generic abbreviations. `null` offset = depends on the date (use the family's IANA name). */
export const ZONE_ABBREVIATIONS: Record<string, Entry> = {
  UTC: [0, 'UTC'],
  GMT: [0, 'UTC'],
  Z: [0, 'UTC'],
  UT: [0, 'UTC'],
  ZULU: [0, 'UTC'],
  PST: [-480, 'America/Los_Angeles'],
  PDT: [-420, 'America/Los_Angeles'],
  PT: [null, 'America/Los_Angeles'],
  MST: [-420, 'America/Denver'],
  MDT: [-360, 'America/Denver'],
  MT: [null, 'America/Denver'],
  CDT: [-300, 'America/Chicago'],
  CT: [null, 'America/Chicago'],
  EST: [-300, 'America/New_York'],
  EDT: [-240, 'America/New_York'],
  ET: [null, 'America/New_York'],
  AKST: [-540, 'America/Anchorage'],
  AKDT: [-480, 'America/Anchorage'],
  HST: [-600, 'Pacific/Honolulu'],
  AST: [-240, 'America/Halifax'],
  ADT: [-180, 'America/Halifax'],
  NST: [-210, 'America/St_Johns'],
  BRT: [-180, 'America/Sao_Paulo'],
  ART: [-180, 'America/Argentina/Buenos_Aires'],
  WET: [0, 'Europe/Lisbon'],
  WEST: [60, 'Europe/Lisbon'],
  BST: [60, 'Europe/London'],
  CET: [60, 'Europe/Berlin'],
  CEST: [120, 'Europe/Berlin'],
  MEZ: [60, 'Europe/Berlin'],
  MESZ: [120, 'Europe/Berlin'],
  EET: [120, 'Europe/Athens'],
  EEST: [180, 'Europe/Athens'],
  MSK: [180, 'Europe/Moscow'],
  WAT: [60, 'Africa/Lagos'],
  CAT: [120, 'Africa/Maputo'],
  EAT: [180, 'Africa/Nairobi'],
  SAST: [120, 'Africa/Johannesburg'],
  GST: [240, 'Asia/Dubai'],
  PKT: [300, 'Asia/Karachi'],
  NPT: [345, 'Asia/Kathmandu'],
  ICT: [420, 'Asia/Bangkok'],
  WIB: [420, 'Asia/Jakarta'],
  SGT: [480, 'Asia/Singapore'],
  HKT: [480, 'Asia/Hong_Kong'],
  PHT: [480, 'Asia/Manila'],
  AWST: [480, 'Australia/Perth'],
  JST: [540, 'Asia/Tokyo'],
  KST: [540, 'Asia/Seoul'],
  ACST: [570, 'Australia/Adelaide'],
  ACDT: [630, 'Australia/Adelaide'],
  AEST: [600, 'Australia/Sydney'],
  AEDT: [660, 'Australia/Sydney'],
  NZST: [720, 'Pacific/Auckland'],
  NZDT: [780, 'Pacific/Auckland'],
};

/** Abbreviations that name several zones: resolved only through config `zones` (e.g. `{ IST: Asia/Kolkata }`). */
export const AMBIGUOUS_ZONES: Record<string, string[]> = {
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CST: ['America/Chicago', 'Asia/Shanghai', 'America/Havana'],
};

/** Spelled-out regional names ("9:15am Pacific", "Eastern time"). */
const WORD_ZONES: Record<string, string> = {
  pacific: 'America/Los_Angeles',
  mountain: 'America/Denver',
  central: 'America/Chicago',
  eastern: 'America/New_York',
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(tz: string): Intl.DateTimeFormat | null {
  if (!formatters.has(tz)) {
    try {
      formatters.set(
        tz,
        new Intl.DateTimeFormat('en-US', {
          timeZone: tz,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        }),
      );
    } catch {
      formatters.set(tz, null);
    }
  }
  return formatters.get(tz) ?? null;
}

function isIanaZone(name: string): boolean {
  return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name) && formatter(name) !== null;
}

/** Offset (minutes east of UTC) of an IANA zone at a UTC instant, via Intl (Node 20 ships full ICU). */
export function ianaOffsetAt(tz: string, utcMs: number): number | undefined {
  const f = formatter(tz);
  if (!f) return undefined;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/** Offset of a zone for a wall-clock time on a date; undefined when it cannot be known (no date, "local", ambiguous). */
export function offsetFor(zone: Zone, wallUtcMs?: number): number | undefined {
  if (zone.offset !== undefined) return zone.offset;
  if (!zone.iana || wallUtcMs === undefined) return undefined;
  // Wall time read as UTC, corrected by the zone's offset at that instant (twice, for DST edges).
  const first = ianaOffsetAt(zone.iana, wallUtcMs);
  if (first === undefined) return undefined;
  return ianaOffsetAt(zone.iana, wallUtcMs - first * 60000) ?? first;
}

function fromOffset(label: string, sign: string, h: string, m: string | undefined): Zone | null {
  const hours = Number(h);
  const minutes = Number(m ?? 0);
  if (hours > 14 || minutes > 59) return null;
  const offset = (sign === '-' || sign === '−' ? -1 : 1) * (hours * 60 + minutes);
  return { label, kind: 'offset', offset, family: offset === 0 ? 'UTC' : `offset:${offset}` };
}

/**
 * Resolve a zone as written. `configured` maps ambiguous abbreviations to IANA names (config `zones`).
 * Returns null for text that is not a zone.
 */
export function resolveZone(label: string, configured: Record<string, string> = {}): Zone | null {
  const text = label
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (!text) return null;
  const upper = text.toUpperCase();
  const custom = configured[text] ?? configured[upper];
  if (custom) {
    const inner = custom === text ? null : resolveZone(custom);
    return inner ? { ...inner, label: text } : null;
  }
  if (/^local(?: time)?$/i.test(text)) return { label: text, kind: 'local', family: 'local' };
  const off = /^(?:(?:UTC|GMT)\s?)?([+−-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (off && (/^(UTC|GMT)/i.test(text) || /^[+−-]\d{2}:?\d{2}$/.test(text)))
    return fromOffset(text, off[1], off[2], off[3]);
  if (text === upper && ZONE_ABBREVIATIONS[upper]) {
    const [offset, family] = ZONE_ABBREVIATIONS[upper];
    return offset === null
      ? { label: text, kind: 'abbreviation', iana: family, family }
      : { label: text, kind: 'abbreviation', offset, family };
  }
  if (text === upper && AMBIGUOUS_ZONES[upper]) return { label: text, kind: 'ambiguous', family: `ambiguous:${upper}` };
  const word = WORD_ZONES[text.toLowerCase().replace(/\s+time$/, '')];
  if (word) return { label: text, kind: 'iana', iana: word, family: word };
  if (upper === 'UTC' || upper === 'GMT') return { label: text, kind: 'abbreviation', offset: 0, family: 'UTC' };
  if (isIanaZone(text)) {
    if (/^(Etc\/)?(UTC|GMT|UCT|Zulu)$/i.test(text)) return { label: text, kind: 'iana', offset: 0, family: 'UTC' };
    return { label: text, kind: 'iana', iana: text, family: text };
  }
  return null;
}

/** True when two zones are the same clock: same family, or the same known offset at the given instant. */
export function sameZone(a: Zone, b: Zone, wallUtcMs?: number): boolean {
  if (a.family === b.family) return true;
  const oa = offsetFor(a, wallUtcMs);
  const ob = offsetFor(b, wallUtcMs);
  return oa !== undefined && oa === ob;
}
