/**
 * Time windows written in prose: "between 14:02 and 14:43 UTC", "from November 11, 4:02 PM UTC to November 14,
 * 3:02 PM UTC", "from 9am until noon", "10:45–16:11". A window bounds an impact (summary-impact reads it as a
 * measure) and is one span of time, not a walk through events (summary-shape does not count its times).
 */

// A time of day: "14:02", "14:02:10", "4:02 PM", "9.30", "9h15", "9am", "11 p.m.", "noon", "midnight".
const TIME = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|\d{1,2}[.h]\d{2}|\d{1,2}\s?[ap]\.?m\b\.?|noon|midnight)`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?`;
const WINDOW = new RegExp(
  String.raw`\b(?:between|from)\b[^.;]{0,40}?${TIME}[^.;]{0,40}?\b(?:and|to|until|till|through)\b[^.;]{0,40}?${TIME}|${CLOCK}(?:\s*[A-Z]{2,5})?\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*${CLOCK}`,
  'gi',
);

/** The spans of the windows in a text, in order. */
export function timeWindows(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  WINDOW.lastIndex = 0;
  for (let m = WINDOW.exec(text); m; m = WINDOW.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}
