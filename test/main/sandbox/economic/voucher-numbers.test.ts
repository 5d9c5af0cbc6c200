import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { startEconomicSandbox, type EconomicSandbox } from '../../../../main/sandbox/economic';
import { client, type Doc } from './helpers';

/**
 * How the sandbox numbers the vouchers of POST /journals/{n}/vouchers. e-conomic answers with an
 * array ("entries may be split over several vouchers", docs/decisions/0005) and keys a voucher
 * `{accountingYear}-{voucherNumber}`; nothing it publishes promises that the number sent is the
 * number kept. The default is the strict reading (the number sent is kept, entries sharing it
 * are one voucher); the sandbox mode `voucherNumbers` (POST /_sandbox/settings) makes it answer
 * as the real service may:
 *  - "renumbered": it numbers the vouchers itself, from one above both the highest number in the
 *    journal and the highest number sent: journal 1 empty, sent 1 → kept as 2;
 *  - "split": a voucher of k entries keeps the first ⌈k/2⌉ under the number sent, the rest go
 *    under the next free number: 3 entries sent as 1 → 2 under 1, 1 under 2.
 */
describe('e-conomic sandbox: voucher numbers as the real service may answer them', () => {
  let sb: EconomicSandbox;
  let call: ReturnType<typeof client>;
  const settings = async (body: unknown) => (await fetch(`${sb.url}/_sandbox/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<Doc>;

  const entry = (amount: number, text: string, voucherNumber = 1) => ({ amount, date: '2026-03-02', account: { accountNumber: 5820 }, contraAccount: { accountNumber: 1040 }, text, voucher: { voucherNumber } });
  const post = (entries: unknown[]) => call('POST', '/journals/1/vouchers', { accountingYear: { year: '2026' }, journal: { journalNumber: 1 }, entries: { financeVouchers: entries } });
  const answered = (json: Doc[]) => json.map((v) => ({ key: `${v.accountingYear.year}-${v.voucherNumber}`, texts: (v.entries.financeVouchers as Doc[]).map((e) => e.text), numbers: (v.entries.financeVouchers as Doc[]).map((e) => e.voucher.voucherNumber) }));

  beforeAll(async () => {
    sb = await startEconomicSandbox();
    call = client(sb);
  });
  beforeEach(() => sb.reset());
  afterAll(() => sb.close());

  it('keeps the number sent by default, all entries under it', async () => {
    expect((await settings({})).voucherNumbers).toBe('as-sent');
    const r = await post([entry(100, 'a'), entry(50, 'b')]);
    expect(r.status).toBe(201);
    expect(answered(r.json)).toEqual([{ key: '2026-1', texts: ['a', 'b'], numbers: [1, 1] }]);
  });

  it('"renumbered": answers under a number of its own, one above the number sent', async () => {
    expect((await settings({ voucherNumbers: 'renumbered' })).voucherNumbers).toBe('renumbered');
    const r = await post([entry(100, 'a'), entry(50, 'b')]);
    expect(answered(r.json)).toEqual([{ key: '2026-2', texts: ['a', 'b'], numbers: [2, 2] }]);
    // What the answer says is what the journal holds.
    const inJournal = (await call('GET', '/journals/1/entries')).json.collection as Doc[];
    expect(inJournal.map((e) => [e.voucher.voucherNumber, e.text])).toEqual([[2, 'a'], [2, 'b']]);
    // The next voucher sent as 3 is kept as 4 (3 is one above the highest in use, 2).
    expect(answered((await post([entry(10, 'c', 3)])).json)).toEqual([{ key: '2026-4', texts: ['c'], numbers: [4] }]);
  });

  it('"split": three entries sent as one voucher come back as two, two under the number sent and one under the next', async () => {
    await settings({ voucherNumbers: 'split' });
    const r = await post([entry(100, 'a'), entry(50, 'b'), entry(25, 'c')]);
    expect(answered(r.json)).toEqual([
      { key: '2026-1', texts: ['a', 'b'], numbers: [1, 1] },
      { key: '2026-2', texts: ['c'], numbers: [2] },
    ]);
    // A voucher of one entry cannot be split: it stays under its number.
    expect(answered((await post([entry(10, 'd', 3)])).json)).toEqual([{ key: '2026-3', texts: ['d'], numbers: [3] }]);
  });

  it('refuses a mode it does not know, and reset goes back to the strict reading', async () => {
    const res = await fetch(`${sb.url}/_sandbox/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ voucherNumbers: 'random' }) });
    expect(res.status).toBe(400);
    await settings({ voucherNumbers: 'split' });
    sb.reset();
    expect((await settings({})).voucherNumbers).toBe('as-sent');
  });
});
