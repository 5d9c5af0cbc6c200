/**
 * Calendar days in a shop's own time zone. A day of a daily summary runs from local midnight to
 * local midnight, whatever the UTC offset (23 or 25 hours on the days clocks change).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(instant: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date | string, timeZone: string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const p = parts(at, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetMs(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The date after `date` (YYYY-MM-DD), by the calendar. */
export function nextDate(date: string): string {
  return daysAfter(date, 1);
}

/**
 * The date `days` before `date` (YYYY-MM-DD), by the calendar. Not an instant less 24-hour
 * steps: across a change of the clocks, late in the evening, two of those name one local date.
 */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The date `days` after `date` (YYYY-MM-DD), by the calendar: a due date `days` days of credit on. */
export function daysAfter(date: string, days: number): string {
  return daysBefore(date, -days);
}

/** The instant local midnight begins `date` in the zone. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // The offset at midnight is the offset a moment before or after; two rounds settle a change.
  let guess = midnightUtc - offsetMs(new Date(midnightUtc), timeZone);
  guess = midnightUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** When a day has closed for booking: the next local midnight plus the grace period. */
export function dayClosesAt(date: string, timeZone: string, graceMinutes: number): Date {
  return new Date(startOfLocalDay(nextDate(date), timeZone).getTime() + graceMinutes * 60_000);
}

export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
