import { createPrng, type Prng } from '../shared/prng';
import { danishPerson, PRODUCTS, type DanishPerson } from '../shared/danish-data';
import { buildWooOrder, type WooOrderSpec } from './order-builder';

/**
 * Realistic orders of a Danish WooCommerce shop, deterministic for a seed. Every order
 * reconciles to the øre. generateWooDemoOrders mixes in the cases a demo must show (one of each):
 * a gift card, an EU B2B reverse-charge order, a cancelled order and an order that fails
 * validation on purpose (a product line without SKU).
 */
export interface WooDemoOptions {
  count: number;
  seed: number;
  /** Time of the first order; fixed by default so the same seed gives the same orders. */
  start?: Date;
  /** Id of the first order (WooCommerce ids are post ids). */
  firstId?: number;
}

const DEFAULT_START = new Date('2026-10-01T07:00:00Z');

const PAYMENTS = [
  { id: 'mobilepay', title: 'MobilePay', weight: 40 },
  { id: 'dankort', title: 'Dankort', weight: 25 },
  { id: 'stripe', title: 'Kreditkort', weight: 25 },
  { id: 'bacs', title: 'Bankoverførsel', weight: 10 },
] as const;

const SHIPPING = {
  gls: { id: 'gls_pakkeshop', title: 'GLS Pakkeshop', gross: '39.00' },
  postnord: { id: 'postnord_home', title: 'PostNord - levering til døren', gross: '49.00' },
  free: { id: 'free_shipping', title: 'Gratis fragt', gross: '0.00' },
};

const NOTES = ['', '', '', '', 'Stil pakken ved døren, tak.', 'Gaveindpakning, tak.', 'Ring gerne før levering.'];

type Special = 'gift-card' | 'eu-b2b' | 'missing-sku' | 'cancelled';
const SPECIALS: Special[] = ['gift-card', 'eu-b2b', 'missing-sku', 'cancelled'];

export function generateWooDemoOrders(opts: WooDemoOptions): Record<string, unknown>[] {
  const specials = new Map<number, Special>();
  // Spread the special cases through the list (each exactly once when there is room).
  SPECIALS.slice(0, opts.count).forEach((s, k) => specials.set(Math.floor(((k + 1) * opts.count) / (SPECIALS.length + 1)), s));
  return generate(opts, (i) => specials.get(i) ?? null, true);
}

/** Plain valid orders in volume (load tests): no deliberate faults, no special cases. */
export function generateWooOrders(opts: WooDemoOptions): Record<string, unknown>[] {
  return generate(opts, () => null, false);
}

function generate(opts: WooDemoOptions, specialAt: (i: number) => Special | null, withCoupons: boolean): Record<string, unknown>[] {
  const prng = createPrng(opts.seed);
  let at = (opts.start ?? DEFAULT_START).getTime();
  let id = opts.firstId ?? 1001;
  let lineId = 1;
  const orders: Record<string, unknown>[] = [];
  for (let i = 0; i < opts.count; i++) {
    at += prng.int(7, 140) * 60_000 + prng.int(0, 59) * 1000;
    const special = specialAt(i);
    const spec = orderSpec(prng, { id, lineIdStart: lineId, createdMs: at, special, withCoupons });
    orders.push(buildWooOrder(spec));
    lineId += spec.lines.length + 4;
    id += prng.int(1, 3);
  }
  return orders;
}

function pickPayment(prng: Prng): (typeof PAYMENTS)[number] {
  let roll = prng.int(1, 100);
  for (const p of PAYMENTS) {
    roll -= p.weight;
    if (roll <= 0) return p;
  }
  return PAYMENTS[0];
}

function address(p: DanishPerson, withContact: boolean): Record<string, string> {
  return {
    first_name: p.firstName,
    last_name: p.lastName,
    company: '',
    address_1: p.address1,
    address_2: '',
    city: p.city,
    state: '',
    postcode: p.zip,
    country: p.country,
    ...(withContact ? { email: p.email } : {}),
    phone: p.phone,
  };
}

function orderSpec(
  prng: Prng,
  ctx: { id: number; lineIdStart: number; createdMs: number; special: Special | null; withCoupons: boolean },
): WooOrderSpec {
  const person = danishPerson(prng);
  const payment = pickPayment(prng);
  const lineCount = prng.int(1, 3);
  const chosen = new Set<number>();
  while (chosen.size < lineCount) chosen.add(prng.int(0, PRODUCTS.length - 1));
  const lines: WooOrderSpec['lines'] = [...chosen].map((p) => ({ product: PRODUCTS[p], quantity: prng.chance(0.75) ? 1 : prng.int(2, 3) }));
  const gross = lines.reduce((s, l) => s + Number(l.product.grossPrice) * l.quantity, 0); // only to pick a shipping tier
  const shippingMethod = gross >= 800 ? SHIPPING.free : prng.chance(0.6) ? SHIPPING.gls : SHIPPING.postnord;
  const coupon = ctx.withCoupons && ctx.special === null && prng.chance(0.15) ? { code: prng.pick(['VELKOMMEN10', 'EFTERAAR15']), percent: 0 } : undefined;
  if (coupon) coupon.percent = coupon.code === 'VELKOMMEN10' ? 10 : 15;

  // Bank transfers wait on-hold until the money arrives; a few card orders are still pending.
  let status = payment.id === 'bacs' ? (prng.chance(0.6) ? 'on-hold' : 'completed') : prng.chance(0.05) ? 'pending' : prng.chance(0.55) ? 'completed' : 'processing';
  if (ctx.special === 'cancelled') status = 'cancelled';
  const paid = status === 'processing' || status === 'completed';
  const paidMs = paid ? ctx.createdMs + prng.int(5, 90) * 1000 : null;
  const completedMs = status === 'completed' ? ctx.createdMs + prng.int(20, 48) * 3600_000 : null;
  const modifiedMs = Math.max(ctx.createdMs + 2000, paidMs ?? 0, completedMs ?? 0) + (ctx.special === 'cancelled' ? 3600_000 : 0);
  const meta = [{ key: 'is_vat_exempt', value: 'no' }];
  const billing = address(person, true);
  const spec: WooOrderSpec = {
    id: ctx.id,
    lineIdStart: ctx.lineIdStart,
    status,
    currency: 'DKK',
    createdMs: ctx.createdMs,
    paidMs,
    completedMs,
    modifiedMs,
    customerId: prng.chance(0.4) ? prng.int(2, 400) : 0,
    billing,
    shipping: address(person, false),
    payment: {
      id: payment.id,
      title: payment.title,
      transactionId: !paid || payment.id === 'bacs' ? '' : `${payment.id === 'stripe' ? 'pi_' : payment.id === 'mobilepay' ? 'mp_' : 'nets_'}${ctx.id.toString(16)}${prng.int(100000, 999999)}`,
    },
    lines,
    shippingMethod,
    coupon,
    meta,
    customerNote: prng.pick(NOTES),
  };

  if (ctx.special === 'gift-card') {
    spec.giftCard = { id: 7, code: 'GAVE-7K2M-PX4Q', amount: '100.00' };
    spec.lines = [{ product: PRODUCTS[4], quantity: 1 }];
    spec.shippingMethod = SHIPPING.free;
  }
  if (ctx.special === 'missing-sku') {
    spec.lines = [{ ...spec.lines[0], sku: '' }, ...spec.lines.slice(1)];
  }
  if (ctx.special === 'eu-b2b') {
    spec.reverseCharge = true;
    spec.payment = { id: 'bacs', title: 'Bankoverførsel', transactionId: '' };
    spec.status = 'processing';
    spec.paidMs = ctx.createdMs + 3 * 86400_000;
    spec.completedMs = null;
    spec.modifiedMs = spec.paidMs;
    spec.customerNote = 'Reverse charge - bitte USt-IdNr. auf der Rechnung angeben.';
    spec.billing = {
      first_name: 'Katrin',
      last_name: 'Vogel',
      company: 'Nordlicht Wohnen GmbH',
      address_1: 'Torstraße 140',
      address_2: '',
      city: 'Berlin',
      state: '',
      postcode: '10119',
      country: 'DE',
      email: 'einkauf@nordlicht-wohnen.example',
      phone: '+49 30 1234567',
    };
    const { email: _email, ...shippingAddress } = spec.billing;
    spec.shipping = shippingAddress;
    spec.shippingMethod = SHIPPING.postnord;
    spec.lines = [
      { product: PRODUCTS[0], quantity: 24 },
      { product: PRODUCTS[1], quantity: 12 },
    ];
    spec.meta = [
      { key: 'is_vat_exempt', value: 'yes' },
      { key: '_vat_number', value: 'DE123456789' },
      { key: '_vat_number_is_valid', value: 'true' },
      { key: '_customer_ip_country', value: 'DE' },
    ];
  }
  return spec;
}
