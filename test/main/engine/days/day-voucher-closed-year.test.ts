import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { krusOrder } from '../../../helpers/refund-cases';
import { startHarness, type Harness } from '../../moneyflows/harness';

/**
 * A journal-mode day whose date lies in no accounting year of the agreement waits with LB-3002,
 * and the owner is told which day and which orders — "9501–9502 (date)", as the day's other
 * problems name it — not the journal's internal subject "day-voucher:…". Nothing is written.
 */

const ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;

describe('a voucher day in no accounting year', () => {
  let h: Harness;
  const day = calendarDaysAgo(3, new Date(), ZONE);
  const at = `${day}T11:00:00`;
  const sold = (n: number) => ({ ...krusOrder('woocommerce', n), payment_method: 'mobilepay', payment_method_title: 'MobilePay', date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at });

  beforeAll(async () => {
    h = await startHarness({
      automatic: true,
      orders: [sold(9501), sold(9502)],
      profile: {
        postingUnit: 'day',
        dayBooking: 'journal',
        dayJournalNumber: 1,
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(Date.now() - 5 * DAY_MS).toISOString() },
        paymentMethods: { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } },
      },
    });
    // The agreement only has a year long past.
    h.economic.settings({ accountingYears: [{ year: '2020', fromDate: '2020-01-01', toDate: '2020-12-31' }] });
    await h.runtime.syncOnce();
  }, 60_000);
  afterAll(() => h.close());

  it('waits with LB-3002 naming the day and its order range, and writes no voucher', () => {
    const row = h.runtime.ledger.days.find(h.runtime.profile.name, day, 'DKK', 'domestic');
    expect(row?.state).not.toBe('done');
    expect(row?.reasonCode).toBe('LB-3002');
    const entry = h.runtime.log.list({}).entries.find((e) => e.code === 'LB-3002');
    expect(entry?.params).toMatchObject({ orderNumber: `9501–9502 (${day})`, date: day });
    expect(h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'] ?? 0).toBe(0);
  });
});
