import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, type Doc } from './helpers';

/**
 * An accountant's edits in the journal ("kassekladde") before booking it: e-conomic's API has no
 * PUT on journal entries, so the sandbox offers what the accountant does in e-conomic's window as
 * PATCH /_sandbox/journals/{n}/entries/{entryNumber} (and editJournalEntry): the text and the
 * amount of an entry still in the journal, within the API's own rules (a text of at most 250
 * characters, amounts with two decimals). On an account with a VAT code the journal works the
 * VAT out of the new amount: 289.00 incl. 25 % is 289 × 25 / 125 = 57.80 VAT. A booked entry is
 * on the accounts and can no longer change.
 */
describe('e-conomic sandbox: an accountant editing journal entries before booking', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  const patch = (path: string, body: unknown) => fetch(`${sb.url}/_sandbox${path}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
  });
  afterAll(() => sb.close());

  async function voucher(): Promise<{ voucherNumber: number; entryNumber: number }> {
    const r = await call('POST', '/journals/1/vouchers', {
      accountingYear: { year: '2026' },
      entries: { financeVouchers: [{ amount: 299, date: '2026-03-02', account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: 59.8, text: 'Dagsopgørelse 2026-03-02, ordre 9401: MobilePay, salg 25 % moms' }] },
    });
    expect(r.status).toBe(201);
    const entry = r.json[0].entries.financeVouchers[0];
    return { voucherNumber: r.json[0].voucherNumber, entryNumber: entry.journalEntryNumber };
  }

  const inJournal = async (entryNumber: number): Promise<Doc> => (await call('GET', '/journals/1/entries')).json.collection.find((e: Doc) => e.journalEntryNumber === entryNumber);

  it('rewrites the text of an entry in the journal, keeping its voucher, accounts and amounts, and books it with the new text', async () => {
    const { voucherNumber, entryNumber } = await voucher();
    const res = await patch(`/journals/1/entries/${entryNumber}`, { text: 'MobilePay marts, uge 10' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ journalNumber: 1, entryNumber });
    expect(await inJournal(entryNumber)).toMatchObject({ text: 'MobilePay marts, uge 10', amount: 299, contraVatAmount: 59.8, account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, voucher: { voucherNumber } });
    sb.bookJournal(1);
    const booked = (await call('GET', `/accounting-years/2026/entries?filter=${encodeURIComponent(`voucherNumber$eq:${voucherNumber}`)}`)).json.collection as Doc[];
    // 299.00 on the clearing account, 239.20 off the sales account, 59.80 off the VAT account: all under the new text.
    expect(booked.map((e) => [e.account.accountNumber, e.amount, e.text]).sort()).toEqual(
      [
        [5820, 299, 'MobilePay marts, uge 10'],
        [1010, -239.2, 'MobilePay marts, uge 10'],
        [expect.any(Number), -59.8, 'MobilePay marts, uge 10'],
      ].sort(),
    );
  });

  it('changes an amount as the journal does, with the VAT of its VAT code: 289.00 carries 57.80', async () => {
    const { entryNumber } = await voucher();
    sb.editJournalEntry(1, entryNumber, { amount: '289.00' });
    expect(await inJournal(entryNumber)).toMatchObject({ amount: 289, contraVatAmount: 57.8 });
  });

  it('refuses what the journal would not take: a booked entry, an unknown one, a text over 250 characters, other fields, three decimals', async () => {
    const { entryNumber } = await voucher();
    sb.bookJournal(1);
    expect((await patch(`/journals/1/entries/${entryNumber}`, { text: 'for sent' })).status).toBe(400);
    const open = (await voucher()).entryNumber;
    expect((await patch(`/journals/1/entries/999999`, { text: 'ukendt' })).status).toBe(404);
    expect((await patch(`/journals/2/entries/${open}`, { text: 'forkert kladde' })).status).toBe(404);
    expect((await patch(`/journals/1/entries/${open}`, { text: 'x'.repeat(251) })).status).toBe(400);
    expect((await patch(`/journals/1/entries/${open}`, { date: '2026-03-03' })).status).toBe(400);
    expect((await patch(`/journals/1/entries/${open}`, { amount: '289.001' })).status).toBe(400);
    // Nothing of it changed the entry.
    expect(await inJournal(open)).toMatchObject({ amount: 299, contraVatAmount: 59.8, text: 'Dagsopgørelse 2026-03-02, ordre 9401: MobilePay, salg 25 % moms' });
    // 250 characters are allowed, as in POST /journals/{n}/vouchers.
    expect((await patch(`/journals/1/entries/${open}`, { text: 'x'.repeat(250) })).status).toBe(200);
  });
});
