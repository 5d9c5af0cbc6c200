import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../shared/domain/order';
import type { BookedInvoice } from '../../../main/connectors/economic/types';
import { operationKey } from '../../../main/engine/idempotency';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { PaymentsStore, postPendingPayments, queuePayment } from '../../../main/moneyflows/payments';
import { bookedDocs, startHarness, type Harness } from './harness';

/**
 * Payments per payment method: booked invoices paid with a method mapped to a journal get
 * their customer payment registered, many in one voucher call, each exactly once, and the
 * invoice's remainder goes to zero once the owner books the journal (as in e-conomic, a cash
 * journal changes nothing before it is booked).
 */

type Json = Record<string, unknown>;
// On fixed dates inside one accounting year (30 orders 7–140 minutes apart from 8 June 2026 07:00 UTC end by
// 11 June): counted back from the real clock they straddled New Year on 1–2 January and went out as two
// vouchers, one per year, as they must (the turn of the year is tested on its own below).
const generated = generateWooOrders({ count: 30, seed: 5, start: new Date('2026-06-08T07:00:00Z') });
const paidStatuses = new Set(['processing', 'completed']);
const registered = generated.filter((o) => paidStatuses.has(String(o.status)) && ['mobilepay', 'dankort'].includes(String(o.payment_method)));
const unregistered = generated.filter((o) => paidStatuses.has(String(o.status)) && o.payment_method === 'stripe');

let h: Harness;

const withRegistration = {
  mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } },
  dankort: { title: 'Dankort', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5821 } },
  stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
  bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
};

beforeAll(async () => {
  // Booked first without registration, then the mapping is switched on, so these tests
  // drive queueing and posting themselves (the sync would otherwise post them at once).
  h = await startHarness({
    orders: generated,
    automatic: true,
    profile: {
      rules: [],
      paymentMethods: {
        mobilepay: { title: 'MobilePay', paymentTermsNumber: 3 },
        dankort: { title: 'Dankort', paymentTermsNumber: 3 },
        stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
        bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
      },
    },
  });
  await h.runtime.syncOnce();
  h.runtime.saveProfile({ ...h.runtime.profile, paymentMethods: withRegistration });
  expect(registered.length).toBeGreaterThanOrEqual(6);
}, 30_000);
afterAll(() => h.close());

async function bookedOrder(raw: Json): Promise<{ order: Order; invoice: BookedInvoice }> {
  const row = h.runtime.ledger.orders.get(String(raw.id))!;
  expect(row.bookedNumber).not.toBeNull();
  const ctx = await h.runtime.context();
  return { order: row.order, invoice: (await ctx.client.getBookedInvoice(row.bookedNumber!))! };
}

function voucherCalls(): number {
  return h.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'] ?? 0;
}

/** Every payment entry LedgerBridge ever put in a journal, booked or not (sandbox state). */
function journalEntries(): Array<{ journalNumber: number; customerInvoice: number; amount: string; fields: { text: string } }> {
  const vouchers = h.economic.state().vouchers as Array<{ journalNumber: number; entries: Array<{ customerInvoice: number; amount: string; fields: { text: string } }> }>;
  return vouchers.flatMap((v) => v.entries.map((e) => ({ ...e, journalNumber: v.journalNumber })));
}

function remainderOf(bookedNumber: number): number | undefined {
  return bookedDocs(h.economic).find((b) => b.bookedInvoiceNumber === bookedNumber)?.remainder;
}

describe('payment registration in the sync', () => {
  it('registers the payments of every invoice booked in a cycle with one voucher call per journal', async () => {
    const own = await startHarness({ orders: generated, automatic: true, profile: { rules: [], paymentMethods: withRegistration } });
    try {
      const summary = await own.runtime.syncOnce();
      const calls = own.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers'] ?? 0;
      expect(calls).toBe(1);
      expect(summary.paymentsRegistered).toBe(registered.length);
      expect(own.economic.bookJournal(2)).toBe(registered.length);
      const docs = bookedDocs(own.economic);
      for (const raw of registered) {
        const row = own.runtime.ledger.orders.get(String(raw.id))!;
        expect(docs.find((b) => b.bookedInvoiceNumber === row.bookedNumber)?.remainder).toBe(0);
      }
      for (const raw of unregistered) {
        const row = own.runtime.ledger.orders.get(String(raw.id))!;
        const doc = docs.find((b) => b.bookedInvoiceNumber === row.bookedNumber)!;
        expect(doc.remainder).toBe(doc.grossAmount);
      }
    } finally {
      await own.close();
    }
  });
});

describe('payment registration', () => {
  it('posts three booked invoices as one voucher call with three customer payments, leaving nothing owed', async () => {
    const ctx = await h.runtime.context();
    const three = await Promise.all(registered.slice(0, 3).map(bookedOrder));
    for (const { order, invoice } of three) expect(await queuePayment(ctx, order, invoice)).toBe(true);
    const callsBefore = voucherCalls();

    expect(await postPendingPayments(ctx)).toEqual({ posted: 3, vouchers: 1 });
    expect(voucherCalls() - callsBefore).toBe(1);

    // each payment is its own voucher (bilag) in journal 2, all created by that one call
    const entries = journalEntries();
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.journalNumber === 2)).toBe(true);
    expect(entries.map((e) => e.customerInvoice).sort()).toEqual(three.map((t) => t.invoice.bookedInvoiceNumber).sort());
    for (const { order, invoice } of three) {
      const entry = entries.find((e) => e.customerInvoice === invoice.bookedInvoiceNumber)!;
      expect(Number(entry.amount)).toBe(-invoice.grossAmount); // a payment received credits the customer
      expect(entry.fields.text).toBe(`Betaling ordre ${order.number}, faktura ${invoice.bookedInvoiceNumber} (${order.payment.id === 'mobilepay' ? 'MobilePay' : 'Dankort'})`);
    }
    h.economic.bookJournal(2);
    for (const { invoice } of three) expect(remainderOf(invoice.bookedInvoiceNumber)).toBe(0);

    // Nothing left to post: a second run makes no call and changes nothing.
    expect(await postPendingPayments(ctx)).toEqual({ posted: 0, vouchers: 0 });
    expect(await queuePayment(ctx, three[0].order, three[0].invoice)).toBe(false);
    for (const { invoice } of three) expect(remainderOf(invoice.bookedInvoiceNumber)).toBe(0);
  });

  it('leaves invoices alone whose payment method is not registered (e.g. card paid out later)', async () => {
    const ctx = await h.runtime.context();
    const { order, invoice } = await bookedOrder(unregistered[0]);
    expect(await queuePayment(ctx, order, invoice)).toBe(false);
    expect(await postPendingPayments(ctx)).toEqual({ posted: 0, vouchers: 0 });
    expect(remainderOf(invoice.bookedInvoiceNumber)).toBe(invoice.grossAmount);
  });

  it('does not post a batch twice when the run died after e-conomic accepted it', async () => {
    const ctx = await h.runtime.context();
    const store = new PaymentsStore(h.runtime.ledger.db);
    const batch = await Promise.all(registered.slice(3, 6).map(bookedOrder));
    for (const { order, invoice } of batch) await queuePayment(ctx, order, invoice);
    const numbers = batch.map((b) => b.invoice.bookedInvoiceNumber).sort((a, b) => a - b);

    // What a crash right after the POST leaves behind: the batch marked and journalled as
    // started, the entries in e-conomic, and an idempotency key too old to replay.
    const key = operationKey(h.runtime.profile.name, 'payments:journal:2:interrupted', 'payment', 0);
    store.markSending(numbers, key);
    h.runtime.ledger.operations.begin({ key, orderId: 'payments:journal:2', step: 'payment' });
    const rows = numbers.map((n) => store.get(n)!);
    await ctx.client.postJournalVouchers(
      2,
      {
        accountingYear: { year: rows[0].paymentDate.slice(0, 4) },
        entries: { customerPayments: rows.map((r) => ({ customer: { customerNumber: r.customerNumber }, customerInvoice: r.bookedNumber, amount: `-${r.amount}`, contraAccount: { accountNumber: r.contraAccount }, currency: { code: r.currency }, date: r.paymentDate, text: r.text })) },
      },
      'a-key-e-conomic-has-forgotten',
    );
    const callsBefore = voucherCalls();

    expect(await postPendingPayments(ctx)).toEqual({ posted: 3, vouchers: 0 });
    expect(voucherCalls()).toBe(callsBefore);
    for (const n of numbers) expect(store.get(n)!.state).toBe('posted');
    expect(h.runtime.ledger.operations.get(key)!.status).toBe('completed');
    h.economic.bookJournal(2);
    for (const n of numbers) expect(remainderOf(n)).toBe(0); // not paid twice (that would be −gross)
  });

  it('sends payments of an interrupted batch that never reached e-conomic in the next batch', async () => {
    const ctx = await h.runtime.context();
    const store = new PaymentsStore(h.runtime.ledger.db);
    const { order, invoice } = await bookedOrder(registered[6] ?? registered[registered.length - 1]);
    await queuePayment(ctx, order, invoice);
    const key = operationKey(h.runtime.profile.name, 'payments:journal:2:lost', 'payment', 0);
    store.markSending([invoice.bookedInvoiceNumber], key);
    h.runtime.ledger.operations.begin({ key, orderId: 'payments:journal:2', step: 'payment' });

    expect(await postPendingPayments(ctx)).toEqual({ posted: 1, vouchers: 1 });
    h.economic.bookJournal(2);
    expect(remainderOf(invoice.bookedInvoiceNumber)).toBe(0);
  });
});

describe('payment registration at the turn of the year', () => {
  // e-conomic numbers vouchers per accounting year and a voucher belongs to one year: its entries'
  // dates must lie in it ("The date … is outside accounting year …"). Orders from 31 December 2026
  // 19:00 UTC (20:00 in Copenhagen, UTC+1 in winter), synced on 2 January 2027. Their registered
  // payments, by the Danish date they were paid (an invoice's date): 1005 paid 21:38 UTC on
  // 31 December, in 2026; 1007 paid 23:54 UTC on 31 December, 00:54 on New Year's Day in Copenhagen,
  // in 2027, as are 1010, 1019, 1022, 1024 and 1027 later that morning.
  const turn = generateWooOrders({ count: 12, seed: 5, start: new Date('2026-12-31T19:00:00Z') });
  const inYear = { '2026': ['1005'], '2027': ['1007', '1010', '1019', '1022', '1024', '1027'] };

  it('sends one voucher per accounting year, each holding only the payments dated in it', async () => {
    const own = await startHarness({ orders: turn, automatic: true, start: new Date('2027-01-02T12:00:00Z'), profile: { rules: [], paymentMethods: withRegistration } });
    try {
      const summary = await own.runtime.syncOnce();
      expect(summary.paymentsRegistered).toBe(7);
      expect(own.economic.state().calls.byRoute['POST /journals/:journalNumber/vouchers']).toBe(2);
      const invoiceOf = (id: string) => own.runtime.ledger.orders.get(id)!.bookedNumber!;
      const vouchers = own.economic.state().vouchers as Array<{ journalNumber: number; accountingYear: string; entries: Array<{ customerInvoice: number; date: string }> }>;
      for (const [year, ids] of Object.entries(inYear)) {
        const entries = vouchers.filter((v) => v.journalNumber === 2 && v.accountingYear === year).flatMap((v) => v.entries);
        expect(entries.map((e) => e.customerInvoice).sort((a, b) => a - b)).toEqual(ids.map(invoiceOf).sort((a, b) => a - b));
        expect(entries.every((e) => e.date.startsWith(`${year}-`))).toBe(true);
      }
      expect(own.economic.bookJournal(2)).toBe(7);
      for (const id of Object.values(inYear).flat()) expect(bookedDocs(own.economic).find((b) => b.bookedInvoiceNumber === invoiceOf(id))?.remainder).toBe(0);
    } finally {
      await own.close();
    }
  });
});
