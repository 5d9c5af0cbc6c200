import type { DayVoucherRow } from '../../main/engine/days/day-voucher-store';

/**
 * A day's voucher as the ledger records it: day 1 of the shop "butik", sent as voucher 7 of 2026
 * in journal 1 and not yet answered, unless `fields` say otherwise (the entries, the answer…).
 */
export function dayVoucherRow(fields: Partial<DayVoucherRow> & Pick<DayVoucherRow, 'entries'>): DayVoucherRow {
  return {
    dayId: 1,
    profile: 'butik',
    journalNumber: 1,
    accountingYear: '2026',
    voucherNumber: 7,
    voucherKey: 'k',
    answered: null,
    state: 'sending',
    attachmentKey: null,
    createdAt: '2026-03-03T01:00:00Z',
    postedAt: null,
    attachedAt: null,
    bookedSeenAt: null,
    ...fields,
  };
}
