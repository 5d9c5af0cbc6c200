import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, type Doc } from './helpers';

/**
 * An accountant deleting a voucher from the journal ("kassekladde") before booking it, as
 * e-conomic's window allows: DELETE /_sandbox/journals/{n}/vouchers/{voucherNumber}. Its entries
 * leave the journal and never reach the accounts; a voucher already booked is on the accounts and
 * cannot be deleted, and a number the journal does not hold is not found.
 */
describe('e-conomic sandbox: an accountant deleting a voucher from the journal', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  const remove = (journal: number, voucherNumber: number) => fetch(`${sb.url}/_sandbox/journals/${journal}/vouchers/${voucherNumber}`, { method: 'DELETE' });

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
  });
  afterAll(() => sb.close());

  async function voucher(date: string): Promise<number> {
    const r = await call('POST', '/journals/1/vouchers', {
      accountingYear: { year: '2026' },
      entries: { financeVouchers: [{ amount: 299, date, account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1010 }, contraVatAccount: { vatCode: 'U25' }, contraVatAmount: 59.8, text: `Dagsopgørelse ${date}: MobilePay, salg 25 % moms` }] },
    });
    expect(r.status).toBe(201);
    return r.json[0].voucherNumber;
  }
  const inJournal = async (voucherNumber: number): Promise<Doc[]> => (await call('GET', `/journals/1/entries?filter=${encodeURIComponent(`voucher.voucherNumber$eq:${voucherNumber}`)}`)).json.collection;

  it('takes the voucher out of the journal, and booking the journal then leaves it off the accounts', async () => {
    const gone = await voucher('2026-03-02');
    const kept = await voucher('2026-03-03');
    const res = await remove(1, gone);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ journalNumber: 1, voucherNumber: gone, deletedEntries: 1 });
    expect(await inJournal(gone)).toEqual([]);
    expect(await inJournal(kept)).toHaveLength(1);
    expect((sb.state().vouchers as unknown as Array<{ voucherNumber: number }>).map((v) => v.voucherNumber)).not.toContain(gone);
    sb.bookJournal(1);
    const onAccounts = (await call('GET', `/accounting-years/2026/entries?filter=${encodeURIComponent(`voucherNumber$in:[${gone},${kept}]`)}`)).json.collection as Doc[];
    // 299.00 on the clearing account, 239.20 off sales, 59.80 off VAT: the kept voucher's three sides only.
    expect(onAccounts.map((e) => e.voucherNumber)).toEqual([kept, kept, kept]);
  });

  it('refuses a booked voucher (400) and a number the journal does not hold (404)', async () => {
    const booked = await voucher('2026-03-04');
    sb.bookJournal(1);
    expect((await remove(1, booked)).status).toBe(400);
    expect((await remove(1, 987_654)).status).toBe(404);
    expect((await remove(9, booked)).status).toBe(404);
  });
});
