import { z } from 'zod';
import { decimalString, isoDay, orderStatusSchema } from './common';

/** A quarter as the OSS return names it: 2026Q4. */
export const quarterSchema = z.string().regex(/^\d{4}Q[1-4]$/, 'must be a quarter such as 2026Q4');

/** The quarter's One-Stop-Shop figures (the CLI's `reconcile --oss --quarter`, in the app). */
export const ossReportRequest = z.object({ quarter: quarterSchema });

export const ossReportResponse = z.object({
  quarter: quarterSchema,
  from: isoDay,
  to: isoDay,
  /** The agreement's base currency: what every amount of the rows is in. */
  currency: z.string().min(3).max(3),
  rows: z.array(
    z.object({
      country: z.string().length(2),
      rate: decimalString,
      base: decimalString,
      vat: decimalString,
      invoices: z.number().int().min(0),
      creditNotes: z.number().int().min(0),
    }),
  ),
  totals: z.object({ base: decimalString, vat: decimalString }),
  /** OSS orders of the quarter that are not booked: in no figure yet. */
  unbooked: z.array(
    z.object({
      orderId: z.string(),
      orderNumber: z.string(),
      country: z.string().length(2),
      date: isoDay,
      currency: z.string(),
      total: decimalString,
      status: orderStatusSchema,
      /** Why it waits, in the owner's language, or null when nothing holds it. */
      reason: z.string().nullable(),
    }),
  ),
  /**
   * OSS sales of days booked as journal vouchers (dayBooking "journal"): on the OSS groups'
   * accounts in e-conomic, on no invoice, so not in `rows`; per country, rate and the day's
   * currency (not converted).
   */
  dayVouchers: z.array(
    z.object({
      country: z.string().length(2),
      rate: decimalString,
      currency: z.string().min(3).max(3),
      base: decimalString,
      vat: decimalString,
      days: z.number().int().min(1),
    }),
  ),
  /** The same CSV as `reconcile --oss --csv` (decimal comma in Danish, point in English). */
  csv: z.object({ fileName: z.string(), csv: z.string() }),
});
export type OssReportView = z.infer<typeof ossReportResponse>;
