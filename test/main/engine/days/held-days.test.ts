import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../../main/connectors/economic/client';
import type { DraftInvoice } from '../../../../main/connectors/economic/types';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../../main/demo/sandbox-harness';
import { retryDay } from '../../../../main/operations/retry-day';
import type { Runtime } from '../../../../main/runtime/runtime';
import { dec, money } from '../../../../shared/domain/money';
import { describe as describeProblem } from '../../../../shared/errors';
import { calendarDaysAgo } from '../../../helpers/local-days';
import { soldOn, ZONE } from '../../../helpers/day-summary-shop';

/**
 * A day's draft invoice that waited in e-conomic for the owner (bookingMode "drafts", the
 * supervised period) and was then dealt with by a person in e-conomic's own screens:
 *  - day A (orders 8101, 8102: 2 × 299.00 = 598.00): its draft is deleted by hand, and the owner
 *    writes an invoice of their own, which e-conomic gives the freed number. LedgerBridge notices
 *    it at the next sync, makes no new draft by itself, keeps both orders in day A and says so
 *    (LB-7025); "Retry the day" makes exactly one new draft of 598.00 under the day's reference.
 *  - day B (order 8103: 299.00): its draft is booked by hand, and the day is adopted as booked.
 * Every order is the hand-worked Krus order of test/helpers/refund-cases.ts (299.00, VAT 59.80).
 */

type Doc = DraftInvoice & { bookedInvoiceNumber?: number; grossAmount: number };

describe('a day whose draft a person deleted or booked in e-conomic', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  const now = new Date();
  const dayA = calendarDaysAgo(3, now, ZONE);
  const dayB = calendarDaysAgo(2, now, ZONE);
  const referenceOf = (date: string) => `lb-day:demo:${date}:DKK:domestic`;
  const drafts = () => h.economic.state().drafts as unknown as Doc[];
  const booked = () => h.economic.state().booked as unknown as Doc[];
  const withReference = (docs: Doc[], date: string) => docs.filter((d) => d.references?.other === referenceOf(date));
  const calls = (route: string) => h.economic.state().calls.byRoute[route] ?? 0;
  const dayRow = (date: string) => runtime.ledger.days.find('demo', date, 'DKK', 'domestic')!;
  /** What the owner does in e-conomic's own screens, through the API a person's browser uses. */
  const owner = () => new EconomicClient({ baseUrl: h.economic.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken });
  let deletedDraft: Doc;
  let theirs: DraftInvoice;

  beforeAll(async () => {
    h = await startSandboxHarness({
      start: now,
      orders: [soldOn(8101, dayA), soldOn(8102, dayA), soldOn(8103, dayB)],
      profile: { postingUnit: 'day', sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(now.getTime() - 5 * 86_400_000).toISOString() } },
    });
    runtime = await h.open();
    await runtime.syncOnce();
  }, 60_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  it('leaves both days as drafts for the owner in the supervised period: 598.00 and 299.00', () => {
    expect(dayRow(dayA)).toMatchObject({ state: 'held', reasonCode: 'LB-7001', generation: 1 });
    expect(dayRow(dayB)).toMatchObject({ state: 'held', reasonCode: 'LB-7001' });
    expect(withReference(drafts(), dayA).map((d) => money(dec(String(d.grossAmount))))).toEqual(['598.00']);
    expect(withReference(drafts(), dayB).map((d) => money(dec(String(d.grossAmount))))).toEqual(['299.00']);
  });

  it('checks the waiting drafts with one call for both days, and reads no booked invoices while both are there', async () => {
    const [draftsBefore, bookedBefore] = [calls('GET /invoices/drafts'), calls('GET /invoices/booked')];
    await runtime.syncOnce();
    expect(calls('GET /invoices/drafts') - draftsBefore).toBe(1);
    expect(calls('GET /invoices/booked') - bookedBefore).toBe(0);
    expect([dayRow(dayA).state, dayRow(dayB).state]).toEqual(['held', 'held']);
  });

  it('notices the deleted draft of day A and the booked one of day B at the next sync', async () => {
    const invoiceB = h.economic.bookDraft(withReference(drafts(), dayB)[0].draftInvoiceNumber);
    [deletedDraft] = withReference(drafts(), dayA);
    await owner().deleteDraftInvoice(deletedDraft.draftInvoiceNumber, 'owner-deletes');
    // e-conomic gives the owner's own invoice the number just freed: a number alone proves nothing.
    theirs = await owner().createDraftInvoice(
      {
        date: deletedDraft.date,
        currency: 'DKK',
        customer: { customerNumber: deletedDraft.customer.customerNumber },
        paymentTerms: { paymentTermsNumber: deletedDraft.paymentTerms.paymentTermsNumber },
        layout: { layoutNumber: deletedDraft.layout!.layoutNumber },
        recipient: { name: 'Hansens Køkken ApS', vatZone: { vatZoneNumber: deletedDraft.recipient.vatZone.vatZoneNumber } },
        lines: [{ lineNumber: 1, description: 'Konsulenttime', quantity: 1, unitNetPrice: 850, product: { productNumber: deletedDraft.lines![0].product!.productNumber } }],
      },
      'owner-own-draft',
    );
    expect(theirs.draftInvoiceNumber).toBe(deletedDraft.draftInvoiceNumber);

    await runtime.syncOnce();

    expect(dayRow(dayB)).toMatchObject({ state: 'done', bookedNumber: invoiceB.bookedInvoiceNumber });
    expect(runtime.ledger.orders.get('8103')).toMatchObject({ state: 'done', bookedNumber: invoiceB.bookedInvoiceNumber });
    // A manual booking counts for the supervised period, as an order's does.
    expect(runtime.ledger.supervised.forProfile('demo').get().manualBookingCount).toBe(1);

    expect(dayRow(dayA)).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-7025', draftNumber: deletedDraft.draftInvoiceNumber, generation: 1 });
    const problem = runtime.log.openProblems('demo').find((p) => p.code === 'LB-7025')!;
    expect(problem.params).toEqual({ date: dayA, currency: 'DKK', draftNumber: deletedDraft.draftInvoiceNumber, count: 2 });
    expect(describeProblem('LB-7025', problem.params as never, 'da').message).toBe(
      `Dagen ${dayA} (DKK): kladde ${deletedDraft.draftInvoiceNumber} med dagens 2 ordrer og refunderinger er slettet i e-conomic uden om LedgerBridge, så dagen er ikke bogført. Ordrerne er stadig i dagen, og LedgerBridge laver ikke selv en ny kladde.`,
    );
    expect(describeProblem('LB-7025', problem.params as never, 'en').fix).toContain('Daily summaries → the day → "Retry the day"');
  });

  it('makes no new draft by itself, leaves the owner’s invoice alone, and keeps the orders in day A only', async () => {
    await runtime.syncOnce();
    expect(withReference(drafts(), dayA)).toEqual([]);
    expect(withReference(booked(), dayA)).toEqual([]);
    expect(drafts().find((d) => d.draftInvoiceNumber === theirs.draftInvoiceNumber)!.recipient.name).toBe('Hansens Køkken ApS');
    for (const id of ['8101', '8102']) {
      expect(runtime.ledger.days.entryOf('demo', 'order', id)?.day.day).toBe(dayA);
      expect(runtime.ledger.orders.get(id)?.state).toBe('in-day');
    }
    expect(dayRow(dayA).state).toBe('needs-attention');
  });

  it('"Retry the day" makes exactly one new draft of 598.00 under a new generation; a second press makes none', async () => {
    const first = await retryDay(runtime, dayRow(dayA).id);
    expect(first.retried).toBe(true);
    const ours = withReference(drafts(), dayA);
    expect(ours.map((d) => money(dec(String(d.grossAmount))))).toEqual(['598.00']);
    expect(ours[0].draftInvoiceNumber).not.toBe(theirs.draftInvoiceNumber);
    expect(dayRow(dayA)).toMatchObject({ state: 'held', reasonCode: 'LB-7001', draftNumber: ours[0].draftInvoiceNumber, generation: 2 });
    expect(runtime.log.openProblems('demo').filter((p) => p.code === 'LB-7025')).toEqual([]);
    expect(runtime.ledger.days.entries(dayRow(dayA).id).map((e) => e.number)).toEqual(['8101', '8102']);

    const second = await retryDay(runtime, dayRow(dayA).id);
    expect(second.retried).toBe(false);
    expect(withReference(drafts(), dayA)).toHaveLength(1);
    expect(drafts().find((d) => d.draftInvoiceNumber === theirs.draftInvoiceNumber)!.recipient.name).toBe('Hansens Køkken ApS');
  });

  it('books the new draft once automatic posting is on, and then checks no draft at all', async () => {
    h.clock.advanceDays(15); // the supervised period's 14 days
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    const [invoice, ...more] = withReference(booked(), dayA);
    expect(more).toEqual([]);
    expect(money(dec(String(invoice.grossAmount)))).toBe('598.00');
    expect(dayRow(dayA)).toMatchObject({ state: 'done', bookedNumber: invoice.bookedInvoiceNumber });
    for (const id of ['8101', '8102']) expect(runtime.ledger.orders.get(id)).toMatchObject({ state: 'done', bookedNumber: invoice.bookedInvoiceNumber });

    const before = calls('GET /invoices/drafts');
    await runtime.syncOnce();
    expect(calls('GET /invoices/drafts')).toBe(before);
  });
});
