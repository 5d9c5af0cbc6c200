/**
 * WooCommerce stores every date twice: in site-local time and in GMT, both as
 * "YYYY-MM-DDTHH:mm:ss" without a zone in REST. The sandbox site runs on Danish time.
 */
export const SITE_TIMEZONE = 'Europe/Copenhagen';

const localFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function wooGmt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}

export function wooLocal(ms: number): string {
  const parts = Object.fromEntries(localFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Milliseconds of a WooCommerce GMT date ("2017-03-22T19:28:08"), or NaN. */
export function parseWooGmt(value: unknown): number {
  if (typeof value !== 'string' || value.trim() === '') return NaN;
  const raw = value.trim().replace(' ', 'T');
  return Date.parse(/(Z|[+-]\d\d:?\d\d)$/i.test(raw) ? raw : `${raw}Z`);
}
