import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../../shared/i18n/csv';
import { fill, fillCount, formatDateTime, formatMoney, formatNumber, formatQuantity } from '../../../shared/i18n/format';

describe('amounts', () => {
  it('are written the Danish way with kroner, and the English way with the code first, from decimal strings without floats', () => {
    expect(formatMoney('751.5', 'DKK', 'da')).toBe('751,50 kr.');
    expect(formatMoney('1234.5', 'EUR', 'da')).toBe('1.234,50 EUR');
    expect(formatMoney('751.5', 'DKK', 'en')).toBe('DKK 751.50');
    expect(formatMoney('-0.05', 'dkk', 'da')).toBe('-0,05 kr.');
    expect(formatNumber('9007199254740993.10', 'da')).toBe('9.007.199.254.740.993,10');
    expect(formatNumber('12.125', 'en')).toBe('12.125');
    expect(formatNumber('100', 'da')).toBe('100,00');
  });

  it('write quantities and rates as they are, without added decimals', () => {
    expect(formatQuantity('2.000', 'da')).toBe('2');
    expect(formatQuantity('12.5', 'da')).toBe('12,5');
    expect(formatQuantity('1500', 'en')).toBe('1,500');
  });

  it('leave anything that is not a decimal as it is', () => {
    expect(formatNumber('n/a', 'da')).toBe('n/a');
  });
});

describe('times', () => {
  it('are shown in local time, day first', () => {
    // 13:05 UTC on 24 December is 14:05 in Copenhagen.
    expect(formatDateTime('2026-12-24T13:05:00Z', 'da', 'Europe/Copenhagen')).toBe('24.12.2026 14.05');
    expect(formatDateTime('2026-12-24T13:05:00Z', 'en', 'Europe/Copenhagen')).toBe('24/12/2026 14:05');
    expect(formatDateTime('2026-07-01T22:30:00Z', 'da', 'Europe/Copenhagen')).toBe('02.07.2026 00.30');
    expect(formatDateTime('not a time', 'da')).toBe('not a time');
  });

  it('show one instant in the zone asked for each time, also when it was just shown in another', () => {
    // 23:30 UTC on 31 December: already 1 January 00:30 in Copenhagen, 18:30 the day before in New York.
    for (let round = 0; round < 2; round++) {
      expect(formatDateTime('2026-12-31T23:30:00Z', 'da', 'Europe/Copenhagen')).toBe('01.01.2027 00.30');
      expect(formatDateTime('2026-12-31T23:30:00Z', 'da', 'UTC')).toBe('31.12.2026 23.30');
      expect(formatDateTime('2026-12-31T23:30:00Z', 'da', 'America/New_York')).toBe('31.12.2026 18.30');
    }
  });
});

describe('counts', () => {
  it('use the singular only for exactly one', () => {
    const words = { one: '{count} ordre prøvet igen', other: '{count} ordrer prøvet igen' };
    expect(fillCount(words, 1, 'da')).toBe('1 ordre prøvet igen');
    expect(fillCount(words, 0, 'da')).toBe('0 ordrer prøvet igen');
    expect(fillCount(words, 1200, 'da')).toBe('1.200 ordrer prøvet igen');
  });

  it('fill named slots and leave unknown ones visible', () => {
    expect(fill('Dag {day} af {of}', { day: 3, of: 14 })).toBe('Dag 3 af 14');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('csv', () => {
  it('is semicolon-separated with CRLF and quotes only what needs it', () => {
    expect(csvDocument([['Ordre', 'Kunde'], ['1042', 'Hansen; Mette "M"']])).toBe('Ordre;Kunde\r\n1042;"Hansen; Mette ""M"""\r\n');
  });
});
