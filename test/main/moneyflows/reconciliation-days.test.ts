import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/domain/local-day';
import { calendarDaysAgo } from '../../helpers/local-days';
import type { Order } from '../../../shared/domain/order';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { reconcile } from '../../../main/moneyflows/reconciliation';
import { formatReport, toCsv } from '../../../main/moneyflows/reconciliation-format';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import type { Runtime } from '../../../main/runtime/runtime';
import { startEconomicSandbox } from '../../../main/sandbox/economic';
import { krusOrder, krusSoldOn } from '../../helpers/refund-cases';

/**
 * The reconciliation in day mode (postingUnit "day") against the real sandboxes: orders that
 * went into a day are matched through the day's own invoice (`lb-day:…`), never reported
 * missing one by one; a day's invoice is compared with the sum of its orders.
 *
 * Every order is the hand-worked Krus order of test/helpers/refund-cases.ts, 299.00 each:
 * day 1 = 8001–8003 (3 × 299.00 = 897.00) plus the business buyer 8004 with its own invoice,
 * day 2 = 8005–8006 (598.00), day 3 = 8007 (299.00).
 */

const ZONE = 'Europe/Copenhagen';
const DAY = 86_400_000;
type Json = Record<string, unknown>;

describe('reconciliation of day summaries (postingUnit "day")', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  let stateDir: string;
  let shopOrders: Order[];
  const now = new Date();
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const [day1, day2, day3] = [4, 3, 2].map((d) => calendarDaysAgo(d, now, ZONE));
  const run = async () => reconcile({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile }, { from: day1, to: day3, groupBy: 'day', shopOrders });
  const bookedNumberOf = (date: string) => runtime.ledger.days.find('demo', date, 'DKK', 'domestic')!.bookedNumber!;

  /** Edits e-conomic's own saved state (stop, edit, start again): what an accountant's change there amounts to. */
  async function editEconomic(edit: (booked: Array<{ bookedInvoiceNumber: number; totals: Record<string, string> }>) => typeof booked): Promise<void> {
    const file = join(stateDir, 'economic.json');
    const port = Number(new URL(h.economic.url).port);
    await h.economic.close();
    const state = JSON.parse(readFileSync(file, 'utf8')) as { booked: Array<{ bookedInvoiceNumber: number; totals: Record<string, string> }> };
    state.booked = edit(state.booked);
    writeFileSync(file, JSON.stringify(state));
    h.economic = await startEconomicSandbox({ port, persistFile: file, appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });
  }

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'lb-reconcile-days-'));
    h = await startSandboxHarness({
      start: now,
      orders: [
        krusSoldOn(8001, day1),
        krusSoldOn(8002, day1),
        krusSoldOn(8003, day1),
        krusSoldOn(8004, day1, { billing: { ...(krusOrder('woocommerce', 8004).billing as Json), company: 'Café Nord ApS' }, meta_data: [{ id: 1, key: '_vat_number', value: 'DK12345678' }] }),
        krusSoldOn(8005, day2),
        krusSoldOn(8006, day2),
        krusSoldOn(8007, day3),
      ],
      economic: { persistFile: join(stateDir, 'economic.json') },
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 6 * DAY).toISOString() } },
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    shopOrders = [];
    for await (const page of (await runtime.shop()).pollChanged(null)) shopOrders.push(...page.orders.map((n) => n.order));
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('reconciles booked days clean: no order of a day is missing, each day invoice equals the sum of its orders', async () => {
    for (const date of [day1, day2, day3]) expect(runtime.ledger.days.find('demo', date, 'DKK', 'domestic')?.state).toBe('done');
    const report = await run();
    expect(report.missing).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.matches).toBe(true);
    // Day 1: the shop sold 4 × 299.00 = 1196.00; e-conomic has the day invoice (897.00) and the business buyer's own (299.00).
    const first = report.periods.find((p) => p.period === day1)!;
    expect(first.shop).toEqual({ count: 4, total: '1196.00' });
    expect(first.invoiced).toEqual({ count: 2, total: '1196.00' });
    expect(first.difference).toBe('0.00');
    expect(report.periods.find((p) => p.period === day2)!.invoiced).toEqual({ count: 1, total: '598.00' });
  });

  it("lists a day whose invoice is gone as missing, and a day whose invoice was changed as differing, with both sums", async () => {
    const [second, third] = [bookedNumberOf(day2), bookedNumberOf(day3)];
    await editEconomic((booked) =>
      booked
        .filter((b) => b.bookedInvoiceNumber !== third)
        .map((b) => (b.bookedInvoiceNumber === second ? { ...b, totals: { ...b.totals, grossAmount: '608.00' } } : b)),
    );
    const report = await run();
    expect(report.matches).toBe(false);
    expect(report.missing).toEqual([
      { kind: 'invoice', orderId: '', orderNumber: '', date: day3, currency: 'DKK', amount: '299.00', ledgerState: 'done', reasonCode: null, day: { zone: 'domestic', orders: 1, reference: `lb-day:demo:${day3}:DKK:domestic` } },
    ]);
    // 2 × 299.00 = 598.00 in the shop against 608.00 in e-conomic: 10.00 too much booked.
    expect(report.differing).toEqual([
      { kind: 'invoice', orderId: '', orderNumber: '', invoiceNumber: second, date: day2, currency: 'DKK', shop: '598.00', economic: '608.00', difference: '-10.00', day: { zone: 'domestic', orders: 2, reference: `lb-day:demo:${day2}:DKK:domestic` } },
    ]);

    const csv = toCsv(report).split('\r\n');
    expect(csv).toContain(`missing-invoice;;;;;;${day3};DKK;299,00;;299,00;done;lb-day:demo:${day3}:DKK:domestic;`);
    expect(csv).toContain(`differing-invoice;;;;${second};;${day2};DKK;598,00;608,00;-10,00;;lb-day:demo:${day2}:DKK:domestic;`);
    expect(formatReport(report, 'da')).toContain(`dagsfaktura ${day3} DKK (1 ordre), 299,00 DKK (status: done)`);
    expect(formatReport(report, 'en')).toContain(`invoice ${second} – day invoice ${day2} DKK (2 orders): shop 598.00, e-conomic 608.00 DKK (-10.00)`);
  });
});

/**
 * Days not booked yet, day payments and a day booked twice. Again Krus orders at 299.00:
 * day A (4 days ago) = 8101, 8102 paid with MobilePay, whose payments LedgerBridge registers
 * (journal 2, clearing account 5820), and 8103 paid with Dankort, which it does not:
 * 897.00 invoiced, 598.00 registered as one payment entry. Day W (3 days ago) = 8104 and 8105,
 * paid with Vipps, which the profile has not mapped: held, so the day waits (598.00). Today =
 * 8106: the day has not ended (299.00).
 */
describe('reconciliation of days not booked yet, day payments and a day booked twice', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  let stateDir: string;
  let shopOrders: Order[];
  const now = new Date();
  // By the calendar: 24-hour steps back name one date twice across a change of the clocks, late in the evening.
  const [dayA, dayW] = [4, 3].map((d) => calendarDaysAgo(d, now, ZONE));
  const today = localDate(now, ZONE);
  const run = async () => reconcile({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile, clock: runtime.clock }, { from: dayA, to: today, groupBy: 'day', shopOrders });
  const reference = (date: string) => `lb-day:demo:${date}:DKK:domestic`;
  /**
   * When today's day closes: it ends at midnight in Copenhagen, 23:00Z in winter (UTC+1), 22:00Z
   * in summer (UTC+2), whichever the offset at the day's end; then the 60 minutes' grace period.
   */
  const todayClosesAt = () => {
    const winter = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' }).format(new Date(`${today}T23:00:00Z`)) === '00';
    const nextDay = new Date(Date.parse(`${today}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    return winter ? `${nextDay}T00:00:00.000Z` : `${today}T23:00:00.000Z`;
  };

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'lb-reconcile-pending-'));
    const nowAt = now.toISOString().slice(0, 19);
    h = await startSandboxHarness({
      start: now,
      orders: [
        krusSoldOn(8101, dayA),
        krusSoldOn(8102, dayA),
        krusSoldOn(8103, dayA, { payment_method: 'dankort', payment_method_title: 'Dankort' }),
        krusSoldOn(8104, dayW),
        krusSoldOn(8105, dayW, { payment_method: 'vipps', payment_method_title: 'Vipps' }),
        krusSoldOn(8106, today, { date_created_gmt: nowAt, date_paid_gmt: nowAt, date_completed_gmt: nowAt, date_modified_gmt: nowAt }),
      ],
      economic: { persistFile: join(stateDir, 'economic.json') },
      profile: (demo) => ({
        postingUnit: 'day',
        paymentMethods: { ...demo.paymentMethods, mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } } },
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 6 * DAY).toISOString() },
      }),
    });
    runtime = await h.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    shopOrders = [];
    for await (const page of (await runtime.shop()).pollChanged(null)) shopOrders.push(...page.orders.map((n) => n.order));
  }, 60_000);
  afterAll(async () => {
    runtime.close();
    await h.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('counts the day voucher in the payments column: 2 × 299.00 by MobilePay, not the Dankort order', async () => {
    const report = await run();
    const first = report.periods.find((p) => p.period === dayA)!;
    expect(first.shop).toEqual({ count: 3, total: '897.00' });
    expect(first.invoiced).toEqual({ count: 1, total: '897.00' });
    expect(first.payments).toEqual({ count: 1, total: '598.00' });
    expect(first.difference).toBe('0.00');
  });

  it('lists a day waiting for a held order and the day that has not ended as days not booked yet, never as missing', async () => {
    const report = await run();
    expect(report.missing).toEqual([]);
    expect(report.pendingDays).toEqual([
      { status: 'waiting', date: dayW, currency: 'DKK', amount: '598.00', closesAt: expect.any(String), waitingFor: ['8105'], day: { zone: 'domestic', orders: 2, reference: reference(dayW) } },
      { status: 'open', date: today, currency: 'DKK', amount: '299.00', closesAt: expect.any(String), waitingFor: [], day: { zone: 'domestic', orders: 1, reference: reference(today) } },
    ]);
    // Today's day closes an hour after the coming midnight in Copenhagen. Not "within 25 hours of
    // now": the day the clocks go back has 25 hours, and from 00:30 on it, its end and the grace are 25.5 hours away.
    expect(report.pendingDays[1].closesAt).toBe(todayClosesAt());
    // A held order keeps the books from matching, as it does for an order with its own invoice.
    expect(report.matches).toBe(false);
    // The waiting day's orders are sold but not invoiced yet: 598.00 short.
    expect(report.periods.find((p) => p.period === dayW)).toMatchObject({ shop: { count: 2, total: '598.00' }, invoiced: { count: 0, total: '0.00' }, difference: '598.00' });

    const csv = toCsv(report).split('\r\n');
    expect(csv).toContain(`day-waiting;;8105;;;;${dayW};DKK;598,00;;598,00;waiting;${reference(dayW)};`);
    expect(csv).toContain(`day-open;;;;;;${today};DKK;299,00;;299,00;open;${reference(today)};`);
    const da = formatReport(report, 'da');
    expect(da).toContain('Dage der ikke er bogført endnu (2):');
    expect(da).toContain(`dagsfaktura ${dayW} DKK (2 ordrer), 598,00 DKK: venter på ordre 8105, som er tilbageholdt`);
    expect(da).toContain(`dagsfaktura ${today} DKK (1 ordre), 299,00 DKK: dagen er ikke slut endnu`);
    expect(da).not.toContain('Mangler i e-conomic');
    expect(formatReport(report, 'en')).toContain(`day invoice ${dayW} DKK (2 orders), 598.00 DKK: waits for held order 8105`);
  });

  it('reports a day invoice booked twice for the same day and currency as a duplicate, and counts both in the books', async () => {
    const file = join(stateDir, 'economic.json');
    const port = Number(new URL(h.economic.url).port);
    const first = runtime.ledger.days.find('demo', dayA, 'DKK', 'domestic')!.bookedNumber!;
    await h.economic.close();
    const state = JSON.parse(readFileSync(file, 'utf8')) as { booked: Array<{ bookedInvoiceNumber: number }> };
    const second = Math.max(...state.booked.map((b) => b.bookedInvoiceNumber)) + 1;
    state.booked.push({ ...state.booked.find((b) => b.bookedInvoiceNumber === first)!, bookedInvoiceNumber: second });
    writeFileSync(file, JSON.stringify(state));
    h.economic = await startEconomicSandbox({ port, persistFile: file, appSecretToken: DEMO_CREDENTIALS.economicAppSecretToken, agreementGrantToken: DEMO_CREDENTIALS.economicAgreementGrantToken });

    const report = await run();
    expect(report.duplicates).toEqual([{ reference: reference(dayA), orderId: null, booked: [first, second], drafts: [] }]);
    // 897.00 sold, 2 × 897.00 booked: 897.00 too much.
    expect(report.periods.find((p) => p.period === dayA)).toMatchObject({ invoiced: { count: 2, total: '1794.00' }, difference: '-897.00' });
    expect(toCsv(report).split('\r\n')).toContain(`duplicate;;;;${first} ${second};;;;;;;;${reference(dayA)};`);
    expect(formatReport(report, 'en')).toContain(`Duplicates in e-conomic (1):\n  ${reference(dayA)}: booked ${first}, ${second}; drafts –`);
  });

  it('lists a day that has ended, with no sync since, as due: never missing, with the sum of its orders and when it closed', async () => {
    // Two days on without a sync: today's day (8106, 299.00) has ended and its 60 minutes' grace have passed.
    h.clock.advanceDays(2);
    const report = await run();
    expect(report.pendingDays.find((p) => p.date === today)).toEqual({ status: 'due', date: today, currency: 'DKK', amount: '299.00', closesAt: todayClosesAt(), waitingFor: [], day: { zone: 'domestic', orders: 1, reference: reference(today) } });
    expect(report.missing).toEqual([]);
    // Sold, not invoiced yet: the day's 299.00 is the period's difference.
    expect(report.periods.find((p) => p.period === today)).toMatchObject({ shop: { count: 1, total: '299.00' }, invoiced: { count: 0, total: '0.00' }, difference: '299.00' });
    expect(toCsv(report).split('\r\n')).toContain(`day-due;;;;;;${today};DKK;299,00;;299,00;due;${reference(today)};`);
    expect(formatReport(report, 'da')).toContain(`dagsfaktura ${today} DKK (1 ordre), 299,00 DKK: dagen er slut og bogføres ved næste synkronisering`);
    expect(formatReport(report, 'en')).toContain(`day invoice ${today} DKK (1 order), 299.00 DKK: the day has ended and is booked at the next sync`);
  });
});
