// Calendar dates as YYYY-MM-DD strings, compared as text (ISO order is date order). No clock:
// "today" is always passed in by the caller.

/** A date written YYYY-MM-DD (not checked for being a real date: see `isRealDate`). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A quarter written YYYY-Qn, n from 1 to 4. */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Is `text` a YYYY-MM-DD date that exists in the (proleptic Gregorian) calendar? `2026-02-30` is not. */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The YYYY-MM-DD date `days` days after `isoDate` (before it when negative), in UTC. `isoDate`
 * must be a real YYYY-MM-DD date; anything else gives an unspecified string or throws a RangeError.
 */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later, 0 on the same
 * day. NaN when either is not a date.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** First day of a "YYYY-Qn" quarter. */
export function quarterStart(quarter: string): string | undefined {
  const match = QUARTER.exec(quarter);
  if (!match) return undefined;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, "0")}-01`;
}

/** Today's date in the local calendar of the machine, for adapters (never called by rules). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
