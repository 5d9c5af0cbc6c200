import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EconomicClient, EconomicError } from '../../../../main/connectors/economic';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { orderListPdf } from '../../../../shared/days/order-list-pdf';
import { client, type Doc } from './helpers';

/**
 * Finance vouchers with VAT on the contra account, and a voucher's documentation
 * (POST/GET …/vouchers/{year}-{number}/attachment[/file]) as restdocs "Journals" describe them:
 * multipart/form-data, at most 9.0 MB, returned as PDF; the sandbox takes the stricter reading
 * of what the docs leave open (PDF only, one file per voucher, the voucher still in the journal).
 */
describe('e-conomic sandbox: day vouchers and their attachment', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  let economic: EconomicClient;
  let pdf: Uint8Array;

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
    economic = new EconomicClient({ baseUrl: sb.url, appSecretToken: sb.appSecretToken, agreementGrantToken: sb.agreementGrantToken, sleep: async () => {} });
    pdf = await orderListPdf({ shop: 'butik.dk', day: '2026-03-02', currency: 'DKK', abroad: false, rows: [{ kind: 'order', number: '1001', date: '2026-03-02', customer: 'Jens Hansen', total: '125.00', vat: '25.00', paymentMethod: 'MobilePay' }], gross: '125.00', invoiceNumber: null, fixedAt: '2026-03-03T01:00:00Z' }, 'da');
  });
  afterAll(() => sb.close());

  async function voucher(year = '2026', entries: unknown[] = [{ amount: 125, date: '2026-03-02', account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, contraVatAccount: { vatCode: 'U25' }, text: 'Dagssalg' }]) {
    const r = await call('POST', '/journals/1/vouchers', { accountingYear: { year }, entries: { financeVouchers: entries } });
    expect(r.status).toBe(201);
    return { journalNumber: 1, accountingYear: year, voucherNumber: r.json[0].voucherNumber as number };
  }

  it('works the VAT out of an amount on an account with a VAT code (kassekladde), or takes the VAT it is given', async () => {
    const worked = await voucher();
    // 125.00 incl. 25 % VAT: 125 × 25 / 125 = 25.00
    const doc = (await call('GET', '/journals/1/vouchers')).json.collection.find((v: { voucherNumber: number }) => v.voucherNumber === worked.voucherNumber);
    expect(doc.entries.financeVouchers[0].contraVatAmount).toBe(25);
    const given = await voucher('2026', [{ amount: 99.99, date: '2026-03-02', account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: 20.01 }]);
    const givenDoc = (await call('GET', '/journals/1/vouchers')).json.collection.find((v: { voucherNumber: number }) => v.voucherNumber === given.voucherNumber);
    expect(givenDoc.entries.financeVouchers[0].contraVatAmount).toBe(20.01);
    // booking the journal puts the net on the sales account and the VAT on the VAT account
    sb.bookJournal(1);
    const ledger = (sb.state().ledger as Doc[]).filter((e) => e.voucherNumber === given.voucherNumber);
    expect(ledger.map((e) => [e.accountNumber, e.amount]).sort()).toEqual([[1010, '-79.98'], [5820, '99.99'], [expect.any(Number), '-20.01']].sort());
  });

  it('refuses VAT that does not fit the amount, VAT without a VAT code, an unknown VAT code and accounts closed to direct entries', async () => {
    const base = { date: '2026-03-02', account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 } };
    const r = await call('POST', '/journals/1/vouchers', {
      accountingYear: { year: '2026' },
      entries: {
        financeVouchers: [
          { ...base, amount: 100, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: -20 },
          { ...base, amount: 100, contraVatAmount: 20 },
          { ...base, amount: 100, contraVatAccount: { vatCode: 'X99' } },
          { ...base, amount: 100, contraAccount: { accountNumber: 5600 } },
        ],
      },
    });
    expect(r.status).toBe(400);
    const errors = r.json.errors.entries.financeVouchers;
    expect(errors.map((e: Record<string, unknown>) => Object.keys(e).filter((k) => k !== 'arrayIndex'))).toEqual([['contraVatAmount'], ['contraVatAmount'], ['contraVatAccount'], ['contraAccount']]);
  });

  it('attaches a PDF to a voucher byte for byte, says so in its metadata, and hands the same bytes back', async () => {
    const v = await voucher();
    expect(await economic.voucherAttachment(v)).toBeNull();
    const meta = await economic.attachVoucherPdf(v, pdf, 'Dagsopgørelse 2026-03-02.pdf', 'attach-1');
    expect(meta.pages).toBe(1);
    expect(meta.self).toBe(`${sb.url}/journals/1/vouchers/2026-${v.voucherNumber}/attachment`);
    expect((await economic.voucherAttachment(v))?.pages).toBe(1);
    const back = await economic.downloadVoucherAttachment(v);
    expect(Buffer.compare(back, Buffer.from(pdf))).toBe(0);
    const state = (sb.state().vouchers as Doc[]).find((x) => x.journalNumber === 1 && x.voucherNumber === v.voucherNumber);
    expect(state?.attachment).toMatchObject({ bytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
    // the same key replays the first answer; a new key is a second file, which POST refuses
    expect((await economic.attachVoucherPdf(v, pdf, 'x.pdf', 'attach-1')).self).toBe(meta.self);
    await expect(economic.attachVoucherPdf(v, pdf, 'x.pdf', 'attach-2')).rejects.toThrow(/already has an attachment/);
  });

  it('refuses what is not a PDF, JSON bodies, vouchers that do not exist and files over 9.0 MB', async () => {
    const v = await voucher();
    await expect(economic.attachVoucherPdf(v, Buffer.from('\x89PNG\r\n\x1a\n'), 'logo.png', 'png')).rejects.toThrow(/not a PDF/);
    const json = await call('POST', `/journals/1/vouchers/2026-${v.voucherNumber}/attachment/file`, { file: 'x' });
    expect(json.status).toBe(415);
    const missing = economic.attachVoucherPdf({ ...v, voucherNumber: v.voucherNumber + 1000 }, pdf, 'x.pdf', 'missing');
    await expect(missing).rejects.toBeInstanceOf(EconomicError);
    await expect(economic.attachVoucherPdf({ ...v, accountingYear: '2025' }, pdf, 'x.pdf', 'other-year')).rejects.toThrow(/404|not found/i);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(9_000_000, 32)]);
    await expect(economic.attachVoucherPdf(v, big, 'big.pdf', 'big')).rejects.toThrow(/too large|9\.0 MB/);
    expect(await economic.voucherAttachment(v)).toBeNull();
  });
});
