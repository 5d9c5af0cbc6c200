import { describe, type Described, type Lang, type Params } from '../../shared/errors';
import type { OrderRow } from '../ledger/orders';

/**
 * The parameters of why an order stopped, as the engine stored them with the reason
 * (`reasonDetail.params`), plus the order's number, which every text may name.
 */
export function reasonParams(row: OrderRow, detail: unknown): Params {
  const params = (detail as { params?: Record<string, unknown> } | null)?.params ?? {};
  const out: Record<string, string> = { orderNumber: row.number };
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/** Why the order is where it is now, in the owner's language; null when nothing stops it. */
export function currentReason(row: OrderRow, lang: Lang): Described | null {
  return row.reasonCode ? describe(row.reasonCode, reasonParams(row, row.reasonDetail), lang) : null;
}
