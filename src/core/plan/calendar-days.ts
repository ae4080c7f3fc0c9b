/**
 * Calendar-day arithmetic on ISO dates (`2026-03-01`). The plan works in whole days, and the
 * caller decides which day "today" is in the user's time zone, so everything here is UTC and
 * never reads the clock.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a calendar day. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function dateFromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar day (UTC) of an ISO timestamp or date. */
export function dateOf(timestamp: string): IsoDate {
  if (ISO_DATE.test(timestamp)) return timestamp;
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO timestamp: ${timestamp}`);
  return new Date(time).toISOString().slice(0, 10);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
