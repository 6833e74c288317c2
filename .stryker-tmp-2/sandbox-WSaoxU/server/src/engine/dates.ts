// @ts-nocheck
// Calendar dates as YYYY-MM-DD strings, compared as text (ISO order is date order). No clock:
// "today" is always passed in by the caller.

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

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
