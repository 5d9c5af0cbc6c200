import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/domain/local-day';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { previewOrders } from '../../../../main/operations/dry-run';
import type { Runtime } from '../../../../main/runtime/runtime';
import { startSandboxHarness, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { krusSoldOn } from '../../../helpers/refund-cases';

/**
 * The dry run (and with it the overview's "next up" and the setup check) after a sync with
 * postingUnit "day", when a closed day holds an order that cannot be invoiced: the preview shows
 * that day waiting for the order, as the sync says it (LB-7020), and shows the other days all
 * the same, instead of failing as a whole (it once threw on the order's line without SKU, and
 * the overview then said the shop could not be reached).
 *
 * Every order is the Krus order of test/helpers/refund-cases.ts: 299.00 in total.
 */

const ZONE = 'Europe/Copenhagen';
const DAY = 86_400_000;
type Json = Record<string, unknown>;

/** The Krus order with its product's SKU missing in the shop. */
function withoutSku(n: number, date: string): Json {
  const order = krusSoldOn(n, date);
  return { ...order, line_items: (order.line_items as Json[]).map((line) => ({ ...line, sku: '' })) };
}

describe('dry run of daily summaries while a day waits for an order', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const day1 = calendarDaysAgo(3, now, ZONE);
  const today = localDate(now, ZONE);

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [krusSoldOn(9101, day1), withoutSku(9102, day1), krusSoldOn(9103, today, { date_created_gmt: now.toISOString().slice(0, 19), date_paid_gmt: now.toISOString().slice(0, 19), date_modified_gmt: now.toISOString().slice(0, 19) })],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY).toISOString() } },
    });
    runtime = await h.open();
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
  });

  it('the sync leaves the closed day open, waiting for the order without SKU', () => {
    const day = runtime.ledger.days.find('demo', day1, 'DKK', 'domestic')!;
    expect(day.state).toBe('open');
    expect(day.reasonCode).toBe('LB-7020');
  });

  it('shows that day waiting for order 9102 with both its orders (2 × 299.00 = 598.00), and today\'s day with its invoice of 299.00', async () => {
    const result = await previewOrders(runtime, 10);
    expect(result.days.map((d) => [d.date, d.orders, d.gross, d.problem?.code ?? null, d.invoice?.predicted.gross ?? null])).toEqual([
      [day1, 2, '598.00', 'LB-7020', null],
      [today, 1, '299.00', null, '299.00'],
    ]);
    expect(result.days[0].problem?.params).toEqual({ date: day1, currency: 'DKK', count: 1, orders: '9102' });
  });
});
