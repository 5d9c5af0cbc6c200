import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DayVoucherAccounts, SetupProblem, voucherEntries } from '../../../../main/engine/days/day-voucher-accounts';
import type { PlannedDayVoucher } from '../../../../main/engine/days/plan-day-voucher';
import type { EconomicClient } from '../../../../main/connectors/economic/client';
import type { Runtime } from '../../../../main/runtime/runtime';
import { startSandboxHarness, type SandboxHarness } from '../../../../main/demo/sandbox-harness';

/**
 * Where a journal-mode day's money goes, read from the e-conomic sandbox: one place for the
 * booking, the dry run and the setup check. A day's line on a product that is not in e-conomic
 * (shipping booked on a product number the agreement lacks) stops the day with LB-2001, and the
 * owner is told which day and which orders — "Ordre 9301–9303 (2026-11-30)", as the day's
 * invoice is numbered by its order range — not the journal's internal subject "day-voucher:…".
 */

const DAY = { day: '2026-11-30', currency: 'DKK', zone: 'domestic' as const };

/** Shipping of orders 9301–9303 at 25 % (3 × 39.20 + 9.80 = 147.00, VAT 29.40) paid with MobilePay, on the product `shipping`. */
function shippingDay(shipping: string): PlannedDayVoucher {
  return {
    kind: 'day-voucher',
    date: DAY.day,
    currency: 'DKK',
    zone: 'domestic',
    range: '9301–9303',
    reference: 'test',
    lines: [{ method: 'mobilepay', methodTitle: 'MobilePay', revenue: { productNumber: shipping }, rate: '25', amount: '147.00', vat: '29.40' }],
    gross: '147.00',
    vat: '29.40',
  };
}

describe('the accounts of a day voucher', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  let client: EconomicClient;
  const accounts = () => new DayVoucherAccounts({ client, profile: runtime.profile });

  beforeAll(async () => {
    h = await startSandboxHarness({ profile: { postingUnit: 'day', dayBooking: 'journal', dayJournalNumber: 1, paymentMethods: { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 } } } });
    runtime = await h.open();
    client = await runtime.economic();
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
  });

  it("books shipping on its product's group: FRAGT (group 3) sells on 1010 U25, so MobilePay 5820 / 1010, 147.00 with 29.40 VAT", async () => {
    const [entry, ...more] = await voucherEntries(accounts(), DAY, shippingDay('FRAGT'), runtime.profile, null);
    expect(more).toEqual([]);
    expect([entry.clearingAccountNumber, entry.revenue.accountNumber, entry.revenue.vatCode, entry.amount, entry.vat]).toEqual([5820, 1010, 'U25', '147.00', '29.40']);
  });

  it('names the shop in the text beside the first shop of the data dir, whose orders may be numbered alike', async () => {
    const [first] = await voucherEntries(accounts(), DAY, shippingDay('FRAGT'), runtime.profile, null);
    const [second] = await voucherEntries(accounts(), DAY, shippingDay('FRAGT'), runtime.profile, 'se');
    expect(first.text).toBe('Dagsopgørelse 2026-11-30, ordre 9301–9303: MobilePay, salg 25 % moms');
    expect(second.text).toBe('Dagsopgørelse 2026-11-30 (se), ordre 9301–9303: MobilePay, salg 25 % moms');
  });

  it('names the day and its order range when a line is on a product e-conomic does not have (LB-2001)', async () => {
    const error = await voucherEntries(accounts(), DAY, shippingDay('FRAGT-GONE'), runtime.profile, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupProblem);
    expect((error as SetupProblem).problem).toEqual({ code: 'LB-2001', params: { orderNumber: '9301–9303 (2026-11-30)', sku: 'FRAGT-GONE', product: 'FRAGT-GONE' } });
  });
});
