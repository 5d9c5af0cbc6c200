import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dec } from '../../../../shared/domain/money';
import type { SearchableOrder } from './order-search';
import { toGraphOrder } from './rest-to-graph';

/**
 * The sandbox shop's orders, kept as Shopify REST JSON (the platform-native shape the
 * admin API accepts) and served through GraphQL by converting on read.
 *
 * Every change moves `updated_at` strictly forward (millisecond steps), the way a real
 * shop's modification time moves, so "modified since" polling can be tested exactly.
 */

type Json = Record<string, unknown>;

export interface StoredOrder extends SearchableOrder {
  rest: Json;
}

export class SandboxInputError extends Error {}

function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SandboxInputError(`${what} must be a JSON object`);
  return value as Json;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return null;
}

function ms(value: unknown, fallback: number): number {
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(parsed) ? fallback : parsed;
}

export class ShopifyOrderStore {
  private readonly orders = new Map<string, StoredOrder>();
  private lastChangeMs = 0;
  private nextRefundId = 1_900_000_000;

  constructor(
    private readonly shopCurrency: string,
    private readonly persistFile?: string,
  ) {
    if (persistFile && existsSync(persistFile)) {
      const saved = JSON.parse(readFileSync(persistFile, 'utf8')) as { orders: Json[]; lastChangeMs: number; nextRefundId: number };
      for (const rest of saved.orders) this.put(rest);
      this.lastChangeMs = saved.lastChangeMs;
      this.nextRefundId = saved.nextRefundId;
    }
  }

  /** Seeds an order as given (its own updated_at is kept, or now when it has none). */
  seed(input: unknown): StoredOrder {
    const rest = { ...asObject(input, 'order') };
    if (idOf(rest.id) === null) throw new SandboxInputError('order.id is required (a number or a string)');
    if (typeof rest.updated_at !== 'string') rest.updated_at = this.tick();
    const stored = this.put(rest);
    this.lastChangeMs = Math.max(this.lastChangeMs, stored.updatedMs);
    this.save();
    return stored;
  }

  /** Creates or merges (top-level fields) an order by id and marks it modified now. */
  upsert(input: unknown): StoredOrder {
    const patch = asObject(input, 'order');
    const id = idOf(patch.id);
    if (id === null) throw new SandboxInputError('order.id is required (a number or a string)');
    const existing = this.orders.get(id)?.rest ?? {};
    const rest: Json = { ...existing, ...patch, id: patch.id, updated_at: this.tick() };
    if (typeof rest.created_at !== 'string') rest.created_at = rest.updated_at;
    const stored = this.put(rest);
    this.save();
    return stored;
  }

  /** Adds (or replaces, by refund id) a refund and updates the order's financial status. */
  addRefund(orderId: string, input: unknown): StoredOrder {
    const order = this.orders.get(orderId);
    if (!order) throw new SandboxInputError(`order ${orderId} not found`);
    const refund = { ...asObject(input, 'refund') };
    if (idOf(refund.id) === null) refund.id = this.nextRefundId++;
    refund.order_id ??= order.rest.id;
    refund.created_at ??= new Date().toISOString();
    const refunds = (Array.isArray(order.rest.refunds) ? (order.rest.refunds as Json[]) : []).filter((r) => idOf(r.id) !== idOf(refund.id));
    const rest: Json = { ...order.rest, refunds: [...refunds, refund], updated_at: this.tick() };
    const graph = toGraphOrder(rest, this.shopCurrency);
    const refunded = dec(graph.totalRefundedSet.shopMoney.amount);
    if (refunded.gt(0)) {
      rest.financial_status = refunded.gte(dec(graph.totalPriceSet.shopMoney.amount)) ? 'refunded' : 'partially_refunded';
    }
    const stored = this.put(rest);
    this.save();
    return stored;
  }

  get(id: string): StoredOrder | undefined {
    return this.orders.get(id);
  }

  all(): IterableIterator<StoredOrder> {
    return this.orders.values();
  }

  size(): number {
    return this.orders.size;
  }

  snapshot(): Json[] {
    return [...this.orders.values()].map((o) => o.rest);
  }

  reset(): void {
    this.orders.clear();
    this.save();
  }

  private tick(): string {
    this.lastChangeMs = Math.max(Date.now(), this.lastChangeMs + 1);
    return new Date(this.lastChangeMs).toISOString();
  }

  private put(rest: Json): StoredOrder {
    const id = idOf(rest.id) as string;
    const updatedMs = ms(rest.updated_at, Date.now());
    const createdMs = ms(rest.created_at, updatedMs);
    const stored: StoredOrder = {
      id,
      rest,
      updatedMs,
      createdMs,
      processedMs: ms(rest.processed_at, createdMs),
      financialStatus: typeof rest.financial_status === 'string' ? rest.financial_status : null,
      fulfillmentStatus: typeof rest.fulfillment_status === 'string' ? rest.fulfillment_status : null,
      cancelled: typeof rest.cancelled_at === 'string' && rest.cancelled_at !== '',
      closed: typeof rest.closed_at === 'string' && rest.closed_at !== '',
      name: typeof rest.name === 'string' ? rest.name : `#${id}`,
      email: typeof rest.email === 'string' ? rest.email : null,
    };
    this.orders.set(id, stored);
    return stored;
  }

  private save(): void {
    if (!this.persistFile) return;
    const tmp = `${this.persistFile}.tmp`;
    writeFileSync(tmp, JSON.stringify({ orders: this.snapshot(), lastChangeMs: this.lastChangeMs, nextRefundId: this.nextRefundId }));
    renameSync(tmp, this.persistFile);
  }
}
