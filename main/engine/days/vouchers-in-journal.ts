import { encodeProductNumber } from '../../connectors/economic/encoding';
import type { EngineContext } from '../context';
import { REASON } from '../reasons';
import { VoucherNumbers } from '../voucher-numbers';
import { dayVoucherParts, vouchersOfListed, type ListedEntry } from './day-voucher-match';
import { DayVoucherStore, type DayVoucherRow } from './day-voucher-store';
import { voucherSubject } from './subjects';

/** e-conomic takes at most 200 values in one `$in:` filter. */
const IN_FILTER_MAX = 200;

/**
 * The days booked as vouchers in a journal (dayBooking "journal") wait there for the accountant.
 * At each sync, while any does, every journal they are in is read once by their voucher numbers
 * (one call per 200 vouchers; none while no day waits). A voucher still in the journal — as
 * day-voucher-match.ts recognises it, whatever the accountant made of its texts — waits on.
 * One that left the journal is looked for on its accounting year's accounts by its numbers (one
 * call per year, only then): booked by the accountant, it is not looked for again. One found in
 * neither is looked for once more by its date, in the journal and on the accounts (renumbered by
 * hand); when it is not there either, it was deleted by hand before it was booked (LB-7026): the
 * day waits for the owner's "Retry the day", its orders back in it, unbooked.
 */
export async function settleDayVouchersInJournal(ctx: EngineContext): Promise<void> {
  const store = new DayVoucherStore(ctx.ledger.db, ctx.clock);
  const waiting = store.waitingInJournal(ctx.profile.name);
  if (waiting.length === 0) return;
  const numbers = new VoucherNumbers(ctx);
  // Another shop's voucher on the agreement is never this day's.
  const ours = <V extends { accountingYear: string; voucherNumber: number }>(journalNumber: number, vouchers: V[]) => vouchers.filter((v) => !numbers.heldByAnother(journalNumber, v.accountingYear, v.voucherNumber));
  const isFound = (row: DayVoucherRow, listed: ListedEntry[], yearOfDate: (date: string) => string | undefined) =>
    dayVoucherParts(row, ours(row.journalNumber, vouchersOfListed(listed, yearOfDate)), store.othersOnDate(row)).length > 0;

  const leftJournal: DayVoucherRow[] = [];
  for (const [journalNumber, rows] of groupBy(waiting, (r) => r.journalNumber)) {
    const listed = await listByNumbers(ctx, `/journals/${journalNumber}/entries`, 'voucher.voucherNumber', rows);
    for (const row of rows) if (!isFound(row, listed, () => row.accountingYear)) leftJournal.push(row);
  }
  for (const [year, rows] of groupBy(leftJournal, (r) => r.accountingYear)) {
    const listed = await listByNumbers(ctx, `/accounting-years/${encodeProductNumber(year)}/entries`, 'voucherNumber', rows);
    for (const row of rows) {
      if (isFound(row, listed, () => year)) store.bookedSeen(row.dayId);
      else {
        const where = await byDate(ctx, row, isFound);
        if (where === 'booked') store.bookedSeen(row.dayId);
        else if (where === 'gone') voucherDeletedByHand(ctx, row);
      }
    }
  }
}

/** Every entry of `path` under one of the rows' voucher numbers (each voucher e-conomic answered for a day). */
async function listByNumbers(ctx: EngineContext, path: string, field: string, rows: DayVoucherRow[]): Promise<ListedEntry[]> {
  const wanted = [...new Set(rows.flatMap((r) => (r.answered ?? [r]).map((v) => v.voucherNumber)))].sort((a, b) => a - b);
  const listed: ListedEntry[] = [];
  for (let i = 0; i < wanted.length; i += IN_FILTER_MAX) {
    listed.push(...(await ctx.client.listAll<ListedEntry>(path, { filter: `${field}$in:[${wanted.slice(i, i + IN_FILTER_MAX).join(',')}]` })));
  }
  return listed;
}

/** The voucher looked for by its date, under any number: still in the journal, booked, or gone. */
async function byDate(ctx: EngineContext, row: DayVoucherRow, isFound: (row: DayVoucherRow, listed: ListedEntry[], yearOfDate: (date: string) => string | undefined) => boolean): Promise<'journal' | 'booked' | 'gone'> {
  const date = row.entries[0]?.date;
  if (!date) return 'journal';
  const filter = `date$eq:${date}`;
  if (isFound(row, await ctx.client.listAll<ListedEntry>(`/journals/${row.journalNumber}/entries`, { filter }), () => row.accountingYear)) return 'journal';
  if (isFound(row, await ctx.client.listAll<ListedEntry>(`/accounting-years/${encodeProductNumber(row.accountingYear)}/entries`, { filter }), () => row.accountingYear)) return 'booked';
  return 'gone';
}

/**
 * A person deleted the day's voucher from the journal before it was booked: a decision about the
 * day, so no new voucher is sent by itself. The day waits for the owner (LB-7026) with its entries
 * and frozen plan; its orders are back in it, not booked. "Retry the day" sends it again under a
 * new generation (write-again.ts).
 */
function voucherDeletedByHand(ctx: EngineContext, row: DayVoucherRow): void {
  const { ledger, profile } = ctx;
  const day = ledger.days.get(row.dayId)!;
  const entries = ledger.days.entries(day.id);
  const params = { date: day.day, currency: day.currency, journalNumber: row.journalNumber, voucherNumber: (row.answered ?? [row]).map((v) => v.voucherNumber).join(', '), count: entries.length };
  ledger.transaction(() => {
    ledger.days.transition(day.id, 'needs-attention', { reasonCode: REASON.dayVoucherGone, reasonDetail: { params, generation: day.generation } });
    for (const entry of entries) {
      if (entry.kind === 'order') ledger.orders.transition(entry.orderId, 'in-day', { reasonDetail: { dayId: day.id, day: day.day, currency: day.currency }, by: 'e-conomic (voucher deleted)' });
    }
    ctx.log.report({ code: REASON.dayVoucherGone, profile: profile.name, subject: voucherSubject(day), params });
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
