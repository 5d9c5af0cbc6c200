import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gmtIso } from '../../../../../main/connectors/shops/woocommerce/read';

describe("gmtIso: WooCommerce's *_gmt dates as ISO 8601 UTC", () => {
  it("adds the 'Z' to WooCommerce's zone-less form, on leap days too", () => {
    expect(gmtIso('2017-03-22T19:28:08')).toBe('2017-03-22T19:28:08Z');
    expect(gmtIso('2024-02-29T12:00:00')).toBe('2024-02-29T12:00:00Z');
    expect(gmtIso('2000-02-29T00:00:00')).toBe('2000-02-29T00:00:00Z');
    expect(gmtIso('2026-12-31T23:59:59')).toBe('2026-12-31T23:59:59Z');
  });

  it('rolls days and hours that do not exist over as Date does (2026 and 1900 are no leap years)', () => {
    expect(gmtIso('2026-02-29T00:00:00')).toBe('2026-03-01T00:00:00Z');
    expect(gmtIso('1900-02-29T06:00:00')).toBe('1900-03-01T06:00:00Z');
    expect(gmtIso('2026-04-31T10:00:00')).toBe('2026-05-01T10:00:00Z');
    expect(gmtIso('2026-01-01T24:00:00')).toBe('2026-01-02T00:00:00Z');
  });

  it('reads a space for the T, surrounding blanks, a zone and milliseconds, cut to whole seconds', () => {
    expect(gmtIso('2017-03-22 19:28:08')).toBe('2017-03-22T19:28:08Z');
    expect(gmtIso(' 2017-03-22T19:28:08 ')).toBe('2017-03-22T19:28:08Z');
    expect(gmtIso('2017-03-22T19:28:08+02:00')).toBe('2017-03-22T17:28:08Z');
    expect(gmtIso('2017-03-22T19:28:08.750Z')).toBe('2017-03-22T19:28:08Z');
  });

  it('gives null for what is no date', () => {
    for (const value of ['', '   ', 'not a date', '2026-01-01T23:59:60', '2026-13-01T00:00:00', 12, null, undefined, {}]) expect(gmtIso(value), String(value)).toBeNull();
  });

  it('reads every zone-less date-time the way Date reads it as UTC', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const text = fc.tuple(fc.integer({ min: 1000, max: 9999 }), two(13), two(32), two(24), two(60), two(60)).map(([y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}`);
    fc.assert(
      fc.property(text, (value) => {
        const ms = Date.parse(`${value}Z`);
        expect(gmtIso(value)).toBe(Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z'));
      }),
      { numRuns: 3000 },
    );
  });
});
