import { describe, expect, it } from 'vitest';
import { danishDate } from '../../../shared/domain/danish-date';

/** Invoices carry the date in Denmark: UTC+1 in winter, UTC+2 in summer (last Sunday of March to last Sunday of October, switching at 01:00 UTC). */
describe('the Danish date of an instant', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'], // 23:59:59 CET
    ['2026-12-31T23:00:00Z', '2027-01-01'], // midnight CET
    ['2026-06-30T21:59:59Z', '2026-06-30'], // 23:59:59 CEST
    ['2026-06-30T22:00:00Z', '2026-07-01'], // midnight CEST
    ['2026-03-28T22:59:59Z', '2026-03-28'], // the last winter evening, 23:59:59 CET
    ['2026-03-28T23:00:00Z', '2026-03-29'], // midnight before the switch to summer time
    ['2026-03-29T01:00:00Z', '2026-03-29'], // 03:00 CEST, just after the switch
    ['2026-10-24T21:59:59Z', '2026-10-24'], // 23:59:59 CEST, the night the clocks go back
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'], // 23:59:59 CET, the first winter evening
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['2026-06-30T23:30:00+02:00', '2026-06-30'], // an instant written with an offset
  ])('%s is %s in Denmark', (iso, date) => {
    expect(danishDate(iso)).toBe(date);
  });

  it('gives the same dates asked again and in any order, across more hours than it keeps', () => {
    // Midnight CET of 1 January 2025 is 23:00 UTC on 31 December 2024; winter days in Jan–Feb.
    for (let round = 0; round < 2; round++) {
      for (let day = 0; day < 59; day++) {
        const start = Date.UTC(2024, 11, 31, 23) + day * 86_400_000;
        const expected = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        expect(danishDate(new Date(start).toISOString())).toBe(expected);
        // The last second of a winter day: fixed instants in one offset, no change of the clocks among them.
        // eslint-disable-next-line no-restricted-syntax
        expect(danishDate(new Date(start + 86_400_000 - 1000).toISOString())).toBe(expected);
      }
      for (let hour = 0; hour < 10_000; hour += 7) danishDate(new Date(Date.UTC(2020, 0, 1) + hour * 3_600_000).toISOString());
    }
  });

  it('reads the connectors\' form of a date as Date reads it, also where Date rolls a date that does not exist over', () => {
    // 2028-02-29 exists (leap year); 2026-02-29 and 2026-04-31 do not, and Date rolls them to March 1 and May 1.
    for (const [iso, date] of [
      ['2028-02-29T12:00:00Z', '2028-02-29'],
      ['2026-02-29T12:00:00Z', '2026-03-01'],
      ['2026-04-31T12:00:00Z', '2026-05-01'],
      ['2026-01-01T24:00:00Z', '2026-01-02'],
      ['2026-06-30T21:59:59.999Z', '2026-06-30'],
    ]) {
      expect(danishDate(iso), iso).toBe(date);
    }
    for (let hour = 0; hour < 24 * 400; hour += 5) {
      const iso = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 59 * 60_000 + 59_000).toISOString().replace('.000Z', 'Z');
      const viaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
      expect(danishDate(iso), iso).toBe(viaDate);
    }
  });

  it('gives the date Intl gives for Copenhagen, every hour of every month the clocks change and every seventh hour between, 1990–2035', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
    const check = (ms: number) => {
      const iso = new Date(ms).toISOString().replace('.000Z', 'Z');
      expect(danishDate(iso), iso).toBe(intl.format(new Date(ms)));
    };
    for (let year = 1990; year <= 2035; year++) {
      for (const month of [2, 8, 9]) {
        // March, September (the end of summer time until 1995) and October, hour by hour.
        for (let ms = Date.UTC(year, month, 1); ms < Date.UTC(year, month + 1, 1); ms += 3_600_000) check(ms);
      }
    }
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2036, 0, 1); ms += 7 * 3_600_000) check(ms + 59 * 60_000);
  });

  it('gives the date Intl gives for instants long ago, before Denmark kept whole hours from UTC (1894)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const iso of ['1890-06-30T23:30:00Z', '1893-12-31T23:00:00Z', '1894-01-01T00:00:00Z', '1200-05-05T12:00:00Z']) {
      expect(danishDate(iso), iso).toBe(intl.format(new Date(Math.floor(Date.parse(iso) / 3_600_000) * 3_600_000)));
    }
  });

  it('keeps the first ten characters of text that is no date', () => {
    expect(danishDate('not a date at all')).toBe('not a date');
  });
});
