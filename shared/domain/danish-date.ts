import { digitsAt, startsWithCalendarSecond } from './calendar-second';

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Denmark of an ISO instant (invoices carry the Danish date). */
export function danishDate(iso: string): string {
  let hour = utcHourOfSecond(iso);
  if (hour === null) {
    const ms = new Date(iso).getTime();
    if (Number.isNaN(ms)) return iso.slice(0, 10);
    hour = Math.floor(ms / HOUR_MS);
  }
  // Denmark's offset from UTC has been whole hours since 1894 and changes on the hour, so
  // every instant of one UTC hour has the same Danish date: asked of Intl once per hour,
  // not once per order date (it was a few per cent of normalising and planning an order).
  let date = DATE_OF_HOUR.get(hour);
  if (date === undefined) {
    date = copenhagenDate.format(new Date(hour * HOUR_MS));
    if (DATE_OF_HOUR.size >= DATE_OF_HOUR_LIMIT) DATE_OF_HOUR.clear();
    DATE_OF_HOUR.set(hour, date);
  }
  return date;
}

const HOUR_MS = 3_600_000;
/** About a year of hours; emptied when full. */
const DATE_OF_HOUR = new Map<number, string>();
const DATE_OF_HOUR_LIMIT = 9_000;

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
