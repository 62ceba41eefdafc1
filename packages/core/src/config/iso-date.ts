/**
 * An ISO date ("2026-01-31", or a date and time such as "2026-01-31T09:00:00Z") whose day exists. Date.parse
 * alone takes "2026-02-30" and reads it as March 2: a typo in `--now` or config `now` would silently shift
 * every overdue check.
 */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/.exec(text);
  if (!m || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}
