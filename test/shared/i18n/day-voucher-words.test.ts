import { describe, expect, it } from 'vitest';
import { voucherNumbersText } from '../../../shared/i18n/day-voucher-words';

/** A day's journal voucher numbers as the Days screen and the accountant's mail write them. */
describe("a day's voucher numbers in a sentence", () => {
  it('names one voucher by its number', () => {
    expect(voucherNumbersText({ voucherNumber: 17 }, 'da')).toBe('17');
    expect(voucherNumbersText({ voucherNumber: 17, voucherNumbers: [17] }, 'en')).toBe('17');
  });

  it('names every voucher e-conomic split the day over, the last joined by "og" / "and"', () => {
    expect(voucherNumbersText({ voucherNumber: 17, voucherNumbers: [17, 18] }, 'da')).toBe('17 og 18');
    expect(voucherNumbersText({ voucherNumber: 17, voucherNumbers: [17, 18, 19] }, 'da')).toBe('17, 18 og 19');
    expect(voucherNumbersText({ voucherNumber: 17, voucherNumbers: [17, 18] }, 'en')).toBe('17 and 18');
  });
});
