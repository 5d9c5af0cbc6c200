import { describe, expect, it } from 'vitest';
import { orderListCsvOf, orderListDecimalMark, readOrderList, summariseOrderList } from '../../../shared/days/order-list';
import { HAND_WORKED_ROWS as ROWS } from './hand-worked-rows';


describe("a day's order list", () => {
  it('is written as CSV a Danish spreadsheet opens: semicolons, decimal comma, quoted cells, formulas defused', () => {
    const csv = orderListCsvOf(ROWS, 'da');
    expect(csv.split('\r\n')).toEqual([
      'type;ordrenummer;dato;kunde;total;moms;betalingsmetode',
      'ordre;1001;2026-12-03;Jens Hansen;1250,00;250,00;MobilePay',
      'ordre;1002;2026-12-03;"Søren ""Sømand"" Ødegård";99,95;19,99;Kort (Visa)',
      "ordre;1003;2026-12-03;'=1+1;10,00;2,00;\"Faktura; 8 dage\"",
      'refundering;0998;2026-12-03;Mette Jensen;-125,00;-25,00;MobilePay',
      '',
    ]);
  });

  it('is written in English with an English header and a decimal point, as the app\'s other English CSV exports: no thousands separator, semicolons still', () => {
    const csv = orderListCsvOf(ROWS, 'en');
    expect(csv.split('\r\n')).toEqual([
      'type;order_number;date;customer;total;vat;payment_method',
      'order;1001;2026-12-03;Jens Hansen;1250.00;250.00;MobilePay',
      'order;1002;2026-12-03;"Søren ""Sømand"" Ødegård";99.95;19.99;Kort (Visa)',
      "order;1003;2026-12-03;'=1+1;10.00;2.00;\"Faktura; 8 dage\"",
      'refund;0998;2026-12-03;Mette Jensen;-125.00;-25.00;MobilePay',
      '',
    ]);
  });

  it('tells which decimal mark a fixed list was written with, for the mail that attaches it', () => {
    expect(orderListDecimalMark(orderListCsvOf(ROWS, 'da'))).toBe('comma');
    expect(orderListDecimalMark(orderListCsvOf(ROWS, 'en'))).toBe('point');
    // A list fixed in English while amounts were still written with a comma, as some are in ledgers.
    const older = 'type;order_number;date;customer;total;vat;payment_method\r\norder;1001;2026-12-03;Jens Hansen;1250,00;250,00;MobilePay\r\n';
    expect(orderListDecimalMark(older)).toBe('comma');
    expect(readOrderList(older)).toEqual([ROWS[0]]);
    // No rows: the language's own mark.
    expect(orderListDecimalMark(orderListCsvOf([], 'en'))).toBe('point');
    expect(orderListDecimalMark(orderListCsvOf([], 'da'))).toBe('comma');
  });

  it('reads back from its CSV in either language to the very rows it was written from', () => {
    expect(readOrderList(orderListCsvOf(ROWS, 'da'))).toEqual(ROWS);
    expect(readOrderList(orderListCsvOf(ROWS, 'en'))).toEqual(ROWS);
  });

  it('refuses a file that is not an order list', () => {
    expect(() => readOrderList('a;b\r\n1;2\r\n')).toThrow(/not an order list/);
    expect(() => readOrderList('type;ordrenummer;dato;kunde;total;moms;betalingsmetode\r\nfoo;1;2026-12-03;x;1,00;0,20;y\r\n')).toThrow(/unknown type/);
  });

  it('sums to the day invoice: 1250.00 + 99.95 + 10.00 − 125.00 = 1234.95, VAT 250.00 + 19.99 + 2.00 − 25.00 = 246.99', () => {
    expect(summariseOrderList(ROWS)).toEqual({ orders: 3, refunds: 1, firstNumber: '1001', lastNumber: '1003', total: '1234.95', vat: '246.99' });
    expect(summariseOrderList([])).toEqual({ orders: 0, refunds: 0, firstNumber: null, lastNumber: null, total: '0.00', vat: '0.00' });
  });
});
