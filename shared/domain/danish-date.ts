const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Denmark of an ISO instant (invoices carry the Danish date). */
export function danishDate(iso: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  // Denmark's offset from UTC has been whole hours since 1894 and changes on the hour, so
  // every instant of one UTC hour has the same Danish date: asked of Intl once per hour,
  // not once per order date (it was a few per cent of normalising and planning an order).
  const hour = Math.floor(ms / HOUR_MS);
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
