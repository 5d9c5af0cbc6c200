import { z } from 'zod';
import { profileSchema } from '../profile/schema';
import type { Channel, EventName } from './channels';
import { emptyRequest, settingsShopRequest, severitySchema, shopStateSchema, trayStateSchema } from './schemas/common';
import { economicGrantStatusSchema } from './schemas/economic-grant';
import { importFromRequest, importPreviewSchema, importStatusSchema } from './schemas/import';
import { setupCheckSchema, wizardFinishResponse } from './schemas/setup-check';
import { logDetailSchema, logIdRequest, logListRequest, logListResponse, logResolveResponse } from './schemas/log';
import {
  mailGetTemplateRequest,
  mailGetTemplateResponse,
  mailPreviewRequest,
  mailPreviewResponse,
  mailSaveResponse,
  mailTemplateRequest,
  mailTestSendRequest,
  mailTestSendResponse,
  mailTestServerRequest,
  mailTestServerResponse,
  mailValidateResponse,
} from './schemas/mail';
import { mailSaveSettingsRequest, mailSaveSettingsResponse, mailSettingsSchema } from './schemas/mail-settings';
import {
  activateRequest,
  confirmCheckedRequest,
  csvFileSchema,
  dashboardSchema,
  deactivateRequest,
  invoiceMailRequest,
  invoiceMailResponse,
  invoicesListRequest,
  invoicesListResponse,
  nextUpSchema,
  orderActionRequest,
  orderActionResponse,
  ordersExportRequest,
  postingPreviewSchema,
  dryRunRequest,
  dryRunResponse,
  invoicePdfRequest,
  invoicePdfResponse,
  openInEconomicRequest,
  openInEconomicResponse,
  orderDetailSchema,
  ordersListRequest,
  ordersListResponse,
  ordersRetryRequest,
  ordersRetryResponse,
  pauseStateSchema,
  signedActionResponse,
  supportBundleResponse,
  syncSummarySchema,
  syncNowRequest,
} from './schemas/operations';
import { accountantSaveRequest, accountantSettingsSchema, dayOrderListResponse, dayPdfResponse, dayRequest, dayRowSchema, daysListRequest, daysListResponse } from './schemas/days';
import { ossReportRequest, ossReportResponse } from './schemas/oss';
import { shopAddResponse, shopNameRequest, shopRemoveRequest, shopRemoveResponse, shopsSchema } from './schemas/shops';
import { reconcileRequest, reconcileResponse } from './schemas/reconciliation';
import { appInfoSchema, settingsSchema, settingsUpdateSchema } from './schemas/settings';
import {
  currencyFormSchema,
  currencySaveRequest,
  economicCredentialsSchema,
  economicTestResponse,
  licenceCheckRequest,
  licenceCheckResponse,
  ossProposalsRequest,
  ossProposalsResponse,
  paymentMethodSeenSchema,
  postingSaveRequest,
  postingSettingsSchema,
  profileSaveRequest,
  profileSaveResponse,
  referenceDataSchema,
  rulesSchema,
  shopRecentValuesResponse,
  shopStatusSchema,
  shopTestRequest,
  shopTestResponse,
  wizardSaveStepRequest,
  wizardStateSchema,
} from './schemas/setup';

/**
 * The one contract between the UI and the engine. Electron IPC (main/app),
 * the preload's window.ledgerbridge, the HTTP/WebSocket dev bridge (main/bridge) and the
 * renderer are all derived from this map, so a payload that passes here passes
 * everywhere.
 */
export const contract = {
  'app.info': { request: emptyRequest, response: appInfoSchema },
  'settings.get': { request: emptyRequest, response: settingsSchema },
  'settings.update': { request: settingsUpdateSchema, response: settingsSchema },
  'wizard.get': { request: emptyRequest, response: wizardStateSchema },
  'wizard.saveStep': { request: wizardSaveStepRequest, response: wizardStateSchema },
  'shop.testConnection': { request: shopTestRequest, response: shopTestResponse },
  'shop.statuses': { request: emptyRequest, response: z.object({ statuses: z.array(shopStatusSchema) }) },
  'shop.paymentMethods': {
    request: z.object({ recentOrders: z.number().int().min(1).max(1000).default(250) }),
    response: z.object({ methods: z.array(paymentMethodSeenSchema) }),
  },
  'economic.testConnection': { request: economicCredentialsSchema, response: economicTestResponse },
  'economic.referenceData': { request: settingsShopRequest, response: referenceDataSchema },
  'profile.get': { request: settingsShopRequest, response: z.object({ profile: profileSchema.nullable() }) },
  'profile.save': { request: profileSaveRequest, response: profileSaveResponse },
  'rules.get': { request: emptyRequest, response: rulesSchema },
  'rules.save': { request: rulesSchema, response: rulesSchema },
  'mail.getTemplate': { request: mailGetTemplateRequest, response: mailGetTemplateResponse },
  'mail.validateTemplate': { request: mailTemplateRequest, response: mailValidateResponse },
  'mail.saveTemplate': { request: mailTemplateRequest, response: mailSaveResponse },
  'mail.preview': { request: mailPreviewRequest, response: mailPreviewResponse },
  'mail.testSend': { request: mailTestSendRequest, response: mailTestSendResponse },
  'mail.getSettings': { request: settingsShopRequest, response: mailSettingsSchema },
  'mail.saveSettings': { request: mailSaveSettingsRequest, response: mailSaveSettingsResponse },
  'sync.dryRun': { request: dryRunRequest, response: dryRunResponse },
  'sync.now': { request: syncNowRequest, response: syncSummarySchema },
  'sync.pause': { request: emptyRequest, response: pauseStateSchema },
  'sync.resume': { request: emptyRequest, response: pauseStateSchema },
  'dashboard.get': { request: emptyRequest, response: dashboardSchema },
  'supervised.confirmChecked': { request: confirmCheckedRequest, response: signedActionResponse },
  'supervised.activate': { request: activateRequest, response: signedActionResponse },
  'orders.list': { request: ordersListRequest, response: ordersListResponse },
  'orders.get': { request: z.object({ id: z.string().min(1) }), response: orderDetailSchema },
  'orders.retry': { request: ordersRetryRequest, response: ordersRetryResponse },
  'orders.openInEconomic': { request: openInEconomicRequest, response: openInEconomicResponse },
  'log.list': { request: logListRequest, response: logListResponse },
  'log.get': { request: logIdRequest, response: logDetailSchema },
  'log.resolve': { request: logIdRequest, response: logResolveResponse },
  'support.createBundle': { request: emptyRequest, response: supportBundleResponse },
  'invoices.pdf': { request: invoicePdfRequest, response: invoicePdfResponse },
  'orders.exportCsv': { request: ordersExportRequest, response: csvFileSchema },
  'orders.approve': { request: orderActionRequest, response: orderActionResponse },
  'orders.skip': { request: orderActionRequest, response: orderActionResponse },
  'invoices.list': { request: invoicesListRequest, response: invoicesListResponse },
  'invoices.resendMail': { request: invoiceMailRequest, response: invoiceMailResponse },
  'invoices.markMailSent': { request: invoiceMailRequest, response: invoiceMailResponse },
  'dashboard.nextUp': { request: emptyRequest, response: nextUpSchema },
  'supervised.preview': { request: emptyRequest, response: postingPreviewSchema },
  'supervised.deactivate': { request: deactivateRequest, response: signedActionResponse },
  'reconcile.run': { request: reconcileRequest, response: reconcileResponse },
  'oss.report': { request: ossReportRequest, response: ossReportResponse },
  'orders.openInShop': { request: openInEconomicRequest, response: openInEconomicResponse },
  'licence.check': { request: licenceCheckRequest, response: licenceCheckResponse },
  'shop.recentValues': { request: settingsShopRequest, response: shopRecentValuesResponse },
  'currencies.get': { request: settingsShopRequest, response: currencyFormSchema },
  'currencies.save': { request: currencySaveRequest, response: currencyFormSchema },
  'economic.ossProposals': { request: ossProposalsRequest, response: ossProposalsResponse },
  'setup.check': { request: emptyRequest, response: setupCheckSchema },
  'wizard.finish': { request: emptyRequest, response: wizardFinishResponse },
  'mail.testServer': { request: mailTestServerRequest, response: mailTestServerResponse },
  'economic.startGrant': { request: emptyRequest, response: economicGrantStatusSchema },
  'economic.grantStatus': { request: emptyRequest, response: economicGrantStatusSchema },
  'economic.cancelGrant': { request: emptyRequest, response: economicGrantStatusSchema },
  'import.preview': { request: importFromRequest, response: importPreviewSchema },
  'import.start': { request: importFromRequest, response: importStatusSchema },
  'import.pause': { request: emptyRequest, response: importStatusSchema },
  'import.status': { request: emptyRequest, response: importStatusSchema },
  'days.list': { request: daysListRequest, response: daysListResponse },
  'days.orderList': { request: dayRequest, response: dayOrderListResponse },
  'days.pdf': { request: dayRequest, response: dayPdfResponse },
  'days.sendToAccountant': { request: dayRequest, response: dayRowSchema },
  'days.retry': { request: dayRequest, response: dayRowSchema },
  'accountant.get': { request: emptyRequest, response: accountantSettingsSchema },
  'accountant.save': { request: accountantSaveRequest, response: accountantSettingsSchema },
  'posting.get': { request: settingsShopRequest, response: postingSettingsSchema },
  'posting.save': { request: postingSaveRequest, response: postingSettingsSchema },
  'shops.list': { request: emptyRequest, response: shopsSchema },
  'shops.switch': { request: shopNameRequest, response: shopsSchema },
  'shops.add': { request: emptyRequest, response: shopAddResponse },
  'shops.cancelAdd': { request: emptyRequest, response: shopsSchema },
  'shops.remove': { request: shopRemoveRequest, response: shopRemoveResponse },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** Pushes from the engine to every open UI. */
export const events = {
  'status.changed': z.object({
    trayState: trayStateSchema,
    paused: z.boolean(),
    running: z.boolean(),
    lastSyncAt: z.string().nullable(),
    /** Orders and log entries that need a person. */
    attentionCount: z.number().int().min(0),
    /** The owner's switch for automatic posting (shown on every screen and in the tray). */
    automaticPosting: z.boolean(),
    /** Every shop run side by side, in the order of the profiles; `trayState` is the worst of theirs. */
    shops: z.array(shopStateSchema).optional(),
  }),
  'sync.progress': z.object({
    phase: z.enum(['fetching', 'processing', 'done']),
    processed: z.number().int().min(0),
    total: z.number().int().min(0).nullable(),
    orderNumber: z.string().nullable(),
  }),
  notification: z.object({
    id: z.string(),
    severity: severitySchema,
    code: z.string(),
    title: z.string(),
    body: z.string(),
    orderId: z.string().nullable(),
  }),
} as const satisfies Record<EventName, z.ZodType>;

/** What the service receives (defaults applied). */
export type Request<K extends Channel> = z.output<(typeof contract)[K]['request']>;
/** What a caller may send (defaults optional). */
export type RequestInput<K extends Channel> = z.input<(typeof contract)[K]['request']>;
export type Response<K extends Channel> = z.output<(typeof contract)[K]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** One push event as the engine emits it. */
export type AppEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** The engine-side implementation of the contract (main/service/app-service.ts). */
export type AppService = { [K in Channel]: (req: Request<K>) => Promise<Response<K>> };

/**
 * Error codes on the wire: a catalogue code (`LB-xxxx`) from the engine, or one of
 * the transport's own.
 */
export type TransportErrorCode = 'invalid-request' | 'invalid-response' | 'forbidden-sender' | 'unknown-channel' | 'internal';
export const ipcErrorSchema = z.object({ code: z.string().min(1), message: z.string() });
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };
export const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ipcErrorSchema }),
]);

/** Catalogue codes look like LB-1234; anything else thrown by a service is 'internal'. */
export const CATALOGUE_CODE = /^LB-\d{4}$/;

/**
 * An error a service throws on purpose, to be shown to the user. Its message must
 * already be safe to display (no secrets, no stack).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export { CHANNELS, EVENTS } from './channels';
export type { Channel, EventName } from './channels';
