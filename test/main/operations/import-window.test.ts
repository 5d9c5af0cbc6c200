import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { importPreview } from '../../../main/operations/import';
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
  // The first day Shopify shows whole: 60 days back is somewhere in the day 60 days ago, so the day after.
  const oldest = copenhagenDay(now - 59 * DAY);
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
