import { z } from 'zod';
import { planSchema } from '../../profile/schema';
import {
  decimalString,
  idString,
  isoDateTime,
  orderStateSchema,
  pagingRequest,
  problemSchema,
  trayStateSchema,
} from './common';

export const syncSummarySchema = z.object({
  fetched: z.number().int().min(0),
  eligible: z.number().int().min(0),
  drafted: z.number().int().min(0),
  booked: z.number().int().min(0),
  held: z.number().int().min(0),
  skipped: z.number().int().min(0),
  failed: z.number().int().min(0),
  mailed: z.number().int().min(0),
  apiCalls: z.number().int().min(0),
});
export type SyncSummary = z.infer<typeof syncSummarySchema>;

export const dryRunLineSchema = z.object({
  productNumber: z.string(),
  description: z.string(),
  quantity: decimalString,
  unitNetPrice: decimalString,
  discountPercentage: decimalString.optional(),
  vatRate: decimalString,
  netAmount: decimalString,
  vatAmount: decimalString,
  /** The line that settles the øre difference to the shop total. */
  rounding: z.boolean(),
});
export type DryRunLine = z.infer<typeof dryRunLineSchema>;

export const dryRunInvoiceSchema = z.object({
  orderId: idString,
  orderNumber: z.string(),
  orderDate: z.string(),
  customer: z.object({ number: z.number().int().nullable(), name: z.string() }),
  currency: z.string(),
  layoutNumber: z.number().int(),
  paymentTermsNumber: z.number().int(),
  lines: z.array(dryRunLineSchema),
  netAmount: decimalString,
  vatAmount: decimalString,
  grossAmount: decimalString,
  shopTotal: decimalString,
  roundingAmount: decimalString,
  /** What a real sync would do with the order. */
  action: z.enum(['draft', 'book', 'hold', 'skip']),
  ruleDecision: z.string().nullable(),
  problems: z.array(problemSchema),
});
export type DryRunInvoice = z.infer<typeof dryRunInvoiceSchema>;

export const dryRunRequest = z.object({ limit: z.number().int().min(1).max(50).default(5) });
export const dryRunResponse = z.object({ invoices: z.array(dryRunInvoiceSchema) });

export const pauseStateSchema = z.object({ paused: z.boolean() });

export const gateIdSchema = z.enum(['plan', 'period', 'manualBookings', 'checked', 'activated']);
export type GateId = z.infer<typeof gateIdSchema>;

/** One condition of automatic posting (DESIGN.md §4); the UI words it from the numbers. */
export const gateSchema = z.object({
  id: gateIdSchema,
  met: z.boolean(),
  /** E.g. days so far / manual bookings seen. */
  current: z.number().int().optional(),
  /** E.g. 14 days / at least 1 booking. */
  required: z.number().int().optional(),
});
export type Gate = z.infer<typeof gateSchema>;

export const dashboardSchema = z.object({
  lastSync: z
    .object({ at: isoDateTime, ok: z.boolean(), summary: syncSummarySchema.nullable() })
    .nullable(),
  nextSyncAt: isoDateTime.nullable(),
  paused: z.boolean(),
  running: z.boolean(),
  trayState: trayStateSchema,
  ordersByState: z.record(orderStateSchema, z.number().int().min(0)),
  plan: planSchema,
  bookingMode: z.enum(['drafts', 'automatic']),
  supervised: z.object({
    startedAt: isoDateTime.nullable(),
    /** Day X of `periodDays`, 0 before the first automatic draft. */
    day: z.number().int().min(0),
    periodDays: z.number().int().positive(),
    manualBookingsSeen: z.number().int().min(0),
    checkedConfirmed: z.object({ by: z.string(), at: isoDateTime }).nullable(),
    activated: z.object({ by: z.string(), at: isoDateTime }).nullable(),
  }),
  gates: z.array(gateSchema),
  /** True only when every gate is met and automatic posting is in effect. */
  automaticPostingActive: z.boolean(),
  fairUse: z.object({ used: z.number().int().min(0), limit: z.number().int().positive() }),
  /** Orders and log entries that need a person (as in `status.changed`), for the sidebar before the first event. */
  attentionCount: z.number().int().min(0).optional(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const confirmCheckedRequest = z.object({ by: z.string().trim().min(1).max(100) });
export const activateRequest = z.object({ by: z.string().trim().min(1).max(100), acceptRisk: z.literal(true) });
export const signedActionResponse = z.object({ by: z.string(), at: isoDateTime });

export const mailStatusSchema = z.enum(['none', 'pending', 'sent', 'failed']);

export const orderRowSchema = z.object({
  id: idString,
  number: z.string(),
  date: isoDateTime,
  customer: z.string(),
  total: decimalString,
  currency: z.string(),
  state: orderStateSchema,
  reason: z.object({ code: z.string(), text: z.string() }).nullable(),
  draftInvoiceNumber: z.number().int().nullable(),
  bookedInvoiceNumber: z.number().int().nullable(),
  mailStatus: mailStatusSchema,
});
export type OrderRow = z.infer<typeof orderRowSchema>;

export const ordersListRequest = z.object({
  state: orderStateSchema.optional(),
  search: z.string().max(200).optional(),
  ...pagingRequest,
});
export const ordersListResponse = z.object({ total: z.number().int().min(0), rows: z.array(orderRowSchema) });

export const orderHistoryEntrySchema = z.object({
  at: isoDateTime,
  state: orderStateSchema,
  message: z.string(),
});

export const orderDetailSchema = orderRowSchema.extend({
  history: z.array(orderHistoryEntrySchema),
  ruleDecision: z.object({ ruleId: z.string(), ruleName: z.string(), actions: z.array(z.string()) }).nullable(),
  problems: z.array(problemSchema),
  attempts: z.number().int().min(0),
  nextRetryAt: isoDateTime.nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const ordersRetryRequest = z.union([
  z.object({ ids: z.array(idString).min(1).max(1000) }),
  z.object({ allFailed: z.literal(true) }),
]);
export const ordersRetryResponse = z.object({ queued: z.number().int().min(0) });

export const openInEconomicRequest = z.object({ id: idString });
export const openInEconomicResponse = z.object({ url: z.string().url() });

export const invoicePdfRequest = z.object({ kind: z.enum(['draft', 'booked']), number: z.number().int().positive() });
export const invoicePdfResponse = z.object({
  fileName: z.string(),
  /** The PDF bytes, base64 encoded. */
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const supportBundleResponse = z.object({
  path: z.string(),
  sizeBytes: z.number().int().min(0),
  /** The desktop app shows the bundle in its folder; the dev bridge only reports the path. */
  shownInFolder: z.boolean().default(false),
});
