import { describe, expect, it } from 'vitest';
import { orderListCsvOf, readOrderList, type OrderListRow } from '../../../shared/days/order-list';
import { orderListPdf, type OrderListDocument } from '../../../shared/days/order-list-pdf';
import { pdfLines } from '../../helpers/pdf-text';
import { HAND_WORKED_ROWS } from './hand-worked-rows';

/** The PDF is made from the list as it was fixed: the rows read back from the day's CSV. */
const fixed = readOrderList(orderListCsvOf(HAND_WORKED_ROWS, 'da'));
const DAY: OrderListDocument = { shop: 'Krus & Co', day: '2026-12-03', currency: 'DKK', abroad: false, rows: fixed, gross: '1234.95', invoiceNumber: 4711, fixedAt: '2026-12-04T01:00:00Z' };

describe("a day's order list as PDF", () => {
  it('reads in Danish: the day, shop, currency, number range, a line per order and refund, totals equal to the invoice', async () => {
    const [page, ...more] = await pdfLines(await orderListPdf(DAY, 'da'));
    expect(more).toEqual([]);
    expect(page).toEqual([
      'Ordreliste 03.12.2026 · DKK',
      'Butik: Krus & Co',
      'Valuta: DKK',
      'Ordrenumre: 1001–1003',
      '3 ordrer, 1 refundering',
      'Dagens faktura i e-conomic: nr. 4711',
      'Type Nummer Dato Kunde Betalingsmetode Moms Total',
      'Ordre 1001 03.12.2026 Jens Hansen MobilePay 250,00 1.250,00',
      'Ordre 1002 03.12.2026 Søren "Sømand" Ødegård Kort (Visa) 19,99 99,95',
      'Ordre 1003 03.12.2026 =1+1 Faktura; 8 dage 2,00 10,00',
      'Refundering 0998 03.12.2026 Mette Jensen MobilePay -25,00 -125,00',
      'I alt DKK 246,99 1.234,95',
      'Listen stemmer med dagens faktura: 1.234,95 kr. brutto.',
      'Side 1 af 1',
    ]);
  });

  it('reads in English with amounts as an English reader writes them: thousands comma, decimal point, the currency first', async () => {
    const [page, ...more] = await pdfLines(await orderListPdf({ ...DAY, invoiceNumber: null }, 'en'));
    expect(more).toEqual([]);
    expect(page).toEqual([
      'Order list 03/12/2026 · DKK',
      'Shop: Krus & Co',
      'Currency: DKK',
      'Order numbers: 1001–1003',
      '3 orders, 1 refund',
      "The day's invoice in e-conomic: not booked yet",
      'Type Number Date Customer Payment method VAT Total',
      'Order 1001 03/12/2026 Jens Hansen MobilePay 250.00 1,250.00',
      'Order 1002 03/12/2026 Søren "Sømand" Ødegård Kort (Visa) 19.99 99.95',
      'Order 1003 03/12/2026 =1+1 Faktura; 8 dage 2.00 10.00',
      'Refund 0998 03/12/2026 Mette Jensen MobilePay -25.00 -125.00',
      'Total DKK 246.99 1,234.95',
      "The list agrees with the day's invoice: DKK 1,234.95 gross.",
      'Page 1 of 1',
    ]);
  });

  it('names a currency other than kroner by its code in Danish, and after the amount', async () => {
    const [page] = await pdfLines(await orderListPdf({ ...DAY, currency: 'EUR', gross: '1235.00' }, 'da'));
    expect(page).toContain('Listen afviger med 0,05 EUR fra dagens faktura på 1.235,00 EUR brutto.');
    const [english] = await pdfLines(await orderListPdf({ ...DAY, currency: 'EUR', gross: '1235.00' }, 'en'));
    expect(english).toContain("The list differs by EUR 0.05 from the day's invoice of EUR 1,235.00 gross.");
  });

  it("names the day's export list (sales outside the EU, its own invoice) as such, in either language, beside the domestic one in the same currency", async () => {
    const [page] = await pdfLines(await orderListPdf({ ...DAY, abroad: true }, 'da'));
    expect(page.slice(0, 3)).toEqual(['Ordreliste 03.12.2026 · DKK (eksport)', 'Butik: Krus & Co', 'Valuta: DKK (eksport)']);
    const [english] = await pdfLines(await orderListPdf({ ...DAY, abroad: true }, 'en'));
    expect(english.slice(0, 3)).toEqual(['Order list 03/12/2026 · DKK (export)', 'Shop: Krus & Co', 'Currency: DKK (export)']);
  });

  it('says by how much the list differs when it does not add up to the invoice', async () => {
    const [page] = await pdfLines(await orderListPdf({ ...DAY, gross: '1235.00' }, 'da'));
    expect(page).toContain('Listen afviger med 0,05 kr. fra dagens faktura på 1.235,00 kr. brutto.');
  });

  it('runs over pages with the column headings repeated and every page numbered; the same day gives the same bytes', async () => {
    // 80 orders of 100.00 (VAT 20.00): 8.000,00 and 1.600,00.
    const rows: OrderListRow[] = Array.from({ length: 80 }, (_, i) => ({ kind: 'order', number: String(2001 + i), date: '2026-12-03', customer: `Kunde ${i + 1}`, total: '100.00', vat: '20.00', paymentMethod: 'Kort' }));
    const bytes = await orderListPdf({ ...DAY, rows, gross: '8000.00' }, 'da');
    const pages = await pdfLines(bytes);
    expect(pages.length).toBe(2);
    for (const page of pages) expect(page).toContain('Type Nummer Dato Kunde Betalingsmetode Moms Total');
    expect(pages.map((p) => p.at(-1))).toEqual(['Side 1 af 2', 'Side 2 af 2']);
    expect(pages.flat().filter((l) => l.startsWith('Ordre ')).length).toBe(80);
    expect(pages[0]).toContain('Ordrenumre: 2001–2080');
    expect(pages[1]).toContain('I alt DKK 1.600,00 8.000,00');
    expect(Buffer.from(await orderListPdf({ ...DAY, rows, gross: '8000.00' }, 'da')).equals(Buffer.from(bytes))).toBe(true);
  });
});
