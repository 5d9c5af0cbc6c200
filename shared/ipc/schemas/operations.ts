import { z } from 'zod';
import { planSchema } from '../../profile/schema';
import {
  decimalString,
  idString,
  isoDateTime,
  isoDay,
  orderStateSchema,
  orderStatusSchema,
  pagingRequest,
  problemSchema,
  severitySchema,
  shopStateSchema,
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

/**
 * "Sync now": the shop on screen, whose summary is the answer; with `allShops` (the tray, which
 * stands for every shop) the other shops sync at the same time too, each on its own turn, their
 * outcome told as a background sync's is (the overview's list of shops, the notices).
 */
export const syncNowRequest = z.object({ allShops: z.boolean().optional() }).strict();

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

/** One entry of a day's finance voucher (dayBooking "journal"): the method's clearing account debited, the sales account credited. */
export const dryRunVoucherEntrySchema = z.object({
  paymentMethod: z.string(),
  account: z.object({ number: z.number().int(), name: z.string() }),
  contraAccount: z.object({ number: z.number().int(), name: z.string() }),
  /** The sales account's VAT code; null on an account without VAT. */
  vatCode: z.string().nullable(),
  /** VAT included, signed (−: paid back). */
  amount: decimalString,
  vatAmount: decimalString,
  text: z.string(),
});
export type DryRunVoucherEntry = z.infer<typeof dryRunVoucherEntrySchema>;

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
  /**
   * A day booked as one finance voucher in a journal (dayBooking "journal"): the voucher
   * written instead of an invoice (then `lines` is empty); its entries are empty when a
   * problem stops it.
   */
  voucher: z.object({ journalNumber: z.number().int().nullable(), entries: z.array(dryRunVoucherEntrySchema) }).nullable().optional(),
});
export type DryRunInvoice = z.infer<typeof dryRunInvoiceSchema>;

export const dryRunRequest = z.object({ limit: z.number().int().min(1).max(50).default(5) });
export const dryRunResponse = z.object({ invoices: z.array(dryRunInvoiceSchema) });

export const pauseStateSchema = z.object({ paused: z.boolean() });

export const gateIdSchema = z.enum(['plan', 'period', 'manualBookings', 'checked', 'activated']);
export type GateId = z.infer<typeof gateIdSchema>;

/** One condition of automatic posting (docs/architecture.md, "Automatic posting and the supervised period"); the UI words it from the numbers. */
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
  /** The owner's switch: on since whom and when, or off (last switched off by whom and when). */
  automaticPosting: z.object({
    on: z.boolean(),
    switchedOn: z.object({ by: z.string(), at: isoDateTime }).nullable(),
    switchedOff: z.object({ by: z.string(), at: isoDateTime }).nullable(),
  }),
  /** Orders per status in the owner's vocabulary (shared/i18n/order-status.ts). */
  ordersByStatus: z.record(orderStatusSchema, z.number().int().min(0)),
  /** Problems that stop orders or the sync, one group per problem, most orders first. */
  problemGroups: z.array(
    z.object({
      code: z.string(),
      severity: severitySchema,
      title: z.string(),
      fix: z.string(),
      places: z.array(z.string()),
      /** Orders this problem stops (0 for a problem of the whole sync, e.g. a connection). */
      orderCount: z.number().int().min(0),
      /** A few of their numbers, for the owner to recognise. */
      orderNumbers: z.array(z.string()),
      /** A retry can help (the orders are failed or need attention). */
      retryable: z.boolean(),
    }),
  ),
  /** The latest invoices and drafts in e-conomic, newest first. */
  recentInvoices: z.array(z.lazy(() => invoiceRowSchema)),
  fairUse: z.object({
    used: z.number().int().min(0),
    limit: z.number().int().positive(),
    /** The other shops on the same e-conomic agreement (found through GET /self): `used` counts their calls too. */
    sharedWith: z.array(z.string()).optional(),
  }),
  /** Orders and log entries that need a person (as in `status.changed`), for the sidebar before the first event. */
  attentionCount: z.number().int().min(0).optional(),
  /** Every shop run side by side with its state and last sync, the one that needs the owner first to see. */
  shops: z
    .array(
      shopStateSchema.extend({
        shopUrl: z.string(),
        lastSyncAt: isoDateTime.nullable(),
        /**
         * What stopped the shop's last sync (its catalogue code and title), until a sync gets
         * through; null while it syncs. `at`: when; `fix`: the catalogue's fix (the overview of a
         * shop that could not be opened cannot be chosen to read it there).
         */
        syncFailure: z.object({ code: z.string().min(1), title: z.string(), at: isoDateTime.optional(), fix: z.string().optional() }).nullable().optional(),
      }),
    )
    .optional(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const confirmCheckedRequest = z.object({ by: z.string().trim().min(1).max(100) });
export const activateRequest = z.object({
  by: z.string().trim().min(1).max(100),
  acceptRisk: z.literal(true),
  /** Book the drafts that wait now as well, or only orders that come in from now on. */
  scope: z.lazy(() => activationScopeSchema).default('waiting-and-new'),
});
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
  /** The owner's word for where the order stands (one vocabulary for every screen). */
  status: orderStatusSchema,
  reason: z.object({ code: z.string(), text: z.string() }).nullable(),
  draftInvoiceNumber: z.number().int().nullable(),
  bookedInvoiceNumber: z.number().int().nullable(),
  mailStatus: mailStatusSchema,
});
export type OrderRow = z.infer<typeof orderRowSchema>;

export const ordersFilter = {
  status: orderStatusSchema.optional(),
  search: z.string().max(200).optional(),
  /** Order date from (inclusive), a Danish calendar day. */
  from: isoDay.optional(),
  /** Order date to (inclusive). */
  to: isoDay.optional(),
};
export const ordersListRequest = z.object({ ...ordersFilter, ...pagingRequest });
export type OrdersListRequest = z.input<typeof ordersListRequest>;
export const ordersExportRequest = z.object(ordersFilter);
/** A CSV file (semicolon-separated, decimal comma in Danish) for the owner's spreadsheet. */
export const csvFileSchema = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int().min(0) });
export const ordersListResponse = z.object({ total: z.number().int().min(0), rows: z.array(orderRowSchema) });

export const orderHistoryEntrySchema = z.object({
  at: isoDateTime,
  state: orderStateSchema,
  status: orderStatusSchema,
  /** What happened and who did it, in the owner's words. */
  message: z.string(),
});

export const ruleActionIdSchema = z.enum(['keepAsDraft', 'skip', 'holdForReview', 'useLayout', 'usePaymentTerms', 'useCustomer']);
export type RuleActionId = z.infer<typeof ruleActionIdSchema>;

export const orderLineSchema = z.object({
  kind: z.enum(['product', 'shipping', 'fee']),
  description: z.string(),
  sku: z.string().nullable(),
  quantity: decimalString,
  /** Price per unit excl. VAT, before discounts (as it goes on the invoice). */
  unitPrice: decimalString,
  discount: decimalString,
  /** The line's amount incl. VAT, after discounts. */
  total: decimalString,
  vatRate: decimalString.nullable(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

/** What the owner may do with the order now; the engine decides, the UI only shows the buttons. */
export const orderActionsSchema = z.object({
  retry: z.boolean(),
  approve: z.boolean(),
  skip: z.boolean(),
  resendMail: z.boolean(),
  markMailSent: z.boolean(),
});
export type OrderActions = z.infer<typeof orderActionsSchema>;

/**
 * A credit note LedgerBridge made in e-conomic for one of the order's refunds (or its
 * cancellation after booking): its number there (the draft's until it is booked), the amount
 * given back (positive), and where it stands.
 */
export const orderCreditNoteSchema = z.object({
  refundId: z.string(),
  state: z.enum(['drafted', 'held', 'booked', 'needs-attention']),
  kind: z.enum(['draft', 'booked']).nullable(),
  number: z.number().int().positive().nullable(),
  amount: decimalString,
  currency: z.string(),
  at: isoDateTime,
});
export type OrderCreditNote = z.infer<typeof orderCreditNoteSchema>;

export const orderDetailSchema = orderRowSchema.extend({
  history: z.array(orderHistoryEntrySchema),
  ruleDecision: z
    .object({ ruleId: z.string(), ruleName: z.string(), actions: z.array(z.object({ type: ruleActionIdSchema, number: z.number().int().optional() })) })
    .nullable(),
  problems: z.array(problemSchema),
  attempts: z.number().int().min(0),
  nextRetryAt: isoDateTime.nullable(),
  lines: z.array(orderLineSchema),
  /** The order in the shop's admin, and the invoice (or draft) in e-conomic. */
  links: z.object({ shop: z.string().url().nullable(), economic: z.string().url().nullable() }),
  mailTo: z.string().nullable(),
  actions: orderActionsSchema,
  /** The credit notes of its refunds, oldest first. */
  creditNotes: z.array(orderCreditNoteSchema),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const ordersRetryRequest = z.union([
  z.object({ ids: z.array(idString).min(1).max(1000) }),
  z.object({ allFailed: z.literal(true) }),
  /** Every order stopped by one problem (a group on the overview). */
  z.object({ reasonCode: z.string().regex(/^LB-\d{4}$/) }),
]);
/** One order, by the person acting (recorded in its history). */
export const orderActionRequest = z.object({ id: idString });
export const orderActionResponse = z.object({ status: orderStatusSchema, mailStatus: z.lazy(() => mailStatusSchema) });
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

export const invoiceKindSchema = z.enum(['draft', 'booked']);

/** One invoice (or draft) LedgerBridge made in e-conomic, with its order and mail. */
export const invoiceRowSchema = z.object({
  kind: invoiceKindSchema,
  number: z.number().int().positive(),
  orderId: idString,
  orderNumber: z.string(),
  date: isoDateTime,
  customer: z.string(),
  total: decimalString,
  currency: z.string(),
  mailStatus: mailStatusSchema,
});
export type InvoiceRow = z.infer<typeof invoiceRowSchema>;

export const invoicesListRequest = z.object({
  kind: invoiceKindSchema.optional(),
  search: z.string().max(200).optional(),
  ...pagingRequest,
});
export const invoicesListResponse = z.object({ total: z.number().int().min(0), rows: z.array(invoiceRowSchema) });
export const invoiceMailRequest = z.object({ number: z.number().int().positive() });
export const invoiceMailResponse = z.object({ mailStatus: mailStatusSchema });

/** What the next sync will do, from the shop's waiting orders and the ledger's. */
export const nextUpSchema = z.object({
  at: isoDateTime,
  orders: z.array(
    z.object({
      orderNumber: z.string(),
      customer: z.string(),
      total: decimalString,
      currency: z.string(),
      action: z.enum(['book', 'draft', 'approval', 'skip', 'blocked', 'retry']),
      /** Why it will not be booked (a rule, a problem), in the owner's words. */
      reason: z.string().nullable(),
    }),
  ),
  /** True when the shop could not be asked (the list then shows only the ledger's orders). */
  shopUnavailable: z.boolean(),
  /**
   * Why the shop's waiting orders could not be previewed — the shop or e-conomic not answering,
   * a missing or refused key, a setup problem — as a catalogue problem with its fix; absent
   * when they could (the list then shows only the ledger's orders).
   */
  problem: problemSchema.optional(),
  /**
   * postingUnit "day": the day summaries the orders go into (the orders then are not in
   * `orders`): `book`/`draft` — closed, written at the next sync; `journal` — closed, written
   * at the next sync as a voucher left in the journal for the accountant (dayBooking
   * "journal"); `collecting` — not ended yet; `waiting` — held by an order; `blocked` — cannot
   * be made (`reason` says why).
   */
  days: z
    .array(
      z.object({
        date: z.string(),
        currency: z.string(),
        orders: z.number().int().min(0),
        gross: decimalString,
        status: z.enum(['book', 'draft', 'journal', 'collecting', 'waiting', 'blocked']),
        reason: z.string().nullable(),
      }),
    )
    .optional(),
});
export type NextUp = z.infer<typeof nextUpSchema>;

/** Before switching automatic posting on: what will happen to what waits. */
export const postingPreviewSchema = z.object({
  /** Drafts in e-conomic waiting for a hand booking that automatic posting would book. */
  drafts: z.number().int().min(0),
  /** Invoice mails that booking them would send (invoices from e-conomic, mailed by us). */
  mails: z.number().int().min(0),
  total: z.array(z.object({ currency: z.string(), amount: decimalString })),
});
export const activationScopeSchema = z.enum(['waiting-and-new', 'new-only']);
export type ActivationScope = z.infer<typeof activationScopeSchema>;
export const deactivateRequest = z.object({ by: z.string().trim().min(1).max(100) });
