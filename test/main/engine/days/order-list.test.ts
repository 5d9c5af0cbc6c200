import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money, sum } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import type { Runtime } from '../../../../main/runtime/runtime';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { amountRefund, unitRefund } from '../../../helpers/refund-cases';
import { soldOn, ZONE } from '../../../helpers/day-summary-shop';
import { calendarDaysAgo } from '../../../helpers/local-days';

/**
 * The order list of a day made only of money going back for orders booked in an earlier day
 * (postingUnit "day"), as the accountant gets it: every refund a row, with the VAT the day's
 * invoice takes back for it, so the list's VAT adds up to the invoice's as its totals do.
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts: 299.00 = 2 × Krus (net 200.00
 * + VAT 50.00) + GLS shipping (net 39.20 + VAT 9.80). After their day is booked:
 * - 8301: one Krus returned:               −125.00, VAT −25.00
 * - 8302: cancelled, the whole order back:  −299.00, VAT −59.80 (50.00 + 9.80)
 * - 8303: 50.00 paid back as an amount only, at the order's 25 %: net −40.00, VAT −10.00
 * in all −474.00, VAT −94.80.
 */

const DAY_MS = 86_400_000;

describe("the order list of a day of refunds for an earlier day's orders", () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const sold = calendarDaysAgo(4, now, ZONE);
  const today = localDate(now, ZONE);

  async function admin(path: string, body: unknown): Promise<void> {
    const res = await fetch(`${h.shop.url}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [
        soldOn(8301, sold),
        soldOn(8302, sold),
        soldOn(8303, sold),
        // Paid by card: the shop's checkout text, which the profile maps as "Kreditkort".
        soldOn(8304, sold, { payment_method: 'stripe', payment_method_title: 'Betal med kort (Visa, Mastercard, Dankort)' }),
      ],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 6 * DAY_MS).toISOString() } },
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    await admin('orders/8301/refunds', unitRefund('woocommerce', 8301));
    await admin('orders', { ...soldOn(8302, sold), status: 'cancelled', date_modified_gmt: now.toISOString().slice(0, 19) });
    await admin('orders/8303/refunds', amountRefund('woocommerce', 8303, '50.00'));
    await runtime.syncOnce();
    h.clock.advanceDays(2);
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  const todaysDay = () => runtime.ledger.days.find('demo', today, 'DKK', 'domestic')!;
  const rows = () => todaysDay().orderList!.trim().split('\r\n').slice(1).map((r) => r.split(';'));

  it('books the refunds as one day invoice of −474.00 whose VAT is −94.80', () => {
    const [invoice, ...more] = (h.economic.state().booked as unknown as Array<{ grossAmount: number; vatAmount: number; references?: { other?: string } }>).filter((d) => d.references?.other === `lb-day:demo:${today}:DKK:domestic`);
    expect(more).toEqual([]);
    expect([money(dec(String(invoice.grossAmount))), money(dec(String(invoice.vatAmount)))]).toEqual(['-474.00', '-94.80']);
  });

  it('lists each refund with the VAT taken back for it, the cancellation and the amount refund too', () => {
    expect(rows()).toEqual([
      ['refundering', '8301', today, 'Mette Jensen', '-125,00', '-25,00', 'MobilePay'],
      ['refundering', '8302', today, 'Mette Jensen', '-299,00', '-59,80', 'MobilePay'],
      ['refundering', '8303', today, 'Mette Jensen', '-50,00', '-10,00', 'MobilePay'],
    ]);
  });

  it('names a payment method as the profile does, as the payments and the journal do, not by the shop’s checkout text', () => {
    const soldDay = runtime.ledger.days.find('demo', sold, 'DKK', 'domestic')!;
    const card = soldDay.orderList!.split('\r\n').find((r) => r.startsWith('ordre;8304;'));
    expect(card).toBe(`ordre;8304;${sold};Mette Jensen;299,00;59,80;Kreditkort`);
  });

  it("adds up to the invoice: totals −474,00 and VAT −94,80", () => {
    const column = (i: number) => money(sum(rows().map((r) => dec(r[i].replace(',', '.')))));
    expect([column(4), column(5)]).toEqual(['-474.00', '-94.80']);
  });
});
