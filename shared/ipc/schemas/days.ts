import { z } from 'zod';
import { decimalString, idString, isoDay, isoDateTime, orderStatusSchema, pagingRequest } from './common';

/** The daily summaries (postingUnit "day") in the app: the CLI's `ledgerbridge days`. */
export const daysListRequest = z.object({ ...pagingRequest, limit: pagingRequest.limit.default(60) });

/** An order a closed day waits for, with where it stands. */
export const dayHoldingOrderSchema = z.object({
  orderId: idString,
  number: z.string(),
  status: orderStatusSchema,
  /** Why the order waits, in the owner's language, or null when nothing is recorded. */
  reason: z.string().nullable(),
});

/** The accountant's mail of a booked day (profile field `accountantEmail`), as the owner follows it. */
export const accountantMailSchema = z.object({
  /** On its way (queued, being sent, retried later), sent, or waiting for the owner (failed, or uncertain after a crash). */
  status: z.enum(['pending', 'sent', 'failed']),
  to: z.string(),
  sentAt: isoDateTime.nullable(),
  /** Why it waits for the owner and what to do, in the owner's language; null unless failed. */
  problem: z.object({ code: z.string(), title: z.string(), message: z.string(), fix: z.string() }).nullable(),
});
export type AccountantMailView = z.infer<typeof accountantMailSchema>;

export const dayRowSchema = z.object({
  id: z.number().int().positive(),
  day: isoDay,
  currency: z.string().min(3).max(3),
  /** Exports (VAT zone abroad) get a summary of their own beside the day's domestic one. */
  abroad: z.boolean(),
  /** The day in the one vocabulary of the app (shared/i18n/order-status.ts). */
  status: orderStatusSchema,
  orders: z.number().int().min(0),
  refunds: z.number().int().min(0),
  /** Σ of the day's orders and refunds: fixed when the day closed, else so far. */
  gross: decimalString,
  draftNumber: z.number().int().nullable(),
  invoiceNumber: z.number().int().nullable(),
  /**
   * A day booked as a finance voucher in a journal (dayBooking "journal"): its journal, accounting
   * year and number as e-conomic answered them (`voucherNumbers`: every voucher, when e-conomic
   * split the day over several); null otherwise.
   */
  voucher: z.object({ journalNumber: z.number().int(), accountingYear: z.string(), voucherNumber: z.number().int(), voucherNumbers: z.array(z.number().int()).optional() }).nullable().optional(),
  bookedAt: isoDateTime.nullable(),
  /** What holds the day or went wrong, in the owner's language. */
  problem: z.object({ code: z.string(), title: z.string(), message: z.string() }).nullable(),
  /** The orders a closed day waits for (LB-7020). */
  waitingFor: z.array(dayHoldingOrderSchema),
  /** True once the order list is fixed (the day closed): it can be downloaded. */
  orderListFixed: z.boolean(),
  /** The day's order list mailed to the accountant; null while none was queued for the day. */
  accountantMail: accountantMailSchema.nullable(),
});
export type DayRowView = z.infer<typeof dayRowSchema>;

export const daysListResponse = z.object({
  /** The profile's unit of booking; the days screen is only offered with "day". */
  postingUnit: z.enum(['order', 'day']),
  total: z.number().int().min(0),
  days: z.array(dayRowSchema),
});
export type DaysListView = z.infer<typeof daysListResponse>;

export const dayRequest = z.object({ id: z.number().int().positive() });

export const orderListRowSchema = z.object({
  kind: z.enum(['order', 'refund']),
  number: z.string(),
  date: isoDay,
  customer: z.string(),
  total: decimalString,
  vat: decimalString,
  paymentMethod: z.string(),
});

/** A day's order list as it was fixed, with the CSV the accountant gets. */
export const dayOrderListResponse = z.object({
  id: z.number().int().positive(),
  day: isoDay,
  currency: z.string(),
  rows: z.array(orderListRowSchema),
  total: decimalString,
  vat: decimalString,
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
  csv: z.object({ fileName: z.string(), csv: z.string() }),
});
export type DayOrderListView = z.infer<typeof dayOrderListResponse>;

export const dayPdfResponse = z.object({
  fileName: z.string(),
  /** The PDF bytes, base64 encoded. */
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/**
 * The accountant's address (profile field `accountantEmail`, '' when none) and the unit of
 * booking, which decides whether the address is asked for at all.
 */
export const accountantSettingsSchema = z.object({
  postingUnit: z.enum(['order', 'day']),
  accountantEmail: z.string(),
});
export type AccountantSettings = z.infer<typeof accountantSettingsSchema>;

/** One e-mail address, or '' to mail nothing. */
export const accountantSaveRequest = z.object({ accountantEmail: z.string().trim().email().or(z.literal('')) });
