import { dec, money, type Dec } from '../../shared/domain/money';
import { DayVoucherStore } from '../../main/engine/days/day-voucher-store';
import type { DayRow, Ledger } from '../../main/ledger';
import type { EconomicSandboxState } from '../../main/sandbox/economic';
import { daysOfOrders, describeLost, ordersToTransfer, waitsWithReason } from './day-audit';
import type { SoldOrder } from './day-kills';

export interface DayVoucherAudit {
  shopOrders: number;
  toTransfer: number;
  days: number;
  daysBooked: number;
  /** Vouchers in the journal (waiting or booked) holding the campaign's entries. */
  vouchersInEconomic: number;
  /** Booked days e-conomic holds in more than one voucher (a split voucher: one day's voucher in parts). */
  splitDays: number;
  /** Booked days none of whose vouchers has the number sent. */
  renumberedDays: number;
  /** Entries in e-conomic beyond the ones each day's voucher sent (a day's voucher written twice, whole or in part), plus orders entered into two days. */
  duplicates: number;
  duplicateDays: string[];
  ordersInTwoDays: number;
  /** Days not booked after the clean runs, with their state and reason: every campaign order is valid, so each day should be done. */
  unbookedDays: string[];
  /** Orders that should be transferred but are in no booked day and do not wait with a reason. */
  lost: number;
  lostOrders: string[];
  /** Days whose entries in e-conomic do not take in, on the clearing accounts, the Σ of the day's orders' totals. */
  wrongTotals: string[];
  /** Days whose vouchers in e-conomic are not the ones the ledger recorded (by e-conomic's answer, or as found after a crash). */
  misrecorded: string[];
  /** Vouchers of booked days without the order list (and not booked before it got there), and order-list uploads beyond one per voucher. */
  attachmentFaults: string[];
  attachments: number;
  /** Vouchers the accountant booked (the campaign books the journal now and then) before their order list got there: they take no file (LB-7023). */
  bookedBeforeOrderList: number;
  attachmentUploads: number;
}

/** A journal entry as the sandbox state lists it under its voucher. */
interface StateEntry {
  date: string;
  currency: string;
  amount: string;
  accountNumber?: number;
}
interface StateVoucher {
  journalNumber: number;
  voucherNumber: number;
  accountingYear: string;
  entries: StateEntry[];
  attachment?: { bytes: number };
  booked?: boolean;
}

/** One day and currency as e-conomic holds it in the journal. */
interface DayInEconomic {
  entries: number;
  /** Σ of the entries' amounts on the campaign's clearing accounts: what the day took in. */
  takenIn: Dec;
  vouchers: Map<string, StateVoucher>;
}

const ATTACHMENT_UPLOAD = 'POST /journals/:journalNumber/vouchers/:voucherId/attachment/file';
const keyOf = (v: { accountingYear: string; voucherNumber: number }) => `${v.accountingYear}-${v.voucherNumber}`;

/** The journal's entries by date and currency, each with the vouchers holding them (booked ones too: booking leaves them in their voucher). */
function journalDays(state: EconomicSandboxState, journalNumber: number, clearing: Set<number>): Map<string, DayInEconomic> {
  const out = new Map<string, DayInEconomic>();
  for (const v of state.vouchers as unknown as StateVoucher[]) {
    if (v.journalNumber !== journalNumber) continue;
    for (const e of v.entries) {
      const key = `${e.date} ${e.currency}`;
      const day = out.get(key) ?? { entries: 0, takenIn: dec(0), vouchers: new Map() };
      day.entries++;
      if (e.accountNumber !== undefined && clearing.has(e.accountNumber)) day.takenIn = day.takenIn.plus(dec(e.amount));
      day.vouchers.set(keyOf(v), v);
      out.set(key, day);
    }
  }
  return out;
}

/**
 * Compares the shop, e-conomic's journal and the ledger after a journal-voucher campaign
 * (dayBooking "journal"). A day is found in e-conomic by its entries' date and currency, whatever
 * voucher numbers e-conomic put them under; what each day should take in is the Σ of the `total`
 * of its orders as the shop sold them (on the date the campaign sold them on), on the clearing
 * accounts the campaign's profile gives its payment methods.
 */
export function auditVoucherDays(sold: SoldOrder[], state: EconomicSandboxState, ledger: Ledger, profile: { name: string; orderStages: string[]; dayJournalNumber: number; clearingAccounts: number[] }): DayVoucherAudit {
  const inEconomic = journalDays(state, profile.dayJournalNumber, new Set(profile.clearingAccounts));
  const store = new DayVoucherStore(ledger.db);
  const days = ledger.days.list(profile.name, 1_000_000).items;
  const { dayOf, ordersInTwoDays } = daysOfOrders(ledger, days);

  const transfer = ordersToTransfer(
    sold.map((o) => o.raw),
    profile.orderStages,
  );
  const soldDate = new Map(sold.map((o) => [String(o.raw.id), o.date]));
  const shouldTakeIn = new Map<string, Dec>();
  for (const { order, raw } of transfer) {
    const key = `${soldDate.get(order.id)} ${order.currency}`;
    shouldTakeIn.set(key, (shouldTakeIn.get(key) ?? dec(0)).plus(dec(String((raw as { total: string }).total))));
  }

  let duplicates = ordersInTwoDays;
  const duplicateDays: string[] = [];
  const wrongTotals: string[] = [];
  const misrecorded: string[] = [];
  const attachmentFaults: string[] = [];
  const unbookedDays: string[] = [];
  let splitDays = 0;
  let renumberedDays = 0;
  let bookedBeforeOrderList = 0;
  const ledgerDays = new Set<string>();
  for (const day of days) {
    const key = `${day.day} ${day.currency}`;
    ledgerDays.add(key);
    const found = inEconomic.get(key);
    const row = store.get(day.id);
    const sent = row ? row.entries.length : 0;
    const extra = (found?.entries ?? 0) - sent;
    if (extra > 0) {
      duplicates += extra;
      duplicateDays.push(`${key}: ${found!.entries} entries in ${[...found!.vouchers.keys()].join(', ')} for ${sent} sent`);
    }
    if (found || day.state === 'done') {
      const want = money(shouldTakeIn.get(key) ?? dec(0));
      const got = money(found?.takenIn ?? dec(0));
      if (got !== want) wrongTotals.push(`${key}: ${got} in e-conomic ≠ ${want} from the orders`);
    }
    if (day.state !== 'done') {
      unbookedDays.push(`${key}: ${day.state}${day.reasonCode ? ` ${day.reasonCode}` : ''}`);
      continue;
    }
    const answered = (row?.answered ?? []).map(keyOf).sort();
    const holding = [...(found?.vouchers.keys() ?? [])].sort();
    if (answered.join() !== holding.join()) misrecorded.push(`${key}: the ledger has ${answered.join(', ') || 'none'}, e-conomic ${holding.join(', ') || 'none'}`);
    if (holding.length > 1) splitDays++;
    if (row && !holding.includes(keyOf(row))) renumberedDays++;
    for (const [k, v] of found?.vouchers ?? []) {
      if (v.attachment && v.attachment.bytes > 0) continue;
      if (v.booked) bookedBeforeOrderList++;
      else attachmentFaults.push(`${key}: voucher ${k} has no order list`);
    }
  }
  // Entries on a date the ledger has no day for were written by no day the engine knows of.
  for (const [key, found] of inEconomic) {
    if (ledgerDays.has(key)) continue;
    duplicates += found.entries;
    duplicateDays.push(`${key}: ${found.entries} entries, no day in the ledger`);
  }

  const vouchers = [...inEconomic.values()].flatMap((d) => [...d.vouchers.values()]);
  const distinct = new Map(vouchers.map((v) => [keyOf(v), v]));
  const attachments = [...distinct.values()].filter((v) => v.attachment).length;
  // Each voucher is sent its order list at most once: it takes it, or it was booked first and
  // answers 404 (the engine then asks whether it has left the journal and does not send it again).
  const attachmentUploads = state.calls.byRoute[ATTACHMENT_UPLOAD] ?? 0;
  if (attachmentUploads > attachments + bookedBeforeOrderList) attachmentFaults.push(`${attachmentUploads} order-list uploads for ${attachments} vouchers with one and ${bookedBeforeOrderList} booked before theirs`);

  const lostOrders: string[] = [];
  for (const { order } of transfer) {
    const day: DayRow | undefined = dayOf.get(order.id);
    const inBookedDay = day?.state === 'done' && inEconomic.has(`${day.day} ${day.currency}`);
    if (!inBookedDay && !waitsWithReason(ledger, order.id, day)) lostOrders.push(describeLost(ledger, order.id, day));
  }
  return {
    shopOrders: sold.length,
    toTransfer: transfer.length,
    days: days.length,
    daysBooked: days.filter((d) => d.state === 'done').length,
    unbookedDays: unbookedDays.slice(0, 20),
    vouchersInEconomic: distinct.size,
    splitDays,
    renumberedDays,
    duplicates,
    duplicateDays: duplicateDays.slice(0, 20),
    ordersInTwoDays,
    lost: lostOrders.length,
    lostOrders: lostOrders.slice(0, 20),
    wrongTotals: wrongTotals.slice(0, 20),
    misrecorded: misrecorded.slice(0, 20),
    attachmentFaults: attachmentFaults.slice(0, 20),
    attachments,
    bookedBeforeOrderList,
    attachmentUploads,
  };
}
