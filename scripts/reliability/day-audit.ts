import type { Order } from '../../shared/domain/order';
import { dec, money } from '../../shared/domain/money';
import { normalizeWooOrder } from '../../main/connectors/shops/woocommerce/normalize';
import { dayReference } from '../../main/engine/days/plan-day';
import { checkEligibility } from '../../main/engine/eligibility';
import { orderReference } from '../../main/engine/plan/references';
import type { DayRow, Ledger } from '../../main/ledger';
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

/** Which day each order was entered into (by the ledger's day entries), and how many orders were entered into a second day. */
export function daysOfOrders(ledger: Ledger, days: DayRow[]): { dayOf: Map<string, DayRow>; ordersInTwoDays: number } {
  const dayOf = new Map<string, DayRow>();
  let ordersInTwoDays = 0;
  for (const day of days) {
    for (const e of ledger.days.entries(day.id)) {
      if (e.kind !== 'order') continue;
      if (dayOf.has(e.orderId)) ordersInTwoDays++;
      dayOf.set(e.orderId, day);
    }
  }
  return { dayOf, ordersInTwoDays };
}

/** The shop's orders in a transfer stage (paid, not cancelled), normalized, each with its raw payload. */
export function ordersToTransfer(shopRaw: unknown[], orderStages: string[]): Array<{ order: Order; raw: unknown }> {
  return shopRaw
    .map((raw) => ({ raw, order: normalizeWooOrder(raw, { vatNumberMetaKey: '_vat_number', eanMetaKey: '_billing_ean' }).order }))
    .filter(({ order }) => checkEligibility(order, orderStages).eligible);
}

/**
 * Whether an order not booked in a day waits with a reason: its day is closed and says why (or
 * was held for the owner), or the order itself waits in the ledger with a reason code.
 */
export function waitsWithReason(ledger: Ledger, orderId: string, day: DayRow | undefined): boolean {
  const dayWaits = day !== undefined && day.state !== 'done' && (day.reasonCode !== null || day.state === 'held');
  const row = ledger.orders.get(orderId);
  return dayWaits || (row !== null && row !== undefined && WAITING_WITH_REASON.has(row.state) && row.reasonCode !== null);
}

/** How a lost order is listed: its ledger state and reason, and its day. */
export function describeLost(ledger: Ledger, orderId: string, day: DayRow | undefined): string {
  const row = ledger.orders.get(orderId);
  return `${orderId} (${row ? `${row.state}${row.reasonCode ? ` ${row.reasonCode}` : ''}` : 'not in the ledger'}${day ? `, day ${day.day} ${day.state}` : ', in no day'})`;
}

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
  const { dayOf, ordersInTwoDays } = daysOfOrders(ledger, days);
  const wrongTotals: string[] = [];
  for (const day of days) {
    const invoice = booked.get(dayReference({ profileName: profile, date: day.day, currency: day.currency, zone: day.zone }));
    if (invoice && day.gross !== null && money(dec(String(invoice.grossAmount))) !== money(dec(day.gross))) wrongTotals.push(`${day.day} ${day.currency}: ${invoice.grossAmount} ≠ ${day.gross}`);
  }
  duplicates += ordersInTwoDays;

  const transfer = ordersToTransfer(shopRaw, orderStages);
  const lostOrders: string[] = [];
  for (const { order } of transfer) {
    const row = ledger.orders.get(order.id);
    const day = dayOf.get(order.id);
    const inBookedDay = day?.state === 'done' && booked.has(dayReference({ profileName: profile, date: day.day, currency: day.currency, zone: day.zone }));
    const ownInvoice = booked.has(orderReference(order.platform, order.id, null)) && (row?.state === 'done' || row?.state === 'booked');
    if (!inBookedDay && !ownInvoice && !waitsWithReason(ledger, order.id, day)) lostOrders.push(describeLost(ledger, order.id, day));
  }
  return {
    shopOrders: shopRaw.length,
    toTransfer: transfer.length,
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
