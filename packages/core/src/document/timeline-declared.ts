// The zone a timeline declares once for all its times: in its heading ("Timeline (PST)", "(All times CEST)"),
// a note line ("All times in PST/PDT.", "_all times are in UTC_", "All events are documented in UTC time."),
// a time column's header, front matter, or a note line near the top of the document that speaks for every time in it.
import type { Block, PostmortemDocument } from './types.js';
import { resolveZone, type Zone } from './zones.js';

export interface DeclaredZone {
  zone: Zone;
  start: number;
  end: number;
}

/** A line in a timeline that is a note about it, not an event ("All times UTC.", "Note: …", "Source: …"). */
export const NOTE =
  /^[\W_]*(?:(?:all\s+)?(?:(?:dates?\s+(?:and|&)\s+)?times?|timestamps?|events?)\s+(?:are\s+)?(?:shown\s+|given\s+|listed\s+|documented\s+|recorded\s+)?(?:in\s+)?|time\s*zone\s*[:=]?\s*|note\b|source\b|see\b|for\s+more\b|(?:this|the)\s+timeline\b|times\s+are\s+approximate)/i;
// Letters, digits and `/` continue a word; `_` is emphasis here (`_all times UTC_`).
const ZONE_WORD =
  /(?<![\p{L}\d/])(?:[A-Z]{2,5}\/[A-Z]{2,5}|[A-Z]{2,5}(?:[+−-]\d{1,2}(?::?\d{2})?)?|[A-Z][a-z]+\/[A-Za-z_/]+|local(?: time)?|Pacific|Eastern|Central|Mountain)(?![\p{L}\d/])/gu;
const SAYS_TIMES = /\b(?:times?|timestamps?|time\s*zone|timezone|tz|events?|clock)\b/i;
// A document-wide declaration opens its line: "All times in PDT (UTC-7).", "Times are UTC.", "(All times CEST)".
const DOCUMENT_NOTE = /^[\W_]*(?:note:?\s*)?(?:all\s+)?(?:(?:dates?\s+(?:and|&)\s+)?times?|timestamps?|events?)\b/i;

/** A zone named in a heading, a note line or a time column header. */
export function findDeclaredZone(
  text: string,
  start: number,
  zones: Record<string, string>,
  mustSayTimes: boolean,
): DeclaredZone | null {
  if (mustSayTimes && !SAYS_TIMES.test(text)) return null;
  ZONE_WORD.lastIndex = 0;
  for (let m = ZONE_WORD.exec(text); m; m = ZONE_WORD.exec(text)) {
    if (/^local/.test(m[0]) && !/\(local|times?\s+(?:are\s+)?(?:in\s+)?local|local\s+time/i.test(text)) continue;
    const zone = pairZone(m[0], zones) ?? resolveZone(m[0], zones);
    if (zone) return { zone, start: start + m.index, end: start + m.index + m[0].length };
  }
  return null;
}

/** "PST/PDT": the standard and daylight names of one zone, which is then read by the date (DST). */
function pairZone(label: string, zones: Record<string, string>): Zone | null {
  const [a, b] = label.split('/');
  if (!b) return null;
  const za = resolveZone(a!, zones);
  const zb = resolveZone(b, zones);
  if (!za || !zb || za.family !== zb.family) return za ?? zb;
  return za.family === 'UTC' ? za : { label, kind: 'iana', iana: za.family, family: za.family };
}

/** Whether a block may be the note that declares the zone of every timeline ("All times are UTC."). */
export function notesZone(b: Block): boolean {
  return (b.kind === 'paragraph' || b.kind === 'line') && DOCUMENT_NOTE.test(b.text);
}

/** A short note line anywhere in the document that declares the zone of all its times. */
export function documentDeclaredZone(doc: PostmortemDocument, zones: Record<string, string>): DeclaredZone | null {
  for (const b of doc.blocks) {
    if (b.text.length > 160 || !notesZone(b)) continue;
    const found = findDeclaredZone(b.text, b.start, zones, true);
    if (found) return found;
  }
  return null;
}
