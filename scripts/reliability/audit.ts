import type { Order } from '../../shared/domain/order';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { checkEligibility } from '../../main/engine/eligibility';
import { orderReference } from '../../main/engine/plan/references';
import type { Ledger } from '../../main/ledger';
import type { EconomicSandboxState } from '../../main/sandbox/economic';

export interface Audit {
  shopOrders: number;
  /** Shop orders in a stage that should be transferred (paid and not cancelled). */
  toTransfer: number;
  bookedInEconomic: number;
  /** Invoices beyond the first for the same order: booked twice, or a draft beside a booked invoice or another draft. */
  duplicates: number;
  /** Orders that should be transferred but are neither booked (in e-conomic and the ledger) nor waiting with a reason. */
  lost: number;
  lostOrders: string[];
  /**
   * Booked exactly once in e-conomic but still 'booked' in the ledger: the after-booking work
   * (PDF download and queued mail for invoices from e-conomic) has not run yet.
   */
  bookedNotFinished: number;
  duplicateReferences: string[];
  ledgerByState: Record<string, number>;
}

const WAITING_WITH_REASON = new Set(['held', 'needs-attention', 'failed', 'skipped']);

/**
 * Compares the shop, e-conomic and the ledger after a run. Every invoice is found by
 * its `references.other` (the order's reference), which is how the engine finds its
 * own invoices too.
 */
export function auditRun(shopRaw: unknown[], state: EconomicSandboxState, ledger: Ledger, orderStages: string[]): Audit {
  const perReference = new Map<string, { booked: number; drafts: number }>();
  const count = (ref: string | undefined, kind: 'booked' | 'drafts') => {
    if (!ref) return;
    const c = perReference.get(ref) ?? { booked: 0, drafts: 0 };
    c[kind]++;
    perReference.set(ref, c);
  };
  for (const b of state.booked as Array<{ references?: { other?: string } }>) count(b.references?.other, 'booked');
  for (const d of state.drafts as Array<{ references?: { other?: string } }>) count(d.references?.other, 'drafts');
  let duplicates = 0;
  const duplicateReferences: string[] = [];
  for (const [ref, c] of perReference) {
    if (c.booked + c.drafts > 1) {
      duplicates += c.booked + c.drafts - 1;
      duplicateReferences.push(ref);
    }
  }

  let toTransfer = 0;
  const lostOrders: string[] = [];
  for (const raw of shopRaw) {
    const order: Order = normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }).order;
    if (!checkEligibility(order, orderStages).eligible) continue;
    toTransfer++;
    const row = ledger.orders.get(order.id);
    const booked = perReference.get(orderReference(order.platform, order.id, null))?.booked ?? 0;
    const finished = row && (row.state === 'done' || row.state === 'booked') && booked >= 1;
    const waiting = row && WAITING_WITH_REASON.has(row.state) && row.reasonCode !== null && booked === 0;
    if (!finished && !waiting) lostOrders.push(`${order.id} (${row ? `${row.state}${row.reasonCode ? ` ${row.reasonCode}` : ''}` : 'not in the ledger'}, ${booked} booked)`);
  }
  return {
    shopOrders: shopRaw.length,
    toTransfer,
    bookedInEconomic: state.booked.length,
    duplicates,
    lost: lostOrders.length,
    lostOrders: lostOrders.slice(0, 20),
    bookedNotFinished: ledger.orders.countByState().booked,
    duplicateReferences: duplicateReferences.slice(0, 20),
    ledgerByState: Object.fromEntries(Object.entries(ledger.orders.countByState()).filter(([, n]) => n > 0)),
  };
}
