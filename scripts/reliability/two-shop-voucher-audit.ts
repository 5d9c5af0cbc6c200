import { DayVoucherStore } from '../../main/engine/days/day-voucher-store';
import type { Ledger } from '../../main/ledger';
import type { EconomicSandboxState } from '../../main/sandbox/economic';
import { auditVoucherDays, type DayVoucherAudit } from './day-voucher-audit';
import type { SoldOrder } from './day-kills';

/** One of the shops on the agreement, as the audit reads it. */
export interface AuditedShop {
  /** Its profile's name. */
  name: string;
  /**
   * How its day vouchers' entry texts name it ("Dagsopgørelse <date> (se), …"): the runtime's
   * referenceQualifier; null for the data dir's first profile, whose texts name no shop.
   */
  textTag: string | null;
  orderStages: string[];
  ledger: Ledger;
}

export interface TwoShopVoucherAudit {
  /** Each shop's own audit (day-voucher-audit.ts) over its entries alone, by profile name. */
  byShop: Record<string, DayVoucherAudit>;
  toTransfer: number;
  days: number;
  daysBooked: number;
  vouchersInEconomic: number;
  /** The shops' duplicates, lost orders and faults added up; each listed fault starts with its shop's name. */
  duplicates: number;
  duplicateDays: string[];
  lost: number;
  lostOrders: string[];
  wrongTotals: string[];
  misrecorded: string[];
  unbookedDays: string[];
  attachmentFaults: string[];
  /** Vouchers in the journal holding entries of more than one shop (e-conomic joined a shop's day into another's voucher). */
  sharedVouchers: string[];
  /** Entries in the journal whose text names no shop of the data dir (or is no day voucher's text). */
  strangerEntries: string[];
  /** Vouchers that more than one shop's ledger recorded as its day's. */
  recordedByBoth: string[];
  attachments: number;
  bookedBeforeOrderList: number;
  attachmentUploads: number;
}

interface StateEntry {
  date: string;
  fields?: { text?: string };
}
interface StateVoucher {
  journalNumber: number;
  voucherNumber: number;
  accountingYear: string;
  entries: StateEntry[];
}

const ATTACHMENT_UPLOAD = 'POST /journals/:journalNumber/vouchers/:voucherId/attachment/file';
const keyOf = (v: { accountingYear: string; voucherNumber: number }) => `${v.accountingYear}-${v.voucherNumber}`;
/** A day voucher entry's text: its first word ("Dagsopgørelse"), the date, and the shop in brackets unless it is the data dir's first. */
const DAY_TEXT = /^\S+ (\d{4}-\d{2}-\d{2})(?: \(([^)]+)\))?[,:]/;

/** Which shop an entry is for, by its text; undefined when the text names none of them. */
function shopOfEntry(e: StateEntry, shops: AuditedShop[]): AuditedShop | undefined {
  const m = DAY_TEXT.exec(e.fields?.text ?? '');
  if (!m || m[1] !== e.date) return undefined;
  return shops.find((s) => s.textTag === (m[2] ?? null));
}

/**
 * Compares the shops, e-conomic's journal and each shop's ledger after the campaign of several
 * shops on one agreement booking days as vouchers in one journal, all sold the same orders. Each
 * entry in the journal is given to the shop its text names, and each shop is audited as the
 * one-shop campaign is (day-voucher-audit.ts) on e-conomic holding its entries alone: its days
 * each once, none missing, each order in one day, each day's clearing entries the Σ of its
 * orders to the øre, its vouchers the ones its ledger recorded. Across the shops: no voucher
 * holds entries of two shops, no entry names no shop, no voucher is recorded by two ledgers.
 * Order lists are uploaded per voucher, not per shop: at most one per voucher over all shops.
 */
export function auditTwoShopVoucherDays(sold: SoldOrder[], state: EconomicSandboxState, shops: AuditedShop[], journal: { dayJournalNumber: number; clearingAccounts: number[] }): TwoShopVoucherAudit {
  const vouchers = (state.vouchers as unknown as StateVoucher[]).filter((v) => v.journalNumber === journal.dayJournalNumber);
  const sharedVouchers: string[] = [];
  const strangerEntries: string[] = [];
  const entriesOf = new Map<AuditedShop, Array<Record<string, unknown>>>(shops.map((s) => [s, []]));
  for (const v of vouchers) {
    const byShop = new Map<AuditedShop, StateEntry[]>();
    for (const e of v.entries) {
      const shop = shopOfEntry(e, shops);
      if (shop) byShop.set(shop, [...(byShop.get(shop) ?? []), e]);
      else strangerEntries.push(`${keyOf(v)}: "${e.fields?.text ?? ''}" on ${e.date}`);
    }
    if (byShop.size > 1) sharedVouchers.push(`${keyOf(v)}: ${[...byShop].map(([s, es]) => `${s.name} ${es.length} entries`).join(', ')}`);
    for (const [shop, entries] of byShop) entriesOf.get(shop)!.push({ ...v, entries });
  }

  const byShop: Record<string, DayVoucherAudit> = {};
  const recordedBy = new Map<string, Map<string, string[]>>();
  for (const shop of shops) {
    // e-conomic as this shop alone would see it; its order-list uploads are counted over all shops below.
    const own = { ...state, vouchers: entriesOf.get(shop)!, calls: { total: 0, byRoute: {} } };
    byShop[shop.name] = auditVoucherDays(sold, own, shop.ledger, { name: shop.name, orderStages: shop.orderStages, dayJournalNumber: journal.dayJournalNumber, clearingAccounts: journal.clearingAccounts });
    const store = new DayVoucherStore(shop.ledger.db);
    for (const day of shop.ledger.days.list(shop.name, 1_000_000).items) {
      for (const v of store.get(day.id)?.answered ?? []) {
        const holders = recordedBy.get(keyOf(v)) ?? new Map<string, string[]>();
        holders.set(shop.name, [...(holders.get(shop.name) ?? []), day.day]);
        recordedBy.set(keyOf(v), holders);
      }
    }
  }
  const recordedByBoth = [...recordedBy].filter(([, holders]) => holders.size > 1).map(([k, holders]) => `${k}: ${[...holders].map(([name, days]) => `${name} ${days.join(', ')}`).join('; ')}`);

  const audits = shops.map((s) => [s.name, byShop[s.name]] as const);
  const sum = (f: (a: DayVoucherAudit) => number) => audits.reduce((n, [, a]) => n + f(a), 0);
  const list = (f: (a: DayVoucherAudit) => string[]) => audits.flatMap(([name, a]) => f(a).map((x) => `${name} ${x}`)).slice(0, 20);
  const attachments = sum((a) => a.attachments);
  const bookedBeforeOrderList = sum((a) => a.bookedBeforeOrderList);
  const attachmentUploads = state.calls.byRoute[ATTACHMENT_UPLOAD] ?? 0;
  const attachmentFaults = list((a) => a.attachmentFaults);
  if (attachmentUploads > attachments + bookedBeforeOrderList) attachmentFaults.push(`${attachmentUploads} order-list uploads for ${attachments} vouchers with one and ${bookedBeforeOrderList} booked before theirs`);
  return {
    byShop,
    toTransfer: sum((a) => a.toTransfer),
    days: sum((a) => a.days),
    daysBooked: sum((a) => a.daysBooked),
    vouchersInEconomic: new Set(vouchers.map(keyOf)).size,
    duplicates: sum((a) => a.duplicates),
    duplicateDays: list((a) => a.duplicateDays),
    lost: sum((a) => a.lost),
    lostOrders: list((a) => a.lostOrders),
    wrongTotals: list((a) => a.wrongTotals),
    misrecorded: list((a) => a.misrecorded),
    unbookedDays: list((a) => a.unbookedDays),
    attachmentFaults,
    sharedVouchers: sharedVouchers.slice(0, 20),
    strangerEntries: strangerEntries.slice(0, 20),
    recordedByBoth: recordedByBoth.slice(0, 20),
    attachments,
    bookedBeforeOrderList,
    attachmentUploads,
  };
}
