import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, draftBody } from './helpers';

/** Server-computed invoice totals: the live observations and the two VAT rounding settings. */
describe('e-conomic sandbox invoice totals', () => {
  let line: EconomicSandbox;
  let invoice: EconomicSandbox;
  let callLine: ReturnType<typeof client>;
  let callInvoice: ReturnType<typeof client>;

  beforeAll(async () => {
    line = await startEconomicSandbox();
    invoice = await startEconomicSandbox({ vatRounding: 'invoice' });
    callLine = client(line);
    callInvoice = client(invoice);
    for (const call of [callLine, callInvoice]) {
      await call('POST', '/products', { productNumber: 'VARE', name: 'Vare', productGroup: { productGroupNumber: 1 }, salesPrice: 500 });
      await call('POST', '/products', { productNumber: 'BOG', name: 'Bog', productGroup: { productGroupNumber: 2 } });
    }
  });
  afterAll(async () => {
    await line.close();
    await invoice.close();
  });

  it('1 × 500.00 at 25 % gives net 500, VAT 125, gross 625, due date + 8 days', async () => {
    const r = await callLine('POST', '/invoices/drafts', draftBody([['VARE', 1, 500]], { date: '2024-02-13' }));
    expect(r.json).toMatchObject({ netAmount: 500, vatAmount: 125, grossAmount: 625, roundingAmount: 0, exchangeRate: 100, netAmountInBaseCurrency: 500, grossAmountInBaseCurrency: 625, dueDate: '2024-02-21' });
  });

  it('2 × 850.00 with 10 % discount gives a 1530 line; with a 1000 line: 2530 / 632.50 / 3162.50', async () => {
    const r = await callLine('POST', '/invoices/drafts', draftBody([['VARE', 1, 1000], ['VARE', 2, 850, 10]]));
    expect(r.json.lines.map((l: { totalNetAmount: number }) => l.totalNetAmount)).toEqual([1000, 1530]);
    expect(r.json).toMatchObject({ netAmount: 2530, vatAmount: 632.5, grossAmount: 3162.5 });
  });

  it('takes the sales price of the product when a line has no unitNetPrice', async () => {
    const body = draftBody([['VARE', 2, 0]]);
    delete (body.lines[0] as Record<string, unknown>).unitNetPrice;
    const r = await callLine('POST', '/invoices/drafts', body);
    expect(r.json).toMatchObject({ netAmount: 1000, grossAmount: 1250 });
  });

  it('rounds VAT per line or once per rate, as the agreement setting says', async () => {
    // three lines of 0.10 at 25 %: per line 0.025 → 0.03 each = 0.09; on the total 0.30 × 25 % = 0.075 → 0.08
    const lines: Array<[string, number, number]> = [['VARE', 1, 0.1], ['VARE', 1, 0.1], ['VARE', 1, 0.1]];
    const perLine = await callLine('POST', '/invoices/drafts', draftBody(lines));
    const perInvoice = await callInvoice('POST', '/invoices/drafts', draftBody(lines));
    expect(perLine.json).toMatchObject({ netAmount: 0.3, vatAmount: 0.09, grossAmount: 0.39 });
    expect(perInvoice.json).toMatchObject({ netAmount: 0.3, vatAmount: 0.08, grossAmount: 0.38 });
  });

  it('charges no VAT in the EU zone and none on goods of the VAT-free group', async () => {
    const eu = draftBody([['VARE', 1, 100]], { currency: 'EUR', customer: { customerNumber: 2 } });
    (eu.recipient as Record<string, unknown>).vatZone = { vatZoneNumber: 2 };
    const r = await callLine('POST', '/invoices/drafts', eu);
    // default EUR rate 746.00 per 100 EUR
    expect(r.json).toMatchObject({ netAmount: 100, vatAmount: 0, grossAmount: 100, exchangeRate: 746, netAmountInBaseCurrency: 746, grossAmountInBaseCurrency: 746 });
    const free = await callLine('POST', '/invoices/drafts', draftBody([['VARE', 1, 100], ['BOG', 1, 100]]));
    expect(free.json).toMatchObject({ netAmount: 200, vatAmount: 25, grossAmount: 225 });
  });

  it('uses a sent exchange rate', async () => {
    const r = await callLine('POST', '/invoices/drafts', draftBody([['VARE', 1, 100]], { currency: 'EUR', exchangeRate: 745.5 }));
    expect(r.json).toMatchObject({ exchangeRate: 745.5, netAmountInBaseCurrency: 745.5, grossAmountInBaseCurrency: 931.88 });
  });

  it('makes credit notes from negative quantities', async () => {
    const r = await callLine('POST', '/invoices/drafts', draftBody([['VARE', -1, 500]]));
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ netAmount: -500, vatAmount: -125, grossAmount: -625 });
  });

  it.each([
    [3, '2024-02-13', '2024-02-13'], // Kontant
    [4, '2024-02-13', '2024-02-13'], // Forudbetalt
    [2, '2024-04-06', '2024-05-06'], // Netto 30 dage
    [5, '2019-12-03', '2020-01-30'], // Løbende måned + 30
  ])('computes the due date for payment terms %i from %s as %s', async (terms, date, due) => {
    const r = await callLine('POST', '/invoices/drafts', draftBody([['VARE', 1, 1]], { date, paymentTerms: { paymentTermsNumber: terms } }));
    expect(r.json.dueDate).toBe(due);
  });
});
