import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import { describe as describeProblem } from '../../../../shared/errors';
import { previewOrders } from '../../../../main/operations/dry-run';
import { krusOrder, krusPaidWith } from '../../../helpers/refund-cases';
import { journalDayProfile } from '../../../helpers/day-summary-shop';
import { startHarness, type Harness } from '../../moneyflows/harness';

/**
 * A journal-mode day (postingUnit "day", dayBooking "journal") whose orders' lines no longer add
 * up to their totals is held with LB-3022, as a day invoice is, instead of booking the difference
 * on the rounding product; against the real sandboxes.
 *
 * Worked out by hand: two Krus orders of test/helpers/refund-cases.ts (2 × Krus 200.00 net +
 * 50.00 VAT, GLS 39.20 + 9.80: lines of 299.00 incl. 59.80 VAT, two taxed lines each), sold
 * today: 9501 paid with MobilePay from a shop without VAT in its prices that charged 49.96 VAT
 * on the mugs, so 298.96 (its own invoice needs a rounding line of −0.04, within the tolerance
 * of 0.05 it went into the day under); 9502 paid 299.00 with Dankort. Then the consultant
 * lowers the tolerance to 0.00, and the day closes: 9501's lines are 0.04 off its total, and
 * the day may round at most 0 × 2 + 4 × 0.005 = 0.02. Held, naming 9501. With the tolerance
 * back at 0.05 the bound is 2 × 0.05 + 0.02 = 0.12 and the day books:
 *   Dankort   5821 / 1010 U25   299.00, VAT 59.80
 *   MobilePay 5820 / 1010 U25   299.00, VAT 59.80
 *   MobilePay 5820 / 1040        −0.04 (AFRUNDING, group 2, no VAT)
 * in all 597.96 = 298.96 + 299.00.
 */

const ZONE = 'Europe/Copenhagen';
const VOUCHERS = 'POST /journals/:journalNumber/vouchers';
const MOBILEPAY = { id: 'mobilepay', title: 'MobilePay' };
const DANKORT = { id: 'dankort', title: 'Dankort' };
type Json = Record<string, unknown>;

/** The Krus order from a shop that shows prices without VAT and charged 49.96 VAT on the mugs' 200.00 instead of 50.00: 298.96. */
function shortOnVat(n: number, date: string, method: { id: string; title: string }): Json {
  const krus = krusOrder('woocommerce', n) as { line_items: Json[]; tax_lines: Json[] };
  const line = { ...krus.line_items[0], subtotal_tax: '49.96', total_tax: '49.96', taxes: [{ id: 1, total: '49.96', subtotal: '49.96' }] };
  return krusPaidWith(n, date, method, { prices_include_tax: false, line_items: [line], cart_tax: '49.96', total_tax: '59.76', total: '298.96', tax_lines: [{ ...krus.tax_lines[0], tax_total: '49.96' }] });
}

interface Entry { accountNumber: number; contraAccountNumber: number; amount: string; contraVatAmount?: string }
interface Voucher { journalNumber: number; entries: Entry[] }

describe("a journal-mode day's rounding bound", () => {
  let h: Harness;
  const now = new Date();
  const today = localDate(now, ZONE);
  const calls = (route: string) => h.economic.state().calls.byRoute[route] ?? 0;
  const day = () => h.runtime.ledger.days.find(h.runtime.profile.name, today, 'DKK', 'domestic')!;
  const tolerance = (roundingTolerance: string) => h.runtime.saveProfile({ ...h.runtime.profile, roundingTolerance });
  const held = { date: today, currency: 'DKK', rounding: '0.04', roundingBound: '0.02', count: '2', tolerance: '0.00', orders: '9501' };

  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [shortOnVat(9501, today, MOBILEPAY), krusPaidWith(9502, today, DANKORT)],
      profile: { ...journalDayProfile(now, 2), roundingTolerance: '0.05' },
    });
    // Both orders go into today's day, which is still open.
    await h.runtime.syncOnce();
    for (const id of ['9501', '9502']) expect(h.runtime.ledger.orders.get(id)?.state).toBe('in-day');
  }, 60_000);
  afterAll(() => h.close());

  it('holds the day above the bound with LB-3022, naming the day and order 9501, and writes nothing to the journal', async () => {
    tolerance('0.00');
    h.clock.advanceDays(2);
    await h.runtime.syncOnce();
    expect(calls(VOUCHERS)).toBe(0);
    expect(day().state).toBe('open');
    expect(day().reasonCode).toBe('LB-3022');
    // Where an order's number would stand, the day as the owner knows it: its order numbers and its date.
    expect((day().reasonDetail as { params: unknown }).params).toEqual({ ...held, orderNumber: `9501–9502 (${today})` });
    const message = describeProblem('LB-3022', held, 'da').message;
    expect(message).toContain(`Dagsopgørelsen for ${today} (DKK) skulle have en øreafrunding på 0,04 kr.`);
    expect(message).toContain('Ordrer, hvis linjer ikke længere giver deres total: 9501.');
  });

  it('tries it again at the next sync and holds it again, still without a voucher', async () => {
    await h.runtime.syncOnce();
    expect(calls(VOUCHERS)).toBe(0);
    expect(day().reasonCode).toBe('LB-3022');
  });

  it('shows the same problem in the dry run instead of a voucher', async () => {
    const { days } = await previewOrders(h.runtime, 10);
    const preview = days.find((d) => d.date === today)!;
    expect(preview.problem).toEqual({ code: 'LB-3022', params: { ...held, orderNumber: `${today} DKK` } });
    expect(preview.voucher).toBeNull();
    expect(preview.gross).toBe('597.96');
  });

  it('books the day within the bound once the tolerance is 0.05 again: the −0.04 goes on the rounding product of MobilePay', async () => {
    tolerance('0.05');
    await h.runtime.syncOnce();
    expect(calls(VOUCHERS)).toBe(1);
    const [voucher] = (h.economic.state().vouchers as unknown as Voucher[]).filter((v) => v.journalNumber === 1);
    expect(voucher.entries.map((e) => [e.accountNumber, e.contraAccountNumber, money(dec(e.amount)), e.contraVatAmount === undefined ? null : money(dec(e.contraVatAmount))])).toEqual([
      [5821, 1010, '299.00', '59.80'],
      [5820, 1010, '299.00', '59.80'],
      [5820, 1040, '-0.04', null],
    ]);
    expect(day().state).toBe('done');
    expect(day().gross).toBe('597.96');
  });
});
