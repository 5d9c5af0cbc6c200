import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookedInvoice } from '../../../main/connectors/economic/types';
import { operationKey } from '../../../main/engine/idempotency';
import { PaymentsStore, postPendingPayments, queuePayment } from '../../../main/moneyflows/payments';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { bookedDocs, startHarness, type Harness } from './harness';

/**
 * Payments on an agreement whose accounting year is not the calendar year, and payment
 * recovery after a crash when the owner has booked the journal in the meantime.
 */

const FISCAL_YEARS = [
  { year: '2025/2026', fromDate: '2025-07-01', toDate: '2026-06-30' },
  { year: '2026/2027', fromDate: '2026-07-01', toDate: '2027-06-30' },
];
const paymentMethods = {
  mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
  dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5821 } },
  stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
  bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
};
// about an hour apart from 29 June 08:00: the orders straddle the turn of the fiscal year on 1 July
const withoutRegistration = { ...paymentMethods, mobilepay: { title: 'MobilePay', paymentTermsNumber: 3 }, dankort: { title: 'Dankort', paymentTermsNumber: 3 } };
const orders = generateWooOrders({ count: 40, seed: 5, start: new Date('2026-06-29T08:00:00Z') });
const registered = orders.filter((o) => ['processing', 'completed'].includes(String(o.status)) && ['mobilepay', 'dankort'].includes(String(o.payment_method)));

type VoucherState = { journalNumber: number; accountingYear: string; entries: Array<{ customerInvoice: number; date: string; fields: { text: string } }> };
const vouchersOf = (h: Harness) => h.economic.state().vouchers as unknown as VoucherState[];

describe('payments on an agreement with a fiscal year from July to June', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ orders, automatic: true, profile: { rules: [], paymentMethods } });
    h.economic.settings({ accountingYears: FISCAL_YEARS });
  }, 30_000);
  afterAll(() => h.close());

  it('posts each payment in the accounting year e-conomic has for its date, read from /accounting-years', async () => {
    const summary = await h.runtime.syncOnce();
    expect(summary.paymentsRegistered).toBe(registered.length);
    const state = h.economic.state();
    expect(state.calls.byRoute['GET /accounting-years']).toBeGreaterThanOrEqual(1);
    // one call per journal and accounting year: June's payments and July's
    expect(state.calls.byRoute['POST /journals/:journalNumber/vouchers']).toBe(2);
    const entries = vouchersOf(h).flatMap((v) => v.entries.map((e) => ({ year: v.accountingYear, date: e.date })));
    expect(entries).toHaveLength(registered.length);
    for (const e of entries) expect(e.year).toBe(e.date < '2026-07-01' ? '2025/2026' : '2026/2027');
    expect(new Set(entries.map((e) => e.year)).size).toBe(2);

    expect(h.economic.bookJournal(2)).toBe(registered.length);
    const booked = bookedDocs(h.economic);
    for (const raw of registered) {
      const row = h.runtime.ledger.orders.get(String(raw.id))!;
      expect(booked.find((b) => b.bookedInvoiceNumber === row.bookedNumber)?.remainder).toBe(0);
    }
  });
});

describe('payment registration when e-conomic has no accounting year for the date', () => {
  it('keeps the payment queued and tells the owner to create the year (LB-3002)', async () => {
    const h = await startHarness({ orders, automatic: true, profile: { rules: [], paymentMethods: withoutRegistration } });
    try {
      h.economic.settings({ accountingYears: FISCAL_YEARS });
      await h.runtime.syncOnce();
      // the owner's agreement loses the new year (say it was never created for the payments' dates)
      h.economic.settings({ accountingYears: [FISCAL_YEARS[0]] });
      h.runtime.saveProfile({ ...h.runtime.profile, paymentMethods });
      const ctx = await h.runtime.context();
      const paid = registered.filter((o) => h.runtime.ledger.orders.get(String(o.id))?.bookedNumber);
      for (const raw of paid) {
        const row = h.runtime.ledger.orders.get(String(raw.id))!;
        await queuePayment(ctx, row.order, (await ctx.client.getBookedInvoice(row.bookedNumber!))!);
      }
      const store = new PaymentsStore(h.runtime.ledger.db);
      const july = store.queued().filter((r) => r.paymentDate >= '2026-07-01');
      const june = store.queued().filter((r) => r.paymentDate < '2026-07-01');
      expect(july.length).toBeGreaterThan(0);
      expect(june.length).toBeGreaterThan(0);

      expect(await postPendingPayments(ctx)).toEqual({ posted: june.length, vouchers: 1 });
      expect(store.queued().map((r) => r.bookedNumber).sort()).toEqual(july.map((r) => r.bookedNumber).sort());
      for (const row of july) {
        const entry = h.runtime.log.list({ orderId: row.orderId }).entries.find((e) => e.code === 'LB-3002');
        expect(entry?.params).toMatchObject({ orderNumber: row.orderNumber, date: row.paymentDate });
      }
    } finally {
      await h.close();
    }
  });
});

describe('payment registration when the accountant has closed the accounting year of the date', () => {
  it('sends nothing into the closed year, keeps the payment queued and names the order and the payment date (LB-3002)', async () => {
    const h = await startHarness({ orders, automatic: true, profile: { rules: [], paymentMethods: withoutRegistration } });
    try {
      h.economic.settings({ accountingYears: FISCAL_YEARS });
      await h.runtime.syncOnce();
      // The accountant closes 2025/2026 while June's payments still wait to be registered.
      h.economic.settings({ accountingYears: [{ ...FISCAL_YEARS[0], closed: true }, FISCAL_YEARS[1]] });
      h.runtime.saveProfile({ ...h.runtime.profile, paymentMethods });
      const ctx = await h.runtime.context();
      for (const raw of registered.filter((o) => h.runtime.ledger.orders.get(String(o.id))?.bookedNumber)) {
        const row = h.runtime.ledger.orders.get(String(raw.id))!;
        await queuePayment(ctx, row.order, (await ctx.client.getBookedInvoice(row.bookedNumber!))!);
      }
      const store = new PaymentsStore(h.runtime.ledger.db);
      const june = store.queued().filter((r) => r.paymentDate < '2026-07-01');
      const july = store.queued().filter((r) => r.paymentDate >= '2026-07-01');
      expect(june.length).toBeGreaterThan(0);
      const before = h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'] ?? 0;

      // July's go out in one voucher; June's are not sent at all (a 400 from e-conomic at every sync, before).
      expect(await postPendingPayments(ctx)).toEqual({ posted: july.length, vouchers: 1 });
      expect(h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers']).toBe(before + 1);
      expect(store.queued().map((r) => r.bookedNumber).sort()).toEqual(june.map((r) => r.bookedNumber).sort());
      for (const row of june) {
        const entry = h.runtime.log.list({ orderId: row.orderId }).entries.find((e) => e.code === 'LB-3002');
        expect(entry?.params).toMatchObject({ orderNumber: row.orderNumber, date: row.paymentDate });
      }

      // Reopened, June's go out in their year, and the owner is no longer told they wait.
      h.economic.settings({ accountingYears: FISCAL_YEARS });
      expect(await postPendingPayments(ctx)).toEqual({ posted: june.length, vouchers: 1 });
      expect(h.runtime.log.openProblems().filter((e) => e.code === 'LB-3002')).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('payment recovery after a crash between the voucher and the ledger', () => {
  let h: Harness;
  beforeAll(async () => {
    // booked first without registration, so the test drives queueing and posting itself
    h = await startHarness({ orders, automatic: true, profile: { rules: [], paymentMethods: withoutRegistration } });
    h.economic.settings({ accountingYears: FISCAL_YEARS });
    await h.runtime.syncOnce();
    h.runtime.saveProfile({ ...h.runtime.profile, paymentMethods });
  }, 30_000);
  afterAll(() => h.close());

  it('finds the payments among the booked entries when the owner booked the journal meanwhile, and posts nothing twice', async () => {
    const ctx = await h.runtime.context();
    const store = new PaymentsStore(h.runtime.ledger.db);
    const batch: Array<{ invoice: BookedInvoice }> = [];
    for (const raw of registered.slice(0, 3)) {
      const row = h.runtime.ledger.orders.get(String(raw.id))!;
      const invoice = (await ctx.client.getBookedInvoice(row.bookedNumber!))!;
      expect(await queuePayment(ctx, row.order, invoice)).toBe(true);
      batch.push({ invoice });
    }
    const numbers = batch.map((b) => b.invoice.bookedInvoiceNumber).sort((a, b) => a - b);

    // The crash: the batch was marked and journalled as started, the voucher reached
    // e-conomic, and the run died before it recorded that. Its idempotency key is long forgotten.
    const key = operationKey(h.runtime.profile.name, 'payments:journal:2:crashed', 'payment', 0);
    store.markSending(numbers, key);
    h.runtime.ledger.operations.begin({ key, orderId: 'payments:journal:2', step: 'payment' });
    const rows = numbers.map((n) => store.get(n)!);
    const posted = await ctx.client.postJournalVouchers(
      2,
      {
        accountingYear: { year: '2025/2026' },
        entries: { customerPayments: rows.map((r) => ({ customer: { customerNumber: r.customerNumber }, customerInvoice: r.bookedNumber, amount: `-${r.amount}`, contraAccount: { accountNumber: r.contraAccount }, currency: { code: r.currency }, date: r.paymentDate, text: r.text })) },
      },
      'a-key-e-conomic-has-forgotten',
    );
    expect(posted.length).toBeGreaterThan(0);
    // …and meanwhile the owner booked the journal: the entries have left /journals/2/entries
    h.economic.bookJournal(2);
    expect((await ctx.client.listAll('/journals/2/entries')).length).toBe(0);
    const callsBefore = h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'];

    expect(await postPendingPayments(ctx)).toEqual({ posted: 3, vouchers: 0 });
    expect(h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers']).toBe(callsBefore);
    for (const n of numbers) expect(store.get(n)!.state).toBe('posted');
    expect(h.runtime.ledger.operations.get(key)!.status).toBe('completed');
    const entriesPerInvoice = vouchersOf(h).flatMap((v) => v.entries).filter((e) => numbers.includes(e.customerInvoice));
    expect(entriesPerInvoice).toHaveLength(3);
    for (const n of numbers) expect(bookedDocs(h.economic).find((b) => b.bookedInvoiceNumber === n)?.remainder).toBe(0);
  });
});
