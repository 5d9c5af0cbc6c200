import { z } from 'zod';
import { decimalString, isoDateTime, problemSchema } from './common';
import { syncSummarySchema } from './operations';

/** A calendar day (Danish time), as the import starts from it. */
export const importDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-31');
export const importFromRequest = z.object({ from: importDaySchema });

/** The validating dry run before an import: nothing is written anywhere. */
export const importPreviewSchema = z.object({
  from: importDaySchema,
  /** Orders since the day that reached a transfer stage. */
  total: z.number().int().min(0),
  wouldTransfer: z.number().int().min(0),
  alreadyHandled: z.number().int().min(0),
  keptByRules: z.number().int().min(0),
  /** Orders that would stop with a problem, with the reason in the owner's language. */
  wouldFail: z.array(z.object({ orderId: z.string(), number: z.string(), code: z.string(), message: z.string() })),
  /** postingUnit "day": orders into day summaries and the day invoices they make; null per order. */
  days: z
    .object({
      orders: z.number().int().min(0),
      invoices: z.number().int().min(0),
      /** What those day invoices come to, per currency (Σ of the orders' totals). */
      totals: z.array(z.object({ currency: z.string(), gross: decimalString })).optional(),
    })
    .nullable()
    .optional(),
  /** Read before starting: the shop will not show every order since the day (Shopify without read_all_orders, LB-2047). */
  warning: z.object({ code: z.string(), title: z.string(), message: z.string(), fix: z.string() }).nullable().optional(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** Where an import stands; it survives restarts and resumes where it paused. */
export const importStatusSchema = z.object({
  state: z.enum(['idle', 'running', 'paused', 'done', 'failed']),
  from: importDaySchema.nullable(),
  processed: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Why it paused: the owner paused it, or today's e-conomic call budget is used up. */
  pausedBecause: z.enum(['paused', 'budget-exhausted']).nullable(),
  startedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
  /** What the sync cycles of the latest run did. */
  summary: syncSummarySchema.nullable(),
  /** Why the latest run stopped, when it failed (the shop or e-conomic could not be reached). */
  problem: problemSchema.nullable(),
});
export type ImportStatus = z.infer<typeof importStatusSchema>;
