/**
 * Calendar dates as Indonesian staff type them: `15/01/2026` (also `15-1-2026`,
 * `15.01.2026`). Forms show and post this; the server's date schema turns it into ISO.
 */

/** Text shaped like a typed day/month/year or an ISO date, whether or not the day exists. */
export const DAY_MONTH_YEAR_SHAPE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
export const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date of typed `dd/mm/yyyy` text; null when it is no real calendar day (31/02/2026). */
export function parseDayMonthYear(text: string): string | null {
  const m = DAY_MONTH_YEAR_SHAPE.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** `2026-01-15` → `15/01/2026`; any other text is returned as it is (what the user typed). */
export function toDayMonthYear(value: string): string {
  const m = ISO_SHAPE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
