import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBefore, nextDate } from '../../../shared/domain/local-day';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { importPreview, importWindowWarning } from '../../../main/operations/import';
import type { ShopifySandbox } from '../../../main/sandbox/shops/shopify';
import { generateShopifyOrders } from '../../../main/sandbox/shops/shopify/demo-orders';

/**
 * Issue 14 §4: a Shopify app without the `read_all_orders` scope is shown only the orders of
 * the last 60 days, and Shopify says nothing about it. An import that reaches back further
 * would look complete while the older orders are simply missing, so the preview warns first
 * (LB-2047, with the first day Shopify shows whole) and names the scope to grant.
 */

const DAY = 86_400_000;
const now = Date.now();
const copenhagenDay = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
// Orders created 100, 70 and 10 days ago.
const orders = generateShopifyOrders({ count: 3, seed: 21 }).map((o, i) => {
  const created = at([100, 70, 10][i]);
  return { ...o, financial_status: 'paid', cancelled_at: null, created_at: created, processed_at: created, updated_at: created };
});

let harness: SandboxHarness<ShopifySandbox>;
let runtime: Awaited<ReturnType<SandboxHarness['open']>>;
beforeAll(async () => {
  harness = await startSandboxHarness({ platform: 'shopify', orders, profile: { language: 'en' } });
  runtime = await harness.open();
});
afterAll(async () => {
  runtime.close();
  await harness.close();
});

it('without read_all_orders, a preview reaching back more than 60 days warns first: Shopify would silently leave the older orders out', async () => {
  harness.shop.setSettings({ scopes: ['read_orders'] });
  const from = copenhagenDay(now - 90 * DAY);
  const preview = await importPreview(runtime, { from });
  // Shopify shows only the order of 10 days ago: the two older ones are missing, and nothing else says so.
  expect(preview.total).toBe(1);
  expect(preview.warning?.code).toBe('LB-2047');
  // The first day Shopify shows whole: 60 × 24 hours back is somewhere in a day, so the day after
  // (not the day of 59 × 24 hours back: across a change of the clocks that can be the same day).
  const oldest = nextDate(copenhagenDay(now - 60 * DAY));
  expect(preview.warning?.message).toContain(from);
  expect(preview.warning?.message).toContain(oldest);
  expect(preview.warning?.fix).toContain('read_all_orders');
  expect(preview.warning?.fix).toContain('Check the orders');
});

it('without read_all_orders, an import within the 60 days is not warned about', async () => {
  harness.shop.setSettings({ scopes: ['read_orders'] });
  const preview = await importPreview(runtime, { from: copenhagenDay(now - 30 * DAY) });
  expect(preview.total).toBe(1);
  expect(preview.warning).toBeNull();
});

it('with read_all_orders, every order since the day is shown and nothing is warned about', async () => {
  harness.shop.setSettings({ scopes: ['read_orders', 'read_all_orders'] });
  const preview = await importPreview(runtime, { from: copenhagenDay(now - 120 * DAY) });
  expect(preview.total).toBe(3);
  expect(preview.warning).toBeNull();
});

describe('the first day Shopify shows whole, counted in Copenhagen from 60 × 24 hours before the clock', () => {
  let shopify: SandboxHarness<ShopifySandbox>;
  beforeAll(async () => {
    shopify = await startSandboxHarness({ platform: 'shopify', orders: [], profile: { language: 'en' } });
    shopify.shop.setSettings({ scopes: ['read_orders'] });
  });
  afterAll(() => shopify.close());

  it.each([
    // 60 × 24 h back is 12:00Z on 8 October, 14:00 in Copenhagen: the 8th is partly hidden, the 9th whole.
    ['2026-12-07T12:00:00Z', '2026-10-09'],
    // 22:30Z on 24 October is 00:30 on 25 October in Copenhagen (summer time until 01:00Z that day): the
    // 25th is not whole, though 24 hours after that instant (22:30Z on the 25th, winter time) is still the 25th.
    ['2026-12-23T22:30:00Z', '2026-10-26'],
    // 22:30Z on 27 March 2027 is 23:30 in Copenhagen (winter time): the 28th begins half an hour later, whole,
    // though 24 hours after that instant (22:30Z on the 28th, summer time) is 00:30 on the 29th.
    ['2027-05-26T22:30:00Z', '2027-03-28'],
    // 23:00Z on 30 November is midnight in Copenhagen: 1 December is shown from its first instant, whole.
    ['2027-01-29T23:00:00Z', '2026-12-01'],
  ])('at %s it names %s, and an import from that day is not warned about', async (at, firstWholeDay) => {
    const runtime = await shopify.open({ clock: () => new Date(at) });
    try {
      const warning = await importWindowWarning(runtime, { from: '2026-06-01' });
      expect(warning?.code).toBe('LB-2047');
      expect(warning?.message.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-06-01', firstWholeDay]);
      // The fix says "choose a date from" it: that date must be whole, or the import warns again.
      expect(await importWindowWarning(runtime, { from: firstWholeDay })).toBeNull();
      expect(await importWindowWarning(runtime, { from: daysBefore(firstWholeDay, 1) })).not.toBeNull();
    } finally {
      runtime.close();
    }
  });
});
