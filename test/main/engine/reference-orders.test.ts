import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dec, money } from '../../../shared/domain/money';
import { startSandboxHarness, walkSupervisedPeriod } from '../../../main/demo/sandbox-harness';
import type { Platform } from '../../../shared/domain/order';

/**
 * Every real reference order whose figures reconcile (SOURCES.md "reconciles: yes") goes end to
 * end — shop sandbox → engine → e-conomic sandbox → booked — and the booked gross equals the
 * shop's total. The shops are foreign test shops, so each runs as its own agreement: the home
 * country is the buyer's, the VAT rates map to product groups with those rates, shipping goes on
 * a product at the shipping's own rate, and the owner's usual fixes are made in the shop first
 * (lines without an SKU or with one longer than e-conomic's 25 characters get one; an order
 * without a billing country gets the shop's).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw shop JSON of many shapes
type Json = Record<string, any>;
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'reference', 'shops');
const read = (platform: Platform, file: string): Json => {
  const j = JSON.parse(readFileSync(join(FIXTURES, platform, file), 'utf8'));
  return j.data ?? j;
};

const WOO: Array<[string, (j: Json) => Json[]]> = [
  ['docs-order-727-retrieve.json', (j) => [j]],
  ['docs-orders-list-727-723.json', (j) => j.filter((o: Json) => o.id === 723)],
  ['ios-order-211-prices-include-tax.json', (j) => [j]],
  ['ios-order-324-partially-refunded.json', (j) => [j]],
  ['ios-order-609-fully-refunded.json', (j) => [j]],
  ['ios-orders-list-4-orders.json', (j) => j.filter((o: Json) => o.id !== 963)],
];
const SHOPIFY: Array<[string, (j: Json) => Json[]]> = [
  ['docs-rest-order-create-eur-paid.json', (j) => [j.order ?? j]],
  ['docs-rest-order-create-manual-percentage-discount.json', (j) => [j.order ?? j]],
  ['docs-rest-order-create-partially-paid.json', (j) => [j.order ?? j]],
  ['docs-rest-order-create-pending.json', (j) => [j.order ?? j]],
  ['real-devstore-orders-jpy-draft-orders.json', (j) => j.orders],
];

const RATE_GROUPS: Record<string, number> = { '0': 2, '2': 4, '6': 5, '7.5': 6, '10': 7, '25': 1 };
const skuFor = (line: Json) => `SKU-${String(line.id).slice(-12)}`;
const fixSku = (line: Json) => (!line.sku || String(line.sku).length > 25 ? { ...line, sku: skuFor(line) } : line);

function ownerFixes(platform: Platform, order: Json): Json {
  const fixed: Json = { ...order, line_items: order.line_items.map(fixSku) };
  if (platform === 'shopify' && !order.billing_address?.country_code) {
    fixed.billing_address = { first_name: 'Kunde', last_name: 'Test', address1: 'Testvej 1', zip: '8000', city: 'Aarhus', country: 'Denmark', country_code: 'DK', ...(order.billing_address ?? {}), ...(order.billing_address?.country_code ? {} : { country_code: 'DK', country: 'Denmark' }) };
  }
  return fixed;
}

async function bookOne(platform: Platform, raw: Json): Promise<{ total: string; gross: string | null; state: string; reason: string | null }> {
  const harness = await startSandboxHarness({ platform, orders: [raw] });
  try {
    const runtime = await harness.open();
    try {
      // What the shop's own order looks like once normalized decides the agreement's settings.
      const normalized = (await (await runtime.shop()).getOrder(String(raw.id)))!;
      const order = normalized.order;
      const client = await runtime.economic();
      const shipRate = order.shippingLines.find((l) => !dec(l.total).isZero())?.taxRate ?? '0';
      await client.createProduct({ productNumber: 'FRAGT-REF', name: 'Fragt', productGroup: { productGroupNumber: RATE_GROUPS[dec(shipRate).toFixed()] ?? 2 } }, 'ref-fragt');
      runtime.saveProfile({
        ...runtime.profile,
        homeCountry: order.billing.country || 'DK',
        enabledCurrencies: [order.currency],
        customers: { mode: 'collective', collective: { '*': 1 }, customerGroupNumber: 1 },
        orderStages: [order.status],
        paymentMethods: { [order.payment.id]: { title: order.payment.title } },
        productGroups: RATE_GROUPS,
        products: { ...runtime.profile.products, shipping: 'FRAGT-REF' },
        invoiceSource: 'shop',
        rules: [],
        sync: { ...runtime.profile.sync, importFrom: '2000-01-01T00:00:00Z' },
      });
      walkSupervisedPeriod(runtime);
      await runtime.syncOnce();
      const row = runtime.ledger.orders.get(order.id)!;
      const booked = (harness.economic.state().booked as Array<{ grossAmount: number; references?: { other?: string } }>).find((b) => b.references?.other?.endsWith(`:${order.id}`));
      return { total: order.totals.total, gross: booked ? money(dec(String(booked.grossAmount))) : null, state: row.state, reason: row.reasonCode };
    } finally {
      runtime.close();
    }
  } finally {
    await harness.close();
  }
}

describe('every reconciling reference order is booked at the shop total', () => {
  for (const [platform, files] of [['woocommerce', WOO], ['shopify', SHOPIFY]] as const) {
    for (const [file, pick] of files) {
      for (const raw of pick(read(platform, file))) {
        it(`${platform} ${file} #${raw.id}`, async () => {
          const result = await bookOne(platform, ownerFixes(platform, raw));
          expect(result.state, `reason ${result.reason}`).toBe('done');
          expect(result.gross).toBe(money(dec(result.total)));
        });
      }
    }
  }
});
