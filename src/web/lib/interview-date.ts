/** Days until the interview, counted in calendar days on the user's own clock. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses YYYY-MM-DD as a calendar date (no time zone), or undefined if it is not one. */
function calendarDay(isoDate: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function daysUntil(isoDate: string, today: Date = new Date()): number | undefined {
  const target = calendarDay(isoDate);
  if (target === undefined) return undefined;
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / DAY_MS);
}

export function formatCalendarDate(isoDate: string): string {
  const day = calendarDay(isoDate);
  if (day === undefined) return isoDate;
  return new Intl.DateTimeFormat(undefined, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(day);
}

export function describeDaysLeft(days: number): string {
  if (days > 1) return `${days} days to go`;
  if (days === 1) return "Tomorrow";
  if (days === 0) return "Today";
  if (days === -1) return "Yesterday";
  return `${-days} days ago`;
}
