import { dec, money, round2, type Dec } from '../../shared/domain/money';
import { taxDay, vatTreatment } from '../../shared/vat/treatment';
import type { BookedInvoice } from '../connectors/economic/types';
import type { OrderState } from '../ledger/order-states';
import { isDayVoucher } from '../engine/days/plan-day-voucher';
import { splitProductGroupKey } from '../../shared/domain/vat-rate';
import { parseReference, type ReconcileDeps } from './reconciliation';

export type OssReportDeps = ReconcileDeps;

/** One line of the OSS return: a country and rate, in the agreement's base currency. */
export interface OssRow {
  country: string;
  rate: string;
  /** Taxable amount: invoices minus credit notes, net of VAT. */
  base: string;
  vat: string;
  invoices: number;
  creditNotes: number;
}

/** An OSS order of the quarter that is not booked yet (held, waiting, failed): not in the figures. */
export interface OssUnbooked {
  orderId: string;
  orderNumber: string;
  country: string;
  date: string;
  currency: string;
  total: string;
  state: OrderState;
  reasonCode: string | null;
}

/**
 * OSS sales of the quarter that a day's finance voucher took to e-conomic (postingUnit "day",
 * dayBooking "journal"): per country, rate and the day's currency, from the vouchers as they
 * were sent. They are on the OSS product groups' accounts in e-conomic, not on invoices, so
 * they are not in `rows`; in the day's currency, not converted.
 */
export interface OssVoucherRow {
  country: string;
  rate: string;
  currency: string;
  base: string;
  vat: string;
  /** The days (vouchers) it adds up. */
  days: number;
}

export interface OssReport {
  quarter: string;
  from: string;
  to: string;
  /** The agreement's base currency (DKK for a Danish agreement): what the amounts are in. */
  currency: string;
  rows: OssRow[];
  totals: { base: string; vat: string };
  unbooked: OssUnbooked[];
  dayVouchers: OssVoucherRow[];
}

/** "2026Q4" → its first and last day; a RangeError for anything else. */
export function quarterDates(quarter: string): { from: string; to: string } {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`a quarter is written like 2026Q4, got "${quarter}"`);
  const year = m[1];
  const q = Number(m[2]);
  const first = String(q * 3 - 2).padStart(2, '0');
  const last = String(q * 3).padStart(2, '0');
  const lastDay = { '03': 31, '06': 30, '09': 30, '12': 31 }[last];
  return { from: `${year}-${first}-01`, to: `${year}-${last}-${lastDay}` };
}

const OSS_PRODUCT = /^OSS-([A-Z]{2})-(\d+(?:\.\d+)?)$/;
// 'in-day': in a daily summary not booked yet (postingUnit "day").
const NOT_BOOKED: OrderState[] = ['seen', 'eligible', 'drafted', 'held', 'failed', 'needs-attention', 'in-day'];

/**
 * The quarter's One-Stop-Shop figures, the ones the owner types into Skattestyrelsen's OSS
 * return: per country and rate, the taxable base and the VAT of what LedgerBridge booked in
 * e-conomic in the quarter (by invoice date), invoices minus credit notes, converted to the
 * base currency at the exchange rate e-conomic booked each invoice at (each line rounded to
 * øre). A line counts when it is on an OSS product (`OSS-DE-19`, see plan-invoice.ts); its
 * rate is the one e-conomic booked. OSS orders of the quarter that are not booked are listed
 * apart: they are in no figure yet; so are the OSS sales of days booked as journal vouchers,
 * which are on no invoice (ossVoucherRows). Reads only.
 */
export async function ossReport(deps: OssReportDeps, quarter: string): Promise<OssReport> {
  const { from, to } = quarterDates(quarter);
  const listed = await deps.client.listAll<BookedInvoice>('/invoices/booked', { filter: `date$gte:${from}$and:date$lte:${to}` });
  const ours = listed.filter((i) => parseReference(i.references?.other, deps.referenceQualifier ?? null));
  // The collection does not carry lines: read each of our invoices whole.
  const invoices = await Promise.all(ours.map((i) => deps.client.getBookedInvoice(i.bookedInvoiceNumber)));

  const rows = new Map<string, { country: string; rate: string; base: Dec; vat: Dec; invoices: Set<number>; creditNotes: Set<number> }>();
  for (const invoice of invoices) {
    if (!invoice) continue;
    const toBase = dec(String(invoice.exchangeRate ?? 100)).div(100);
    const creditNote = dec(String(invoice.grossAmount)).isNegative();
    for (const line of invoice.lines ?? []) {
      const m = OSS_PRODUCT.exec(line.product?.productNumber ?? '');
      if (!m) continue;
      const rate = dec(String(line.vatRate ?? m[2])).toFixed();
      const key = `${m[1]}:${rate}`;
      const row = rows.get(key) ?? { country: m[1], rate, base: dec(0), vat: dec(0), invoices: new Set(), creditNotes: new Set() };
      row.base = row.base.plus(round2(dec(String(line.totalNetAmount ?? 0)).times(toBase)));
      row.vat = row.vat.plus(round2(dec(String(line.vatAmount ?? 0)).times(toBase)));
      (creditNote ? row.creditNotes : row.invoices).add(invoice.bookedInvoiceNumber);
      rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.country.localeCompare(b.country) || dec(b.rate).cmp(dec(a.rate)));

  const unbooked: OssUnbooked[] = [];
  if (deps.profile.oss) {
    for (const row of deps.ledger.orders.list({ states: NOT_BOOKED, limit: 1_000_000 }).items) {
      const treatment = vatTreatment(row.order, deps.profile);
      const date = taxDay(row.order);
      if (treatment.kind !== 'oss' || date < from || date > to) continue;
      unbooked.push({ orderId: row.orderId, orderNumber: row.number, country: treatment.country, date, currency: row.currency, total: row.total, state: row.state, reasonCode: row.reasonCode });
    }
    unbooked.sort((a, b) => a.date.localeCompare(b.date) || a.orderNumber.localeCompare(b.orderNumber));
  }

  const self = await deps.client.self();
  return {
    quarter,
    from,
    to,
    currency: self.settings?.baseCurrency ?? 'DKK',
    rows: sorted.map((r) => ({ country: r.country, rate: r.rate, base: money(r.base), vat: money(r.vat), invoices: r.invoices.size, creditNotes: r.creditNotes.size })),
    totals: { base: money(sorted.reduce((s, r) => s.plus(r.base), dec(0))), vat: money(sorted.reduce((s, r) => s.plus(r.vat), dec(0))) },
    unbooked,
    dayVouchers: deps.profile.oss ? ossVoucherRows(deps, from, to) : [],
  };
}

/** The OSS sales of the quarter's days booked as journal vouchers (OssVoucherRow), per country, rate and currency. */
function ossVoucherRows(deps: OssReportDeps, from: string, to: string): OssVoucherRow[] {
  // An OSS sale's voucher line is on its country's OSS group (plan-day-voucher.ts): the profile's "DE:19" → group.
  const countryOf = new Map<number, string>();
  for (const [key, group] of Object.entries(deps.profile.productGroups)) {
    const { country } = splitProductGroupKey(key);
    if (country !== null) countryOf.set(group, country);
  }
  const rows = new Map<string, { country: string; rate: string; currency: string; base: Dec; vat: Dec; days: Set<number> }>();
  for (const day of deps.ledger.days.inState(deps.profile.name, 'done')) {
    if (day.day < from || day.day > to || !isDayVoucher(day.plan)) continue;
    for (const line of day.plan.lines) {
      const country = 'productGroupNumber' in line.revenue ? countryOf.get(line.revenue.productGroupNumber) : undefined;
      if (country === undefined) continue;
      const key = `${country}:${line.rate}:${day.plan.currency}`;
      const row = rows.get(key) ?? { country, rate: line.rate, currency: day.plan.currency, base: dec(0), vat: dec(0), days: new Set<number>() };
      // A voucher line's amount includes its VAT (the journal's way).
      row.base = row.base.plus(dec(line.amount).minus(dec(line.vat)));
      row.vat = row.vat.plus(dec(line.vat));
      row.days.add(day.id);
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.country.localeCompare(b.country) || dec(b.rate).cmp(dec(a.rate)) || a.currency.localeCompare(b.currency))
    .map((r) => ({ country: r.country, rate: r.rate, currency: r.currency, base: money(r.base), vat: money(r.vat), days: r.days.size }));
}
