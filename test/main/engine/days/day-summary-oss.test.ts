import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import type { Runtime } from '../../../../main/runtime/runtime';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { amountRefund } from '../../../helpers/refund-cases';
import { soldOn, ZONE } from '../../../helpers/day-summary-shop';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { wooOrder } from '../../../helpers/woo-order';

/**
 * A Danish shop under the One-Stop-Shop (profile `oss`, Germany's 19 % on product group 11) books
 * per day against the real sandboxes: a day with a sale to a consumer in Berlin is booked, the
 * German sale on its OSS product beside the Danish day product, and a refund of it later as a
 * negative line on the same product. Worked out by hand:
 * - 9700, the Krus order to Aarhus: 2 × Krus 200.00 + 50.00 VAT, GLS 39.20 + 9.80 = 299.00
 * - 9701 to Berlin: a cup at 119.00 incl. 19 % (100.00 + 19.00), shipping 5.95 (5.00 + 0.95) = 124.95
 * - later 11.90 of 9701 paid back as an amount: 10.00 + 1.90 VAT at 19 %.
 */

const DAY_MS = 86_400_000;

type Doc = { grossAmount: number; vatAmount: number; references?: { other?: string }; lines?: Array<{ product?: { productNumber?: string }; description: string; quantity: number; unitNetPrice: number }> };

describe('daily summary booking with One-Stop-Shop sales', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const sold = calendarDaysAgo(3, now, ZONE);
  const today = localDate(now, ZONE);

  const dayInvoice = (date: string) => {
    const [doc, ...more] = (h.economic.state().booked as unknown as Doc[]).filter((d) => d.references?.other === `lb-day:demo:${date}:DKK:domestic`);
    expect(more).toEqual([]);
    return doc && { gross: money(dec(String(doc.grossAmount))), vat: money(dec(String(doc.vatAmount))), lines: (doc.lines ?? []).map((l) => [l.product?.productNumber, l.description, l.quantity, l.unitNetPrice]) };
  };

  beforeAll(async () => {
    const at = `${sold}T12:00:00`;
    const berlin = wooOrder({ lines: [{ sku: 'KOP-01', quantity: 1, unitOre: 11900, rate: 19 }], pricesIncludeTax: true, shippingOre: 595, shippingRate: 19, buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } }, 9701);
    h = await startSandboxHarness({
      start: now,
      orders: [soldOn(9700, sold), { ...berlin, status: 'completed', date_created_gmt: at, date_paid_gmt: at, date_modified_gmt: at }],
      profile: (demo) => ({
        postingUnit: 'day',
        oss: true,
        productGroups: { ...demo.productGroups, 'DE:19': 11 },
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY_MS).toISOString() },
      }),
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  it("books the day with the German sale on its OSS product: 299.00 + 124.95 = 423.95, VAT 59.80 + 19.95 = 79.75", () => {
    expect(dayInvoice(sold)).toEqual({
      gross: '423.95',
      vat: '79.75',
      lines: [
        ['DAGSSALG-25', 'Salg, 25 % moms', 1, 200],
        ['FRAGT', 'Fragt, 25 % moms', 1, 39.2],
        ['OSS-DE-19', 'Salg, 19 % moms, OSS DE', 1, 100],
        ['OSS-DE-19', 'Fragt, 19 % moms, OSS DE', 1, 5],
      ],
    });
    expect(runtime.log.openProblems('demo').filter((p) => p.code === 'LB-2004')).toEqual([]);
  });

  it('books a later refund of the German sale on the same OSS product: −11.90, VAT −1.90', async () => {
    const res = await fetch(`${h.shop.url}/_sandbox/orders/9701/refunds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(amountRefund('woocommerce', 9701, '11.90')) });
    expect(res.ok).toBe(true);
    await runtime.syncOnce();
    h.clock.advanceDays(2);
    await runtime.syncOnce();
    expect(dayInvoice(today)).toEqual({ gross: '-11.90', vat: '-1.90', lines: [['OSS-DE-19', 'Refunderet salg, 19 % moms, OSS DE', -1, 10]] });
  });
});
