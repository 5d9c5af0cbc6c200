import { hash } from 'node:crypto';
import type { NormalizedOrder, Order } from '../../shared/domain/order';

/** The parts of an order the content hash covers, in the order it writes them. */
const HASHED_PARTS = ['currency', 'pricesIncludeTax', 'lines', 'shippingLines', 'feeLines', 'giftCards', 'totals', 'billing', 'shipping', 'payment'] as const;

/**
 * A hash over everything in an order that would change its invoice. Status changes
 * and refunds are tracked on their own (eligibility, and `refundsKey` for credit notes),
 * so they are left out: a refund must not make LedgerBridge rewrite an invoice.
 */
export function invoiceContentHash(order: Order): string {
  return contentHashOf((part) => jsonOf(part === 'totals' ? totalsHashed(order) : order[part]));
}

/**
 * What the ledger keeps of an order seen in the shop: its JSON (`{...order, findings}`, as
 * JSON.stringify writes it) and its content hash (invoiceContentHash). Both are written from
 * one JSON text per part: the lines and parties are most of an order, and writing them twice
 * was about a tenth of its compute. The texts are those JSON.stringify writes for the whole
 * objects, so the document and the hashes already stored stay the same.
 */
export function seenDocument({ order, findings }: NormalizedOrder): { orderJson: string; contentHash: string } {
  const hashed: Partial<Record<HashedPart, string>> = {};
  let orderJson = '{';
  const member = (key: string, value: unknown) => {
    const json = jsonOf(value);
    if (HASHED.has(key)) hashed[key as HashedPart] = json;
    if (json !== undefined) orderJson += `${orderJson.length === 1 ? '' : ','}${keyJson(key)}:${json}`;
  };
  // The members of `{...order, findings}` in its order: the order's own keys, then findings
  // (in the place of an order's own `findings`, were there one).
  let findingsWritten = false;
  for (const key of Object.keys(order)) {
    findingsWritten ||= key === 'findings';
    member(key, key === 'findings' ? findings : order[key as keyof Order]);
  }
  if (!findingsWritten) member('findings', findings);
  return {
    orderJson: `${orderJson}}`,
    contentHash: contentHashOf((part) => (part === 'totals' ? jsonOf(totalsHashed(order)) : hashed[part])),
  };
}

/** JSON.stringify(key), written once per member name (an order has the same two dozen) instead of once per member of every order. */
function keyJson(key: string): string {
  let json = KEY_JSON.get(key);
  if (json === undefined) {
    json = JSON.stringify(key);
    if (KEY_JSON.size < 256) KEY_JSON.set(key, json);
  }
  return json;
}

const KEY_JSON = new Map<string, string>();

type HashedPart = (typeof HASHED_PARTS)[number];
const HASHED: ReadonlySet<string> = new Set(HASHED_PARTS);

/** The SHA-256 (first 32 hex digits) of `{"currency":…,"pricesIncludeTax":…,…}`, the hashed parts' JSON in HASHED_PARTS order. */
function contentHashOf(partJson: (part: HashedPart) => string | undefined): string {
  let text = '{';
  for (const part of HASHED_PARTS) {
    const json = partJson(part);
    if (json !== undefined) text += `${text.length === 1 ? '' : ','}"${part}":${json}`;
  }
  // crypto.hash: the one-shot digest, without a Hash object per order.
  return hash('sha256', `${text}}`, 'hex').slice(0, 32);
}

/** The totals without `refunded`: refunds are the credit-note step's (refundsKey). */
function totalsHashed(order: Order): Omit<Order['totals'], 'refunded'> {
  const { refunded: _refunded, ...totals } = order.totals;
  return totals;
}

/** JSON.stringify's text for a member's value; undefined where it leaves the member out. */
function jsonOf(value: unknown): string | undefined {
  return typeof value === 'function' || typeof value === 'symbol' ? undefined : (JSON.stringify(value) as string | undefined);
}

/**
 * What the credit-note step must notice about an order: which refunds it has (id and amount,
 * on either platform) and whether it is cancelled. Any change in it — a partial refund that
 * leaves the order's status and invoice content as they were included — hands the order on.
 */
export function refundsKey(order: Order): string {
  const refunds = order.refunds.map((r) => `${r.id}=${r.amount}`).sort();
  return `${refunds.join(',')}${order.stage.cancelled ? ';cancelled' : ''}`;
}
