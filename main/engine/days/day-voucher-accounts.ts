import { dec, money, type Dec } from '../../../shared/domain/money';
import { problem, type RaisedProblem } from '../../../shared/errors';
import { DOCUMENT_TEXTS } from '../../../shared/i18n/document-texts';
import type { Profile } from '../../../shared/profile/schema';
import type { EconomicClient } from '../../connectors/economic/client';
import type { Journal } from '../../connectors/economic/types';
import type { DayZone } from '../../ledger';
import { PlanError } from '../plan/plan-invoice';
import { cleanText } from '../plan/text';
import { REASON } from '../reasons';
import type { DayVoucherLine, PlannedDayVoucher } from './plan-day-voucher';

/*
 * Where a journal-mode day's money goes in the agreement (dayBooking "journal"): the journal,
 * each payment method's clearing account, and the sales account (with its VAT code) of each
 * line's product group in the day's VAT zone. One place for the booking (book-day-voucher.ts),
 * the dry run (preview-day-voucher.ts) and the setup check (check-day-journal.ts): each names
 * the same problems. Reads e-conomic only.
 */

/** The day a voucher is for, as its problems name it. */
export interface VoucherDay {
  day: string;
  currency: string;
  zone: DayZone;
}

/** A problem of the profile or of e-conomic's setup that keeps a day's voucher from being written; the day waits. */
export class SetupProblem extends Error {
  constructor(readonly problem: RaisedProblem) {
    super(problem.code);
  }
}

export interface Revenue {
  accountNumber: number;
  vatCode: string | null;
  /** The account's VAT rate in percent; '0' without a VAT code. */
  rate: string;
  /** For the owner: the group (or the product's group) whose account it is. */
  productGroup: string;
}

/** One entry of a day's voucher: the method's clearing account debited, the sales account credited, its VAT named. */
export interface ResolvedVoucherEntry {
  method: string;
  methodTitle: string;
  clearingAccountNumber: number;
  revenue: Revenue;
  /** VAT included, signed (−: paid back). */
  amount: string;
  /** The VAT in `amount`; '0.00' on an account without a VAT code. */
  vat: string;
  /** The entry's text in the journal. */
  text: string;
}

/** The day and order number range a problem of the day names (as the day's invoice is numbered by its range). */
export function dayAndRange(day: VoucherDay, range: string): string {
  return range ? `${range} (${day.day})` : day.day;
}

/**
 * The agreement's accounts as a run reads them, each list once: the journals, the chart of
 * accounts, the VAT codes, and a product group's sales accounts or a product's group when a
 * line needs them.
 */
export class DayVoucherAccounts {
  private journalList: Promise<Journal[]> | null = null;
  private accounts: Promise<Map<number, { name: string; vatCode: string | null }>> | null = null;
  private rates: Promise<Map<string, string>> | null = null;
  private readonly groups = new Map<number, Promise<Map<number, number>>>();
  private readonly products = new Map<string, Promise<number | null>>();

  constructor(private readonly ctx: { client: EconomicClient; profile: Profile }) {}

  /** The profile's day journal, when it exists on the agreement (LB-2048) and takes finance vouchers (LB-2052). */
  async journal(day: VoucherDay): Promise<Journal> {
    const journalNumber = this.ctx.profile.dayJournalNumber;
    this.journalList ??= this.ctx.client.journals();
    const journal = journalNumber === undefined ? undefined : (await this.journalList).find((j) => j.journalNumber === journalNumber);
    if (!journal) throw new SetupProblem(problem('LB-2048', { date: day.day, currency: day.currency, journalNumber: journalNumber ?? '—' }));
    // A journal kept for one kind of entry (e.g. customer payments) refuses a finance voucher.
    const restricted = journal.settings?.entryTypeRestrictedTo;
    if (restricted !== undefined && restricted !== 'financeVoucher') throw new SetupProblem(problem('LB-2052', { date: day.day, currency: day.currency, journalNumber: journal.journalNumber }));
    return journal;
  }

  /** A payment method's clearing account: set in the profile (LB-2049) and in the chart of accounts (LB-2051). */
  async clearing(day: VoucherDay, line: Pick<DayVoucherLine, 'method' | 'methodTitle'>): Promise<number> {
    const mapping = this.ctx.profile.paymentMethods[line.method];
    const account = mapping?.clearingAccountNumber ?? mapping?.registerPayment?.contraAccountNumber;
    if (account === undefined) throw new SetupProblem(problem('LB-2049', { date: day.day, currency: day.currency, paymentMethod: line.methodTitle }));
    if (!(await this.chart()).has(account)) throw new SetupProblem(problem('LB-2051', { date: day.day, currency: day.currency, paymentMethod: line.methodTitle, account: String(account) }));
    return account;
  }

  /** Where a line's revenue goes: its group's sales account in the day's zone, whose VAT code must fit the line's rate (LB-2050). */
  async revenue(day: VoucherDay, line: DayVoucherLine, range: string): Promise<Revenue> {
    const group = 'productGroupNumber' in line.revenue ? line.revenue.productGroupNumber : await this.groupOfProduct(line.revenue.productNumber);
    if (group === null) {
      const sku = 'productNumber' in line.revenue ? line.revenue.productNumber : '';
      throw new SetupProblem(problem(REASON.skuNotInEconomic, { orderNumber: dayAndRange(day, range), sku, product: sku }));
    }
    return this.salesAccount(day, group, line.rate, dec(line.vat).isZero());
  }

  /** A product group's sales account in the day's zone, checked against a VAT rate (LB-2050); `noVat`: the money carries no VAT. */
  async salesAccount(day: VoucherDay, group: number, rate: string, noVat: boolean): Promise<Revenue> {
    const zone = this.ctx.profile.vatZones[day.zone];
    const accountNumber = (await this.salesAccounts(group)).get(zone);
    if (accountNumber === undefined) throw new PlanError('no-product-group', `product group ${group} has no sales account for VAT zone ${zone}`, { vatRate: rate });
    const account = (await this.chart()).get(accountNumber);
    const vatCode = account?.vatCode ?? null;
    const accountRate = vatCode === null ? '0' : ((await this.vatRates()).get(vatCode) ?? '0');
    if (!dec(accountRate).eq(dec(rate)) && !(vatCode === null && noVat)) {
      throw new SetupProblem(problem('LB-2050', { date: day.day, currency: day.currency, productGroup: String(group), account: `${accountNumber} ${account?.name ?? ''}`.trim(), vatCode: vatCode ?? '—', vatRate: rate }));
    }
    return { accountNumber, vatCode, rate: accountRate, productGroup: String(group) };
  }

  /** An account's name in the chart of accounts ('' when it is not there). */
  async accountName(accountNumber: number): Promise<string> {
    return (await this.chart()).get(accountNumber)?.name ?? '';
  }

  private chart() {
    this.accounts ??= this.ctx.client.accounts().then((list) => new Map(list.map((a) => [a.accountNumber, { name: a.name ?? '', vatCode: a.vatAccount?.vatCode ?? null }])));
    return this.accounts;
  }

  private vatRates() {
    this.rates ??= this.ctx.client.vatAccounts().then((list) => new Map(list.map((v) => [v.vatCode, dec(String(v.ratePercentage ?? 0)).toFixed()])));
    return this.rates;
  }

  private salesAccounts(group: number) {
    let found = this.groups.get(group);
    if (!found) {
      found = this.ctx.client.productGroupSalesAccounts(group).then((list) => {
        const byZone = new Map<number, number>();
        for (const s of list) if (s.vatZone?.vatZoneNumber !== undefined && s.salesAccount?.accountNumber !== undefined) byZone.set(s.vatZone.vatZoneNumber, s.salesAccount.accountNumber);
        return byZone;
      });
      this.groups.set(group, found);
    }
    return found;
  }

  private groupOfProduct(productNumber: string) {
    let found = this.products.get(productNumber);
    if (!found) {
      found = this.ctx.client.getProduct(productNumber).then((p) => p?.productGroup?.productGroupNumber ?? null);
      this.products.set(productNumber, found);
    }
    return found;
  }
}

/**
 * The voucher's entries: per payment method and sales account one entry, its clearing account
 * debited with what the method took in, the sales account credited with it and its VAT named
 * exactly — "revenue per VAT code, contra per payment method's clearing account". Every entry
 * balances on its own (e-conomic wants both accounts on a finance voucher), so the voucher does.
 * Throws SetupProblem for the first account that is missing or does not fit.
 */
export async function voucherEntries(
  accounts: DayVoucherAccounts,
  day: VoucherDay,
  plan: PlannedDayVoucher,
  profile: Pick<Profile, 'language'>,
  /** EngineContext.referenceQualifier: names the shop in the texts beside the agreement's other shops. */
  shop: string | null,
): Promise<ResolvedVoucherEntry[]> {
  const grouped = new Map<string, { method: string; clearing: number; revenue: Revenue; title: string; amount: Dec; vat: Dec }>();
  for (const line of plan.lines) {
    const clearing = await accounts.clearing(day, line);
    const revenue = await accounts.revenue(day, line, plan.range);
    const key = `${line.method}|${revenue.accountNumber}|${revenue.vatCode ?? ''}`;
    const entry = grouped.get(key) ?? { method: line.method, clearing, revenue, title: line.methodTitle, amount: dec(0), vat: dec(0) };
    entry.amount = entry.amount.plus(dec(line.amount));
    entry.vat = entry.vat.plus(dec(line.vat));
    grouped.set(key, entry);
  }
  const texts = DOCUMENT_TEXTS[profile.language];
  return [...grouped.values()]
    .filter((e) => !e.amount.isZero())
    .map((e) => ({
      method: e.method,
      methodTitle: e.title,
      clearingAccountNumber: e.clearing,
      revenue: e.revenue,
      amount: money(e.amount),
      vat: money(e.revenue.vatCode ? e.vat : dec(0)),
      text: cleanText(texts.dayVoucherEntry(day.day, plan.range, e.title, e.revenue.rate, shop), 250),
    }));
}
