import { dec, money, type Dec } from '../../shared/domain/money';
import { dayClosesAt } from '../../shared/domain/local-day';
import type { Order, Platform } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';
import type { EconomicClient } from '../connectors/economic/client';
import type { BookedInvoice, DraftInvoice } from '../connectors/economic/types';
import { dayReference, dayReferencePrefix } from '../engine/days/plan-day';
import { DayVoucherStore, firstVoucher } from '../engine/days/day-voucher-store';
import { isDayVoucher, type PlannedDayVoucher } from '../engine/days/plan-day-voucher';
import { checkEligibility } from '../engine/eligibility';
import { orderReference, refundReference } from '../engine/plan/references';
import { danishDate } from '../engine/plan/text';
import { REASON } from '../engine/reasons';
import type { DayRow, DayZone, Ledger } from '../ledger';
import { DayPaymentsStore } from './day-payments-store';
import { VouchersInEconomic, type VoucherRef } from './day-vouchers-in-economic';
import { PaymentsStore } from './payments-store';

export interface ReconcileDeps {
  ledger: Ledger;
  client: EconomicClient;
  profile: Profile;
  /** The profile's part of its references (EngineContext.referenceQualifier); null or absent for the first profile. */
  referenceQualifier?: string | null;
  /** What time it is (the runtime's clock): whether a day has closed yet. */
  clock?: () => Date;
  /**
   * e-conomic holds this voucher for another shop on the agreement (engine/agreement-journals.ts):
   * never one of this shop's days, whatever its date and amounts. Absent: no other shop known.
   */
  heldByAnotherShop?: (journalNumber: number, accountingYear: string, voucherNumber: number) => boolean;
}

export interface ReconcileOptions {
  /** First day, YYYY-MM-DD (Danish calendar dates, as on the invoices). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  groupBy: 'day' | 'month';
  /** The shop's orders that may fall in the range (the CLI polls the shop for them). */
  shopOrders: Order[];
}

export interface Money {
  count: number;
  total: string;
}

export interface PeriodLine {
  /** YYYY-MM-DD or YYYY-MM. */
  period: string;
  currency: string;
  /** Orders that reached a transfer stage, by their invoice date: the shop's totals. */
  shop: Money;
  /** Our booked invoices (gross) in e-conomic, and our day vouchers (in the journal, or booked from it by the accountant). */
  invoiced: Money;
  /** Refunds the shop made on those orders (positive). */
  refunded: Money;
  /** Our booked credit notes (gross, negative). */
  credited: Money;
  /** Customer payments LedgerBridge registered for the period's invoices. */
  payments: Money;
  /** (shop − refunded) − (invoiced + credited): zero when the books match the shop. */
  difference: string;
}

/** A day summary as the subject of a finding (postingUnit "day"), instead of one order. */
export interface DaySubject {
  zone: DayZone;
  /** How many orders went into the day. */
  orders: number;
  /** The day's reference in e-conomic (`lb-day:…`). */
  reference: string;
}

export type { VoucherRef } from './day-vouchers-in-economic';

export interface MissingItem {
  /** 'voucher': a day booked as a finance voucher in a journal (dayBooking "journal"). */
  kind: 'invoice' | 'credit-note' | 'voucher';
  /** '' when the subject is a day (see `day`). */
  orderId: string;
  orderNumber: string;
  refundId?: string;
  date: string;
  currency: string;
  amount: string;
  /** The order's state in LedgerBridge (e.g. held, needs-attention) or null when never seen. */
  ledgerState: string | null;
  reasonCode: string | null;
  /** Set when the missing invoice is a day's: `date` and `currency` name the day. */
  day?: DaySubject;
  /** A missing voucher: its journal, and the year and number e-conomic answered (its first part; as sent while no answer is known; absent when it was never sent). */
  voucher?: VoucherRef;
}

export interface DifferingItem {
  kind: 'invoice' | 'credit-note' | 'voucher';
  /** '' when the subject is a day (see `day`). */
  orderId: string;
  orderNumber: string;
  refundId?: string;
  /** null for a voucher (see `voucher`). */
  invoiceNumber: number | null;
  date: string;
  currency: string;
  shop: string;
  economic: string;
  difference: string;
  /** Set when the differing invoice is a day's: `shop` is the sum of its orders. */
  day?: DaySubject;
  /** The differing voucher of a day booked in a journal: where it is in e-conomic. */
  voucher?: VoucherRef;
}

/**
 * A day summary in the range that is not booked because it cannot be yet (postingUnit "day"):
 * `open` — the day has not closed (midnight in the shop's time zone plus the grace period);
 * `waiting` — it has closed but one of its orders is held (`waitingFor` names them);
 * `due` — it has closed and the next sync books it. Its orders are in the shop column, not
 * yet in the invoiced one, so the period shows the day's sum as a difference.
 */
export interface PendingDay {
  status: 'open' | 'waiting' | 'due';
  date: string;
  currency: string;
  /** The sum of the day's orders and refunds so far. */
  amount: string;
  /** When the day closes (ISO); past for `waiting` and `due`. */
  closesAt: string;
  /** Order numbers the day waits for (status `waiting`). */
  waitingFor: string[];
  day: DaySubject;
}

export interface UnexpectedItem {
  invoiceNumber: number;
  reference: string;
  date: string;
  currency: string;
  gross: string;
}

export interface DuplicateItem {
  reference: string;
  orderId: string | null;
  booked: number[];
  drafts: number[];
  /** A day booked in a journal whose voucher is in e-conomic more than once: each of them. */
  vouchers?: VoucherRef[];
}

export interface ReconciliationReport {
  from: string;
  to: string;
  groupBy: 'day' | 'month';
  periods: PeriodLine[];
  /** All periods together, per currency. */
  totals: PeriodLine[];
  missing: MissingItem[];
  differing: DifferingItem[];
  unexpected: UnexpectedItem[];
  duplicates: DuplicateItem[];
  /** Days not booked yet because they have not closed or wait for a held order; never in `missing`. */
  pendingDays: PendingDay[];
  /** True when nothing is missing, differing, unexpected or duplicated, and no day waits for a held order. */
  matches: boolean;
}

const PREFIX_TO_PLATFORM: Record<string, Platform> = { wc: 'woocommerce', shopify: 'shopify' };

/**
 * Parses one of this profile's `references.other` values (see engine/plan/references.ts); null
 * for anything else, including another profile's on the same agreement.
 */
export function parseReference(reference: string | undefined | null, qualifier: string | null = null): { platform: Platform; orderId: string; refundId: string | null } | null {
  if (!reference) return null;
  // Profile names are lower-case letters, digits and dashes (shared/profile/schema.ts): nothing to escape.
  const m = new RegExp(`^(wc|shopify):${qualifier ? `${qualifier}:` : ''}([^:]+)(?::refund:(.+))?$`).exec(reference);
  if (!m) return null;
  return { platform: PREFIX_TO_PLATFORM[m[1]], orderId: m[2], refundId: m[3] ?? null };
}

function invoiceDate(order: Order): string {
  return danishDate(order.dates.paid ?? order.dates.created);
}

function validDate(value: string, name: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new RangeError(`${name} must be a date like 2026-10-01, got "${value}"`);
  return value;
}

class Bucket {
  shop = { count: 0, total: dec(0) };
  invoiced = { count: 0, total: dec(0) };
  refunded = { count: 0, total: dec(0) };
  credited = { count: 0, total: dec(0) };
  payments = { count: 0, total: dec(0) };

  add(other: Bucket): void {
    for (const k of ['shop', 'invoiced', 'refunded', 'credited', 'payments'] as const) {
      this[k].count += other[k].count;
      this[k].total = this[k].total.plus(other[k].total);
    }
  }

  line(period: string, currency: string): PeriodLine {
    const m = (x: { count: number; total: Dec }): Money => ({ count: x.count, total: money(x.total) });
    const kept = this.shop.total.minus(this.refunded.total);
    const booked = this.invoiced.total.plus(this.credited.total);
    return { period, currency, shop: m(this.shop), invoiced: m(this.invoiced), refunded: m(this.refunded), credited: m(this.credited), payments: m(this.payments), difference: money(kept.minus(booked)) };
  }
}

/**
 * Proves the books match the shop over a date range: per day or month and currency, the
 * shop's totals against LedgerBridge's booked invoices, credit notes and registered
 * payments in e-conomic, and every order missing in e-conomic, every amount that differs,
 * every booked invoice carrying our reference for an order we do not know, and every
 * reference found twice (booked twice, or drafts left twice). Reads only.
 */
export async function reconcile(deps: ReconcileDeps, options: ReconcileOptions): Promise<ReconciliationReport> {
  const from = validDate(options.from, 'from');
  const to = validDate(options.to, 'to');
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);
  const periodOf = (date: string) => (options.groupBy === 'month' ? date.slice(0, 7) : date.slice(0, 10));
  const inRange = (date: string) => date >= from && date <= to;

  const qualifier = deps.referenceQualifier ?? null;
  const booked = await deps.client.listAll<BookedInvoice>('/invoices/booked', { filter: `date$gte:${from}$and:date$lte:${to}` });
  const drafts = await deps.client.listAll<DraftInvoice>('/invoices/drafts');

  // Our invoices and credit notes in e-conomic, by reference.
  const bookedByRef = new Map<string, BookedInvoice[]>();
  for (const invoice of booked) {
    const reference = invoice.references?.other;
    if (!parseReference(reference, qualifier)) continue;
    bookedByRef.set(reference!, [...(bookedByRef.get(reference!) ?? []), invoice]);
  }
  const draftsByRef = new Map<string, DraftInvoice[]>();
  for (const draft of drafts) {
    const reference = draft.references?.other;
    if (!parseReference(reference, qualifier)) continue;
    draftsByRef.set(reference!, [...(draftsByRef.get(reference!) ?? []), draft]);
  }

  const buckets = new Map<string, Bucket>();
  const bucket = (date: string, currency: string): Bucket => {
    const key = `${periodOf(date)}|${currency}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = new Bucket()));
    return b;
  };

  const payments = new Map(new PaymentsStore(deps.ledger.db).all().filter((p) => p.state === 'posted').map((p) => [p.bookedNumber, p]));
  const clock = deps.clock ?? (() => new Date());
  const dayPayments = new DayPaymentsStore(deps.ledger.db, clock);
  const now = clock();
  const report: Omit<ReconciliationReport, 'periods' | 'totals' | 'matches'> = { from, to, groupBy: options.groupBy, missing: [], differing: [], unexpected: [], duplicates: [], pendingDays: [] };
  const known = new Set<string>();
  // Day summaries the range's orders went into, and the shop's own totals of those orders.
  const days = new Map<number, DayRow>();
  const shopTotals = new Map<string, Dec>();
  // This profile's day invoices and day drafts in e-conomic, by reference (a day booked twice has two).
  const dayPrefix = dayReferencePrefix(deps.profile.name);
  const dayInvoices = new Map<string, BookedInvoice[]>();
  for (const invoice of booked) if (invoice.references?.other?.startsWith(dayPrefix)) dayInvoices.set(invoice.references.other, [...(dayInvoices.get(invoice.references.other) ?? []), invoice]);
  const dayDrafts = new Map<string, DraftInvoice[]>();
  for (const draft of drafts) if (draft.references?.other?.startsWith(dayPrefix)) dayDrafts.set(draft.references.other, [...(dayDrafts.get(draft.references.other) ?? []), draft]);

  /**
   * A day's invoice against the sum of what went into it: its orders at the shop's totals
   * (the ledger's gross for an order the shop no longer lists) and its refunds as negative lines.
   */
  const reconcileDay = (day: DayRow): void => {
    const entries = deps.ledger.days.entries(day.id);
    const sum = entries.reduce((total, e) => total.plus(e.kind === 'order' ? (shopTotals.get(e.orderId) ?? dec(e.gross)) : dec(e.gross)), dec(0));
    const reference = dayReference({ profileName: deps.profile.name, date: day.day, currency: day.currency, zone: day.zone });
    const subject: DaySubject = { zone: day.zone, orders: entries.filter((e) => e.kind === 'order').length, reference };
    if (isDayVoucher(day.plan)) return reconcileVoucherDay(day, day.plan, sum, subject);
    const [invoice, ...twice] = dayInvoices.get(reference) ?? [];
    if (!invoice) {
      const pending = day.state === 'open' ? pendingStatus(day) : null;
      if (pending) report.pendingDays.push({ ...pending, date: day.day, currency: day.currency, amount: money(sum), day: subject });
      else report.missing.push({ kind: 'invoice', orderId: '', orderNumber: '', date: day.day, currency: day.currency, amount: money(sum), ledgerState: day.state, reasonCode: day.reasonCode, day: subject });
      return;
    }
    const gross = dec(String(invoice.grossAmount));
    const b = bucket(day.day, day.currency);
    // A day booked twice is in the books twice (and listed under duplicates).
    for (const booked of [invoice, ...twice]) {
      b.invoiced.count++;
      b.invoiced.total = b.invoiced.total.plus(dec(String(booked.grossAmount)));
    }
    // The day's payments: one entry per payment method in the day's voucher.
    for (const voucher of dayPayments.forDay(day.id).filter((p) => p.state === 'posted')) {
      for (const line of voucher.lines) {
        b.payments.count++;
        b.payments.total = b.payments.total.plus(dec(line.amount));
      }
    }
    if (!gross.eq(sum)) {
      report.differing.push({ kind: 'invoice', orderId: '', orderNumber: '', invoiceNumber: invoice.bookedInvoiceNumber, date: day.day, currency: day.currency, shop: money(sum), economic: money(gross), difference: money(sum.minus(gross)), day: subject });
    }
  };

  for (const order of options.shopOrders) {
    const row = deps.ledger.orders.get(order.id);
    const reached = checkEligibility(order, deps.profile.orderStages).eligible || row?.bookedNumber != null;
    known.add(`${order.platform}:${order.id}`);
    if (!reached) continue;
    const date = invoiceDate(order);
    // An order that went into a day summary is matched through its day's invoice (below).
    const inDay = deps.ledger.days.entryOf(deps.profile.name, 'order', order.id);
    if (inDay) {
      shopTotals.set(order.id, dec(order.totals.total));
      if (inRange(inDay.day.day)) days.set(inDay.day.id, inDay.day);
    }
    const reference = orderReference(order.platform, order.id, qualifier);
    const [invoice] = inDay ? [] : (bookedByRef.get(reference) ?? []);
    // An order outside the range may still have refunds inside it (below).
    if (inRange(date)) {
      const b = bucket(date, order.currency);
      b.shop.count++;
      b.shop.total = b.shop.total.plus(dec(order.totals.total));
      if (!invoice && !inDay) {
        report.missing.push({ kind: 'invoice', orderId: order.id, orderNumber: order.number, date, currency: order.currency, amount: money(dec(order.totals.total)), ledgerState: row?.state ?? null, reasonCode: row?.reasonCode ?? null });
      }
    }
    if (inRange(date) && invoice) {
      const b = bucket(date, order.currency);
      const gross = dec(String(invoice.grossAmount));
      b.invoiced.count++;
      b.invoiced.total = b.invoiced.total.plus(gross);
      if (!gross.eq(dec(order.totals.total))) {
        report.differing.push({ kind: 'invoice', orderId: order.id, orderNumber: order.number, invoiceNumber: invoice.bookedInvoiceNumber, date, currency: order.currency, shop: money(dec(order.totals.total)), economic: money(gross), difference: money(dec(order.totals.total).minus(gross)) });
      }
      const payment = payments.get(invoice.bookedInvoiceNumber);
      if (payment) {
        b.payments.count++;
        b.payments.total = b.payments.total.plus(dec(payment.amount));
      }
    }

    // Refunds and their credit notes belong to the period of the refund (the credit note's date).
    for (const refund of order.refunds) {
      const refundDate = danishDate(refund.createdAt || order.dates.modified);
      if (!inRange(refundDate)) continue;
      const rb = bucket(refundDate, order.currency);
      rb.refunded.count++;
      rb.refunded.total = rb.refunded.total.plus(dec(refund.amount));
      // A refund that went into a day is one of its negative lines, not a credit note.
      const refundDay = inDay && deps.ledger.days.entryOf(deps.profile.name, 'refund', order.id, refund.id);
      if (refundDay) {
        if (inRange(refundDay.day.day)) days.set(refundDay.day.id, refundDay.day);
        continue;
      }
      const refundRef = refundReference(order.platform, order.id, refund.id, qualifier);
      const [note] = bookedByRef.get(refundRef) ?? [];
      if (!note) {
        if (deps.profile.refunds.creditNotes && row?.bookedNumber != null) {
          report.missing.push({ kind: 'credit-note', orderId: order.id, orderNumber: order.number, refundId: refund.id, date: refundDate, currency: order.currency, amount: money(dec(refund.amount)), ledgerState: row.state, reasonCode: null });
        }
        continue;
      }
      const gross = dec(String(note.grossAmount));
      rb.credited.count++;
      rb.credited.total = rb.credited.total.plus(gross);
      if (!gross.eq(dec(refund.amount).neg())) {
        report.differing.push({ kind: 'credit-note', orderId: order.id, orderNumber: order.number, refundId: refund.id, invoiceNumber: note.bookedInvoiceNumber, date: refundDate, currency: order.currency, shop: money(dec(refund.amount).neg()), economic: money(gross), difference: money(dec(refund.amount).neg().minus(gross)) });
      }
    }
  }

  /**
   * A day booked as one finance voucher in a journal (dayBooking "journal") against the sum of
   * what went into it, as a day invoice is: its voucher found in e-conomic (still in the journal,
   * or booked from it onto the year's accounts), missing, with another amount, or there twice.
   */
  function reconcileVoucherDay(day: DayRow, plan: PlannedDayVoucher, sum: Dec, subject: DaySubject): void {
    const row = dayVouchers.get(day.id);
    const found = row && vouchers ? vouchers.of(row, [...dayVouchers.values()], deps.heldByAnotherShop) : [];
    if (found.length === 0) {
      // Named as e-conomic answered it (its first voucher), else as sent.
      report.missing.push({ kind: 'voucher', orderId: '', orderNumber: '', date: day.day, currency: day.currency, amount: money(sum), ledgerState: day.state, reasonCode: day.reasonCode, day: subject, ...(row ? { voucher: { journalNumber: row.journalNumber, ...firstVoucher(row) } } : {}) });
      return;
    }
    const b = bucket(day.day, day.currency);
    // A day written twice is in the books twice (and listed under duplicates).
    for (const voucher of found) {
      b.invoiced.count++;
      b.invoiced.total = b.invoiced.total.plus(voucher.gross);
    }
    const [voucher] = found;
    if (!voucher.gross.eq(sum)) {
      report.differing.push({ kind: 'voucher', orderId: '', orderNumber: '', invoiceNumber: null, date: day.day, currency: day.currency, shop: money(sum), economic: money(voucher.gross), difference: money(sum.minus(voucher.gross)), day: subject, voucher: voucher.parts[0] });
    }
    if (found.length > 1) report.duplicates.push({ reference: plan.reference, orderId: null, booked: [], drafts: [], vouchers: found.flatMap((f) => f.parts) });
  }

  /** Why a day with no invoice is not booked yet, or null when it should have been (a finding). */
  function pendingStatus(day: DayRow): Pick<PendingDay, 'status' | 'closesAt' | 'waitingFor'> | null {
    const closesAt = dayClosesAt(day.day, deps.profile.daySummary.timeZone, deps.profile.dayClosesAfterMinutes);
    const base = { closesAt: closesAt.toISOString(), waitingFor: [] as string[] };
    if (closesAt > now) return { ...base, status: 'open' };
    if (day.reasonCode === REASON.dayWaitsForOrders) {
      const orders = String((day.reasonDetail as { params?: { orders?: string } } | null)?.params?.orders ?? '');
      return { ...base, status: 'waiting', waitingFor: orders ? orders.split(', ') : [] };
    }
    // Closed without a reason: frozen and booked at the next sync. A day stopped by a problem is missing.
    return day.reasonCode === null ? { ...base, status: 'due' } : null;
  }

  // The vouchers of journal-mode days, read from e-conomic once for the range.
  const voucherStore = new DayVoucherStore(deps.ledger.db);
  const dayVouchers = new Map([...days.values()].filter((d) => isDayVoucher(d.plan)).flatMap((d) => {
    const row = voucherStore.get(d.id);
    return row ? [[d.id, row] as const] : [];
  }));
  const vouchers = dayVouchers.size > 0 ? await VouchersInEconomic.read(deps.client, { from, to }, [...dayVouchers.values()].map((r) => r.journalNumber)) : null;
  for (const day of days.values()) reconcileDay(day);

  // A day written twice: booked twice, or a draft beside its booked invoice, or two drafts.
  for (const reference of new Set([...dayInvoices.keys(), ...dayDrafts.keys()])) {
    const bookedNumbers = (dayInvoices.get(reference) ?? []).map((i) => i.bookedInvoiceNumber);
    const draftNumbers = (dayDrafts.get(reference) ?? []).map((d) => d.draftInvoiceNumber);
    if (bookedNumbers.length + draftNumbers.length >= 2) report.duplicates.push({ reference, orderId: null, booked: bookedNumbers, drafts: draftNumbers });
  }

  for (const [reference, invoices] of bookedByRef) {
    const parsed = parseReference(reference, qualifier)!;
    const orderKnown = known.has(`${parsed.platform}:${parsed.orderId}`) || Boolean(deps.ledger.orders.get(parsed.orderId));
    if (!orderKnown) {
      for (const invoice of invoices) {
        report.unexpected.push({ invoiceNumber: invoice.bookedInvoiceNumber, reference, date: invoice.date, currency: invoice.currency, gross: money(dec(String(invoice.grossAmount))) });
      }
    }
  }

  for (const reference of new Set([...bookedByRef.keys(), ...draftsByRef.keys()])) {
    const bookedNumbers = (bookedByRef.get(reference) ?? []).map((i) => i.bookedInvoiceNumber);
    const draftNumbers = (draftsByRef.get(reference) ?? []).map((d) => d.draftInvoiceNumber);
    if (bookedNumbers.length + draftNumbers.length < 2) continue;
    // A draft beside its booked invoice, two drafts, or two booked invoices: one order written twice.
    report.duplicates.push({ reference, orderId: parseReference(reference, qualifier)!.orderId, booked: bookedNumbers, drafts: draftNumbers });
  }

  const periods = [...buckets.entries()]
    .map(([key, b]) => {
      const [period, currency] = key.split('|');
      return b.line(period, currency);
    })
    .sort((a, b) => a.period.localeCompare(b.period) || a.currency.localeCompare(b.currency));
  const byCurrency = new Map<string, Bucket>();
  for (const [key, b] of buckets) {
    const currency = key.split('|')[1];
    const total = byCurrency.get(currency) ?? new Bucket();
    total.add(b);
    byCurrency.set(currency, total);
  }
  const totals = [...byCurrency.entries()].map(([currency, b]) => b.line(`${from}..${to}`, currency)).sort((a, b) => a.currency.localeCompare(b.currency));
  // Days first, by date and currency; then orders by number.
  const byOrder = (a: { orderNumber: string; date: string; currency: string }, b: { orderNumber: string; date: string; currency: string }) =>
    a.orderNumber.localeCompare(b.orderNumber, 'da', { numeric: true }) || a.date.localeCompare(b.date) || a.currency.localeCompare(b.currency);
  report.missing.sort(byOrder);
  report.differing.sort(byOrder);
  report.unexpected.sort((a, b) => a.invoiceNumber - b.invoiceNumber);
  report.duplicates.sort((a, b) => a.reference.localeCompare(b.reference));
  report.pendingDays.sort((a, b) => a.date.localeCompare(b.date) || a.currency.localeCompare(b.currency));
  const waiting = report.pendingDays.filter((d) => d.status === 'waiting').length;
  const matches = report.missing.length + report.differing.length + report.unexpected.length + report.duplicates.length + waiting === 0;
  return { ...report, periods, totals, matches };
}
