import { dec, money, sum } from '../../../../shared/domain/money';
import { parseWooGmt, wooGmt, wooLocal } from './clock';
import { idText, obj, type Json } from '../shared/json-values';

/**
 * The sandbox shop's orders and refunds, in WooCommerce's own JSON. Every change bumps the
 * order's date_modified(_gmt) to a time strictly later than any earlier change (at least a whole
 * second later), so that modified_after at WooCommerce's second resolution stays meaningful
 * even when a test changes orders faster than the wall clock ticks.
 */
export class WooStore {
  readonly orders = new Map<string, Json>();
  readonly refunds = new Map<string, Json[]>();
  private lastChangeSec = 0;
  private lastId = 0n;

  /** The WooCommerce release running the shop: stamped on every order it saves, as WooCommerce does. */
  wcVersion: string;

  constructor(
    private readonly currency: string,
    wcVersion: string,
  ) {
    this.wcVersion = wcVersion;
  }

  load(orders: unknown[], refunds: Record<string, unknown[]>): void {
    this.orders.clear();
    this.refunds.clear();
    this.lastChangeSec = 0;
    this.lastId = 0n;
    for (const raw of orders) {
      const order = structuredClone(obj(raw));
      const id = idText(order.id);
      if (id === '') continue;
      order.version ??= this.wcVersion;
      this.orders.set(id, order);
      this.noteId(id);
      const modified = parseWooGmt(order.date_modified_gmt);
      if (Number.isNaN(modified)) this.stampModified(order);
      else this.lastChangeSec = Math.max(this.lastChangeSec, Math.floor(modified / 1000));
    }
    for (const [orderId, list] of Object.entries(refunds)) {
      const copies = list.map((r) => structuredClone(obj(r)));
      copies.forEach((r) => this.noteId(idText(r.id)));
      this.refunds.set(orderId, copies);
    }
  }

  snapshot(): { orders: Json[]; refunds: Record<string, Json[]>; lastChangeSec: number } {
    return { orders: [...this.orders.values()], refunds: Object.fromEntries(this.refunds), lastChangeSec: this.lastChangeSec };
  }

  restore(snapshot: { orders: Json[]; refunds: Record<string, Json[]>; lastChangeSec: number }): void {
    this.load(snapshot.orders, snapshot.refunds);
    this.lastChangeSec = Math.max(this.lastChangeSec, snapshot.lastChangeSec);
  }

  /** Creates or merges an order (top-level fields replace; billing/shipping merge), then bumps it. */
  upsert(patch: unknown): Json {
    const input = obj(patch);
    let id = idText(input.id);
    const existing = id === '' ? undefined : this.orders.get(id);
    let order: Json;
    if (existing) {
      order = existing;
      for (const [key, value] of Object.entries(input)) {
        if ((key === 'billing' || key === 'shipping') && value && typeof value === 'object') {
          order[key] = { ...obj(order[key]), ...obj(value) };
        } else {
          order[key] = structuredClone(value);
        }
      }
    } else {
      if (id === '') id = this.newId();
      else this.noteId(id);
      order = { ...this.skeleton(id), ...structuredClone(input), id: input.id ?? Number(id) };
      this.orders.set(id, order);
    }
    this.stampModified(order);
    return order;
  }

  /** Adds a native refund to an order, as WooCommerce does when a refund is created. */
  addRefund(orderId: string, refundInput: unknown): Json | null {
    const order = this.orders.get(orderId);
    if (!order) return null;
    const refund = structuredClone(obj(refundInput));
    const rid = idText(refund.id) || this.newId();
    if (refund.id === undefined) refund.id = Number(rid);
    else this.noteId(rid);
    const at = this.nextChangeMs();
    refund.date_created ??= wooLocal(at);
    refund.date_created_gmt ??= wooGmt(at);
    refund.amount = money(dec(String(refund.amount ?? '0')).abs());
    refund.reason ??= '';
    refund.refunded_by ??= 1;
    refund.refunded_payment ??= false;
    refund.meta_data ??= [];
    refund.line_items ??= [];
    const list = this.refunds.get(orderId) ?? [];
    list.unshift(refund);
    this.refunds.set(orderId, list);
    const summaries = Array.isArray(order.refunds) ? (order.refunds as Json[]) : [];
    order.refunds = [{ id: refund.id, reason: refund.reason, total: `-${refund.amount}` }, ...summaries];
    const refunded = sum((order.refunds as Json[]).map((r) => dec(String(r.total ?? '0')).abs()));
    if (refunded.gte(dec(String(order.total ?? '0'))) && order.status !== 'refunded') order.status = 'refunded';
    this.stampModified(order, at);
    return refund;
  }

  private stampModified(order: Json, at = this.nextChangeMs()): void {
    order.version = this.wcVersion;
    order.date_modified = wooLocal(at);
    order.date_modified_gmt = wooGmt(at);
    order.date_created ??= wooLocal(at);
    order.date_created_gmt ??= wooGmt(at);
  }

  private nextChangeMs(): number {
    this.lastChangeSec = Math.max(Math.floor(Date.now() / 1000), this.lastChangeSec + 1);
    return this.lastChangeSec * 1000;
  }

  private noteId(id: string): void {
    if (/^\d+$/.test(id) && BigInt(id) > this.lastId) this.lastId = BigInt(id);
  }

  private newId(): string {
    this.lastId += 1n;
    return this.lastId.toString();
  }

  private skeleton(id: string): Json {
    return {
      id: Number(id),
      parent_id: 0,
      number: id,
      order_key: `wc_order_${id}`,
      created_via: 'rest-api',
      status: 'pending',
      currency: this.currency,
      prices_include_tax: true,
      discount_total: '0.00',
      discount_tax: '0.00',
      shipping_total: '0.00',
      shipping_tax: '0.00',
      cart_tax: '0.00',
      total: '0.00',
      total_tax: '0.00',
      customer_id: 0,
      customer_note: '',
      billing: {},
      shipping: {},
      payment_method: '',
      payment_method_title: '',
      transaction_id: '',
      date_paid: null,
      date_paid_gmt: null,
      date_completed: null,
      date_completed_gmt: null,
      meta_data: [],
      line_items: [],
      tax_lines: [],
      shipping_lines: [],
      fee_lines: [],
      coupon_lines: [],
      refunds: [],
    };
  }
}
