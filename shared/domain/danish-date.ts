import { digitsAt, startsWithCalendarSecond } from './calendar-second';

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The hour and minute of the clock in Copenhagen ("13:00"), to tell its offset from UTC. */
const copenhagenClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

/** The calendar date in Denmark of an ISO instant (invoices carry the Danish date). */
export function danishDate(iso: string): string {
  let hour = utcHourOfSecond(iso);
  if (hour === null) {
    const ms = new Date(iso).getTime();
    if (Number.isNaN(ms)) return iso.slice(0, 10);
    hour = Math.floor(ms / HOUR_MS);
  }
  return dateOfHour(hour);
}

/**
 * The Danish date of every instant of one UTC hour. Denmark's offset from UTC has been whole
 * hours since 1894 and changes on the hour, so every instant of one UTC hour has the same
 * Danish date. Intl is slow (it was a tenth of the engine's compute per order, as orders a
 * sync meets are mostly in hours not seen before), so it is asked as little as possible: on a
 * UTC day whose offset is one all day (every day but the two a year the clocks change), the
 * hour's Danish day follows from the offset, and Intl writes each Danish day once. On other
 * days, and where the offset is no whole number of hours, Intl writes each hour.
 */
function dateOfHour(hour: number): string {
  const offset = offsetOfUtcDay(Math.floor(hour / 24));
  if (offset === null) return cached(DATE_OF_HOUR, HOURS_LIMIT, hour, () => copenhagenDate.format(new Date(hour * HOUR_MS)));
  // Any hour of the Danish day writes that day's date: the first one asked for does.
  return cached(DATE_OF_DANISH_DAY, DAYS_LIMIT, Math.floor((hour + offset) / 24), () => copenhagenDate.format(new Date(hour * HOUR_MS)));
}

/**
 * Copenhagen's offset from UTC in whole hours throughout a UTC day, or null when it changes
 * during the day or is not whole hours. The same offset at the day's first and last hour is
 * the offset of every hour between: the clocks change twice a year, never twice in a day.
 */
function offsetOfUtcDay(day: number): number | null {
  let offset = OFFSET_OF_UTC_DAY.get(day);
  if (offset === undefined) {
    const first = offsetHoursAt(day * 24);
    offset = first !== null && first === offsetHoursAt(day * 24 + 23) ? first : null;
    if (OFFSET_OF_UTC_DAY.size >= DAYS_LIMIT) OFFSET_OF_UTC_DAY.clear();
    OFFSET_OF_UTC_DAY.set(day, offset);
  }
  return offset;
}

/**
 * Copenhagen's offset from UTC at the start of a UTC hour, in whole hours (its clock's hour less
 * the UTC hour, taken between −12 and +11: Copenhagen's have been +0:50, +1 and +2); null
 * when the clock is not on the hour then, or reads otherwise than "HH:MM".
 */
function offsetHoursAt(hour: number): number | null {
  const clock = copenhagenClock.format(new Date(hour * HOUR_MS));
  const clockHour = digitsAt(clock, 0, 2);
  if (clock.length !== 5 || clock.charCodeAt(2) !== 58 /* : */ || clockHour < 0 || clockHour > 23 || digitsAt(clock, 3, 2) !== 0) return null;
  return ((((clockHour - (hour % 24)) % 24) + 36) % 24) - 12;
}

function cached(map: Map<number, string>, limit: number, key: number, make: () => string): string {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size >= limit) map.clear();
    map.set(key, value);
  }
  return value;
}

const HOUR_MS = 3_600_000;
/** Kept apart so a day of one cache is never taken for a day of another; each emptied when full. */
const OFFSET_OF_UTC_DAY = new Map<number, number | null>();
const DATE_OF_DANISH_DAY = new Map<number, string>();
const DATE_OF_HOUR = new Map<number, string>();
/** About ten years of days, and a year of hours. */
const DAYS_LIMIT = 4_000;
const HOURS_LIMIT = 9_000;

/**
 * The UTC hour (hours since 1970) of a real calendar second written as the connectors write
 * dates, "YYYY-MM-DDTHH:MM:SSZ" with a year from 1000, read from its digits instead of parsing
 * the text as a Date; null for any other text, which Date reads (and rolls over) as before.
 */
function utcHourOfSecond(iso: string): number | null {
  if (iso.length !== 20 || iso.charCodeAt(19) !== 90 /* Z */ || !startsWithCalendarSecond(iso)) return null;
  const year = digitsAt(iso, 0, 4);
  // Two-digit years would be taken as 19xx by Date.UTC.
  if (year < 1000) return null;
  return Date.UTC(year, digitsAt(iso, 5, 2) - 1, digitsAt(iso, 8, 2), digitsAt(iso, 11, 2)) / HOUR_MS;
}
