// Calendar dates as written in postmortems: ISO, US and European numeric forms, and month names.
// Used by timestamps (date sub-headings, dated entries) and by action items (due dates).

export interface CalendarDate {
  /** Null when the text gave no year ("Mar 4"). */
  year: number | null;
  month: number;
  day: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** How a document writes numeric dates whose order the numbers alone do not settle (`03/06/2026`). */
export type DateOrder = 'month-first' | 'day-first';

const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray, order: DateOrder) => CalendarDate; weak?: boolean }> = [
  { re: /^(\d{4})-(\d{2})-(\d{2})(?!\d)/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  // US order unless the first number cannot be a month (then day first): 07-27-2023, 27/07/2023.
  { re: /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?!\d)/, read: (m, o) => us(+m[4], +m[1], +m[3], o) },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, read: (m) => ({ year: +m[3], month: +m[2], day: +m[1] }) },
  // `24/07/25`: a two-digit year, with slashes only (`1.2.25` is a version).
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/, read: (m, o) => us(2000 + +m[3], +m[1], +m[2], o) },
  {
    re: new RegExp(`^${MONTH_NAME}\\s+${DAY}(?:,?\\s+(\\d{4}))?(?![\\d:])`, 'i'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: month(m[1]), day: +m[2] }),
  },
  {
    re: new RegExp(`^${DAY}\\s+${MONTH_NAME}(?:,?\\s+(\\d{4}))?(?![\\w:])`, 'i'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: month(m[2]), day: +m[1] }),
  },
  // `15-Jan-2027`, `29-Nov`: day and month name joined by dashes.
  {
    re: new RegExp(`^${DAY}-${MONTH_NAME}(?:-(\\d{4}))?(?![\\w:-])`, 'i'),
    read: (m) => ({ year: m[3] ? +m[3] : null, month: month(m[2]), day: +m[1] }),
  },
  // `3/4` alone is a date only where a date is expected (a date heading); a fraction elsewhere.
  { re: /^(\d{1,2})\/(\d{1,2})(?![\d/])/, read: (m, o) => us(null, +m[1], +m[2], o), weak: true },
  // `03-26 02:50`: month and day without a year, a date only when a time follows (as `3/4` above).
  { re: /^(\d{1,2})-(\d{1,2})(?![\d-])/, read: (m, o) => us(null, +m[1], +m[2], o), weak: true },
];

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The document's order unless the numbers settle it: 27/07/2023 is day first, 07/27/2023 month first. */
function us(year: number | null, a: number, b: number, order: DateOrder = 'month-first'): CalendarDate {
  if (a > 12 && b <= 12) return { year, month: b, day: a };
  if (b > 12 && a <= 12) return { year, month: a, day: b };
  return order === 'day-first' ? { year, month: b, day: a } : { year, month: a, day: b };
}

const NUMERIC = /(?<![\d./-])(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?![\d/-])/g;
const DECLARED_DAY_FIRST = /\bdd[/.-]mm[/.-](?:yy|yyyy)\b|\bday[- ]first\b/i;
const DECLARED_MONTH_FIRST = /\bmm[/.-]dd[/.-](?:yy|yyyy)\b/i;

/** Whether a text holds anything `dateOrderOf` counts: a declaration, or a numeric date with its year. */
export function mentionsDateOrder(text: string): boolean {
  return text.search(NUMERIC) !== -1 || DECLARED_DAY_FIRST.test(text) || DECLARED_MONTH_FIRST.test(text);
}

/**
 * How a document orders day and month: as it declares ("Dates are DD/MM/YYYY"), else as its unambiguous
 * dates show (a `18/12/2026` and no `12/18/2026`), else month first.
 */
export function dateOrderOf(text: string): DateOrder {
  if (DECLARED_DAY_FIRST.test(text)) return 'day-first';
  if (DECLARED_MONTH_FIRST.test(text)) return 'month-first';
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC)) {
    if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
    else if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'day-first' : 'month-first';
}

function valid(d: CalendarDate): boolean {
  return (
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= 31 &&
    (d.year === null || (d.year >= 1970 && d.year <= 2200))
  );
}

/** Parse a calendar date starting exactly at `s[i]`. */
export function parseDateAt(
  s: string,
  i: number,
  order: DateOrder = 'month-first',
): { date: CalendarDate; end: number; weak: boolean } | null {
  const rest = s.slice(i, i + 40);
  for (const form of FORMS) {
    const m = form.re.exec(rest);
    if (!m) continue;
    const date = form.read(m, order);
    if (!valid(date)) return null;
    return { date, end: i + m[0].length, weak: Boolean(form.weak) };
  }
  return null;
}

/** Days since 1970-01-01 (UTC) for a date with a year. */
export function dayNumber(d: { year: number; month: number; day: number }): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function formatDate(d: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year ?? '????'}-${pad(d.month)}-${pad(d.day)}`;
}

/** A due date: an exact day, or the last day of a month, quarter, half or year ("Q4 2026"). */
export interface DueDate {
  start: number;
  end: number;
  text: string;
  /** The last day the item may be done on. */
  date: { year: number; month: number; day: number };
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const PERIOD = new RegExp(
  `(?<![\\w-])(?:(?:end of |eo)?(?:(Q[1-4]|H[12])\\s*(?:FY)?'?(\\d{4}|\\d{2})|${MONTH_NAME},?\\s+(\\d{4})|(?:FY\\s?)?(\\d{4})-(Q[1-4]|H[12]))|(?:(?:the )?end of (?:the year )?|eoy\\s*)(20\\d\\d)|(?:the )?(first|second|third|fourth) (quarter|half) of (20\\d\\d))(?![\\w-])`,
  'gi',
);

const ISO_WEEK = /(?<![\w-])(\d{4})-?W(\d{2})(?![\w-])/;

/** Find the first due date in a text: a full date anywhere, else a period such as `Q4 2026` or `July 2026`. */
export function findDueDate(s: string, fallbackYear?: number, order: DateOrder = 'month-first'): DueDate | null {
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && /[\w]/.test(s[i - 1])) continue;
    if (!/[\dA-Za-z]/.test(s[i])) continue;
    const d = parseDateAt(s, i, order);
    if (!d || d.weak) continue;
    const year = d.date.year ?? fallbackYear;
    if (!year) continue;
    return {
      start: i,
      end: d.end,
      text: s.slice(i, d.end),
      date: { year, month: d.date.month, day: d.date.day },
      precision: 'day',
    };
  }
  const week = ISO_WEEK.exec(s);
  if (week) {
    // An ISO week (`2027-W05`) is due on its Sunday: the Thursday of week 1 is in January, on or after the 1st.
    const year = +week[1]!;
    const jan4 = Date.UTC(year, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
    const sunday = new Date(monday1 + ((+week[2]! - 1) * 7 + 6) * 86400000);
    if (+week[2]! >= 1 && +week[2]! <= 53) {
      return {
        start: week.index,
        end: week.index + week[0].length,
        text: week[0],
        date: { year: sunday.getUTCFullYear(), month: sunday.getUTCMonth() + 1, day: sunday.getUTCDate() },
        precision: 'day',
      };
    }
  }
  PERIOD.lastIndex = 0;
  const m = PERIOD.exec(s);
  if (!m) return null;
  const base = { start: m.index, end: m.index + m[0].length, text: m[0] };
  const period = (m[1] ?? m[6])?.toUpperCase();
  // "end of 2027": due on the year's last day.
  if (m[7]) return { ...base, date: { year: Number(m[7]), month: 12, day: 31 }, precision: 'year' };
  // "the first quarter of 2027", "the second half of 2027": as Q1 2027, H2 2027.
  if (m[8]) {
    const n = ['first', 'second', 'third', 'fourth'].indexOf(m[8].toLowerCase()) + 1;
    const quarter = m[9]!.toLowerCase() === 'quarter';
    // "the third half of 2027" is no period.
    if (!quarter && n > 2) return null;
    const endMonth = quarter ? n * 3 : n * 6;
    const year = Number(m[10]);
    return {
      ...base,
      date: { year, month: endMonth, day: lastDay(year, endMonth) },
      precision: quarter ? 'quarter' : 'half',
    };
  }
  const yearText = m[2] ?? m[4] ?? m[5];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (period) {
    const n = Number(period[1]);
    const endMonth = period[0] === 'Q' ? n * 3 : n * 6;
    return {
      ...base,
      date: { year, month: endMonth, day: lastDay(year, endMonth) },
      precision: period[0] === 'Q' ? 'quarter' : 'half',
    };
  }
  const mon = month(m[3]);
  return { ...base, date: { year, month: mon, day: lastDay(year, mon) }, precision: 'month' };
}
