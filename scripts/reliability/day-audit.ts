import type { Order } from '../../shared/domain/order';
import { dec, money } from '../../shared/domain/money';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { dayReference } from '../../main/engine/days/plan-day';
import { checkEligibility } from '../../main/engine/eligibility';
import { orderReference } from '../../main/engine/plan/references';
import type { Ledger } from '../../main/ledger';
import type { EconomicSandboxState } from '../../main/sandbox/economic';

export interface DayAudit {
  shopOrders: number;
  toTransfer: number;
  days: number;
  daysBooked: number;
  /** Documents beyond the first under one references.other (a day or an own invoice), plus orders entered into two days. */
  duplicates: number;
  duplicateReferences: string[];
  ordersInTwoDays: number;
  /** Orders that should be transferred but are neither in a booked day, booked on their own, nor waiting with a reason. */
  lost: number;
  lostOrders: string[];
  /** Booked days whose invoice gross is not the Σ of their entries fixed at freezing. */
  wrongTotals: string[];
}

type Doc = { references?: { other?: string }; grossAmount?: number };
const WAITING_WITH_REASON = new Set(['held', 'needs-attention', 'failed', 'skipped']);

/**
 * Compares the shop, e-conomic and the ledger after a summary-mode campaign. Day invoices are
 * found by their `references.other` (dayReference), as the engine finds them after a crash; an
 * order that needs its own invoice (a business buyer) by its order reference.
 */
export function auditDays(shopRaw: unknown[], state: EconomicSandboxState, ledger: Ledger, profile: string, orderStages: string[]): DayAudit {
  const perReference = new Map<string, Doc[]>();
  for (const d of [...(state.booked as Doc[]), ...(state.drafts as Doc[])]) {
    const ref = d.references?.other;
    if (ref) perReference.set(ref, [...(perReference.get(ref) ?? []), d]);
  }
  const booked = new Map((state.booked as Doc[]).filter((d) => d.references?.other).map((d) => [d.references!.other!, d]));
  const duplicateReferences = [...perReference].filter(([, docs]) => docs.length > 1).map(([ref]) => ref);
  let duplicates = [...perReference.values()].reduce((n, docs) => n + Math.max(0, docs.length - 1), 0);

  const days = ledger.days.list(profile, 1_000_000).items;
  const dayOf = new Map<string, number>();
  let ordersInTwoDays = 0;
  const wrongTotals: string[] = [];
  for (const day of days) {
    for (const e of ledger.days.entries(day.id)) {
      if (e.kind !== 'order') continue;
      if (dayOf.has(e.orderId)) ordersInTwoDays++;
      dayOf.set(e.orderId, day.id);
    }
    const invoice = booked.get(dayReference({ profileName: profile, date: day.day, currency: day.currency, zone: day.zone }));
    if (invoice && day.gross !== null && money(dec(String(invoice.grossAmount))) !== money(dec(day.gross))) wrongTotals.push(`${day.day} ${day.currency}: ${invoice.grossAmount} ≠ ${day.gross}`);
  }
  duplicates += ordersInTwoDays;
  const dayById = new Map(days.map((d) => [d.id, d]));

  let toTransfer = 0;
  const lostOrders: string[] = [];
  for (const raw of shopRaw) {
    const order: Order = normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }).order;
    if (!checkEligibility(order, orderStages).eligible) continue;
    toTransfer++;
    const row = ledger.orders.get(order.id);
    const day = dayById.get(dayOf.get(order.id) ?? -1);
    const inBookedDay = day?.state === 'done' && booked.has(dayReference({ profileName: profile, date: day.day, currency: day.currency, zone: day.zone }));
    // A closed day that waits for one of its orders, or was held for the owner, says why.
    const dayWaits = day !== undefined && day.state !== 'done' && (day.reasonCode !== null || day.state === 'held');
    const ownInvoice = booked.has(orderReference(order.platform, order.id, null)) && (row?.state === 'done' || row?.state === 'booked');
    const waiting = row !== null && row !== undefined && WAITING_WITH_REASON.has(row.state) && row.reasonCode !== null;
    if (!inBookedDay && !dayWaits && !ownInvoice && !waiting) lostOrders.push(`${order.id} (${row ? `${row.state}${row.reasonCode ? ` ${row.reasonCode}` : ''}` : 'not in the ledger'}${day ? `, day ${day.day} ${day.state}` : ', in no day'})`);
  }
  return {
    shopOrders: shopRaw.length,
    toTransfer,
    days: days.length,
    daysBooked: days.filter((d) => d.state === 'done').length,
    duplicates,
    duplicateReferences: duplicateReferences.slice(0, 20),
    ordersInTwoDays,
    lost: lostOrders.length,
    lostOrders: lostOrders.slice(0, 20),
    wrongTotals: wrongTotals.slice(0, 20),
  };
}
