import { z } from 'zod';
import { decimalString, orderStatusSchema } from './common';

/** One month of the books against the shop (the CLI's `reconcile`, in the app). */
export const reconcileRequest = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-11'),
  groupBy: z.enum(['day', 'month']).default('day'),
});

/** A day summary as a finding's subject (postingUnit "day"): then orderId and orderNumber are '' and date and currency name the day. */
const daySubject = z.object({ zone: z.enum(['domestic', 'abroad']), orders: z.number().int().min(0), reference: z.string() });

/** A day's finance voucher in e-conomic (dayBooking "journal"): in journal `journalNumber`, or booked from it (null). */
const voucherRef = z.object({ journalNumber: z.number().int().nullable(), accountingYear: z.string(), voucherNumber: z.number().int() });

const countAndTotal = z.object({ count: z.number().int().min(0), total: decimalString });

export const periodLineSchema = z.object({
  period: z.string(),
  currency: z.string(),
  shop: countAndTotal,
  invoiced: countAndTotal,
  refunded: countAndTotal,
  credited: countAndTotal,
  payments: countAndTotal,
  difference: decimalString,
});
export type PeriodLineView = z.infer<typeof periodLineSchema>;

export const reconcileResponse = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['day', 'month']),
  periods: z.array(periodLineSchema),
  totals: z.array(periodLineSchema),
  missing: z.array(
    z.object({
      kind: z.enum(['invoice', 'credit-note', 'voucher']),
      orderId: z.string(),
      orderNumber: z.string(),
      refundId: z.string().optional(),
      date: z.string(),
      currency: z.string(),
      amount: decimalString,
      /** Where the order stands in LedgerBridge, or null when LedgerBridge never saw it. */
      status: orderStatusSchema.nullable(),
      reason: z.string().nullable(),
      day: daySubject.optional(),
      voucher: voucherRef.optional(),
    }),
  ),
  differing: z.array(
    z.object({
      kind: z.enum(['invoice', 'credit-note', 'voucher']),
      orderId: z.string(),
      orderNumber: z.string(),
      refundId: z.string().optional(),
      /** null for a day's voucher (see `voucher`). */
      invoiceNumber: z.number().int().nullable(),
      date: z.string(),
      currency: z.string(),
      shop: decimalString,
      economic: decimalString,
      difference: decimalString,
      day: daySubject.optional(),
      voucher: voucherRef.optional(),
    }),
  ),
  unexpected: z.array(z.object({ invoiceNumber: z.number().int(), reference: z.string(), date: z.string(), currency: z.string(), gross: decimalString })),
  duplicates: z.array(z.object({ reference: z.string(), orderId: z.string().nullable(), booked: z.array(z.number().int()), drafts: z.array(z.number().int()), vouchers: z.array(voucherRef).optional() })),
  /** Days not booked yet (postingUnit "day"): not closed, waiting for held orders (named), or due at the next sync. */
  pendingDays: z.array(
    z.object({
      status: z.enum(['open', 'waiting', 'due']),
      date: z.string(),
      currency: z.string(),
      amount: decimalString,
      closesAt: z.string(),
      waitingFor: z.array(z.string()),
      day: daySubject,
    }),
  ),
  matches: z.boolean(),
  /** The whole report as semicolon-separated CSV (the CLI's `--csv`), for the owner's spreadsheet. */
  csv: z.object({ fileName: z.string(), csv: z.string() }),
});
export type ReconcileView = z.infer<typeof reconcileResponse>;
