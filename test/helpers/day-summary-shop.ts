import type { ProfileInput } from '../../shared/profile/schema';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../main/demo/sandbox-harness';
import type { Runtime } from '../../main/runtime/runtime';
import { krusOrder } from './refund-cases';
import { calendarDaysAgo } from './local-days';

type Json = Record<string, unknown>;

export const ZONE = 'Europe/Copenhagen';
const DAY_MS = 86_400_000;

/** A Krus order (299.00 = 2 × Krus 250.00 + GLS 49.00; VAT 59.80; Mette Jensen, MobilePay) sold at 11:00 UTC on a local date. */
export function soldOn(n: number, date: string, changes: Json = {}): Json {
  const at = `${date}T11:00:00`;
  return { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at, date_modified_gmt: at, ...changes };
}

const OSLO = { first_name: 'Ola', last_name: 'Nordmann', company: '', address_1: 'Storgata 1', address_2: '', city: 'Oslo', state: '', postcode: '0155', country: 'NO' };

/**
 * The Krus order sold to Oslo (outside the EU: VAT zone abroad, no Danish VAT) on a local date:
 * 2 × Krus 200.00 + GLS 39.20 = 239.20, no VAT. Its day is the export day, beside the domestic one.
 */
export function exportSoldOn(n: number, date: string): Json {
  return soldOn(n, date, {
    billing: { ...OSLO, email: 'ola@example.no', phone: '' },
    shipping: OSLO,
    cart_tax: '0.00',
    shipping_tax: '0.00',
    total_tax: '0.00',
    total: '239.20',
    line_items: [{ id: n * 10 + 1, name: 'Krus', sku: 'KRUS-01', product_id: 11, variation_id: 0, quantity: 2, tax_class: '', subtotal: '200.00', subtotal_tax: '0.00', total: '200.00', total_tax: '0.00', taxes: [], price: 100, meta_data: [] }],
    shipping_lines: [{ id: n * 10 + 9, method_id: 'flat_rate', method_title: 'GLS', total: '39.20', total_tax: '0.00', taxes: [], meta_data: [] }],
    tax_lines: [],
  });
}

/** The Krus orders' payment methods on the sandbox's clearing accounts: MobilePay 5820, Dankort 5821. */
export const CLEARING_ACCOUNTS = { mobilepay: { title: 'MobilePay', clearingAccountNumber: 5820 }, dankort: { title: 'Dankort', clearingAccountNumber: 5821 } };

/**
 * A profile booking each day as one voucher in journal 1 (postingUnit "day", dayBooking
 * "journal"), MobilePay and Dankort on their clearing accounts, importing from `daysBack` days
 * before `now`.
 */
export function journalDayProfile(now: Date, daysBack: number): Partial<ProfileInput> {
  return {
    postingUnit: 'day',
    dayBooking: 'journal',
    dayJournalNumber: 1,
    sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - daysBack * DAY_MS).toISOString() },
    paymentMethods: CLEARING_ACCOUNTS,
  };
}

export interface DaySummaryShop {
  h: SandboxHarness;
  runtime: Runtime;
  /** Three days ago: orders 8001–8003, booked as one day invoice of 897.00 at the first sync. */
  bookedDay: string;
  /** Two days ago: 8005, and 8006 paid with Vipps (not mapped), so the day waits for 8006. */
  waitingDay: string;
}

/**
 * A shop booking per day (postingUnit "day") against the real sandboxes, automatic posting in
 * effect, synced once: one booked day and one day that waits for a held order.
 */
export async function startDaySummaryShop(profile: Partial<ProfileInput> = {}): Promise<DaySummaryShop> {
  const now = new Date();
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const bookedDay = calendarDaysAgo(3, now, ZONE);
  const waitingDay = calendarDaysAgo(2, now, ZONE);
  const h = await startSandboxHarness({
    start: now,
    orders: [soldOn(8001, bookedDay), soldOn(8002, bookedDay), soldOn(8003, bookedDay), soldOn(8005, waitingDay), soldOn(8006, waitingDay, { payment_method: 'vipps', payment_method_title: 'Vipps' })],
    profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * DAY_MS).toISOString() }, ...profile },
  });
  const runtime = await h.open();
  walkSupervisedPeriod(runtime);
  await runtime.syncOnce();
  return { h, runtime, bookedDay, waitingDay };
}
