/**
 * A small in-memory AppService written from the contract, for tests of the
 * transports and the UI. It behaves like the engine at the contract level
 * (filters, paging, validation, gates) without any shop or e-conomic behind it.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { AppError, type AppService, type Request, type Response } from '../../../shared/ipc/contract';
import { ORDER_STATES, type OrderState, type Severity } from '../../../shared/ipc/schemas/common';
import type { LogRow } from '../../../shared/ipc/schemas/log';
import type { MailTemplate, TemplateError } from '../../../shared/ipc/schemas/mail';
import type { OrderRow } from '../../../shared/ipc/schemas/operations';
import { checkMailSettings } from '../../../shared/ipc/mail-settings';
import type { EconomicGrantStatus } from '../../../shared/ipc/schemas/economic-grant';
import type { ImportStatus } from '../../../shared/ipc/schemas/import';
import { WIZARD_STEPS, type CurrencyForm, type PostingSettings, type FieldError, type WizardAnswers, type WizardState } from '../../../shared/ipc/schemas/setup';
import type { CheckLine } from '../../../shared/ipc/schemas/setup-check';
import { profileFromAnswers } from '../../../shared/ipc/wizard-profile';
import { ossGroupsOf, withOssGroups } from '../../../shared/domain/vat-rate';
import { planSchema, profileSchema, type Plan, type Rule } from '../../../shared/profile/schema';
import { csvDocument } from '../../../shared/i18n/csv';
import { countByStatus, orderStatusOf } from '../../../shared/i18n/order-status';
import { memoryDays } from './memory-days';

export interface MemoryServiceOptions {
  orders?: number;
  logEntries?: number;
  wizard?: Partial<WizardState>;
  supervisedDay?: number;
  manualBookingsSeen?: number;
  plan?: Response<'dashboard.get'>['plan'];
  /** The shops of the installation (default: one). */
  shops?: Response<'shops.list'>['shops'];
  /** The other shops on the shown shop's e-conomic agreement (the overview's fair use). */
  fairUseSharedWith?: string[];
  /** How the shop books (default: per day on invoices, as the days fixture). */
  posting?: PostingSettings;
  /** A day whose draft was deleted by hand in e-conomic among the days (memory-days.ts). */
  dayDraftDeleted?: boolean;
}

const SEVERITIES: Severity[] = ['info', 'warning', 'error', 'critical'];
const CODES = ['LB-1001', 'LB-2003', 'LB-3004', 'LB-4002'];
const BASE_TIME = Date.parse('2026-11-01T08:00:00.000Z');

export const PLACEHOLDERS = [
  { token: '{{order.number}}', label: 'Ordrenummer', description: 'Ordrenummeret fra webshoppen', example: '1042' },
  { token: '{{invoice.number}}', label: 'Fakturanummer', description: 'Fakturanummeret i e-conomic', example: '20115' },
  { token: '{{customer.name}}', label: 'Kundens navn', description: 'Kundens navn fra ordren', example: 'Mette Hansen' },
  { token: '{{shop.name}}', label: 'Butikkens navn', description: 'Webshoppens navn', example: 'Testbutik' },
];

/** Order ids exceed 2^53, like Shopify's: they only survive as strings. */
export function orderIdFor(i: number): string {
  return String(9_007_199_254_740_993n + BigInt(i));
}

/**
 * The states the fixture orders cycle through, fixed here: the renderer tests name orders by
 * their number (order 14 is held by a rule), so a state added to the engine must not reshuffle them.
 */
const FIXTURE_STATES: readonly OrderState[] = ['seen', 'eligible', 'drafted', 'booked', 'done', 'held', 'skipped', 'failed', 'needs-attention'];

export function makeOrderRow(i: number): OrderRow {
  const state = FIXTURE_STATES[i % FIXTURE_STATES.length];
  // Held orders alternate between a rule holding them and a draft waiting for a hand booking.
  const reason =
    state === 'failed'
      ? { code: 'LB-2003', text: 'Varenummeret findes ikke i e-conomic' }
      : state === 'held'
        ? i % 2 === 0
          ? { code: 'LB-7002', text: 'Ordren venter på din godkendelse' }
          : { code: 'LB-7001', text: 'Kladden venter på, at du bogfører den' }
        : null;
  return {
    id: orderIdFor(i),
    number: String(1000 + i),
    date: new Date(BASE_TIME + i * 3_600_000).toISOString(),
    customer: i % 2 ? 'Mette Hansen' : 'Lars Jensen ApS',
    total: `${100 + i}.50`,
    currency: 'DKK',
    state,
    status: orderStatusOf(state, reason?.code ?? null),
    reason,
    draftInvoiceNumber: state === 'drafted' || state === 'held' ? 500 + i : null,
    bookedInvoiceNumber: state === 'booked' || state === 'done' ? 20_000 + i : null,
    mailStatus: state === 'done' ? 'sent' : 'none',
  };
}

export function makeLogRow(i: number): LogRow {
  return {
    id: `log-${i}`,
    at: new Date(BASE_TIME + i * 60_000).toISOString(),
    severity: SEVERITIES[i % SEVERITIES.length],
    code: CODES[i % CODES.length],
    title: `Entry ${i}: ${i % 4 === 1 ? 'VAT rate has no product group' : 'Order could not be transferred'}`,
    orderId: i % 3 === 0 ? null : orderIdFor(i),
    orderNumber: i % 3 === 0 ? null : String(1000 + i),
    resolved: false,
  };
}

/** Template checks the UI must show inline: unknown placeholders and unclosed braces. */
export function validateTemplate(template: MailTemplate): TemplateError[] {
  const errors: TemplateError[] = [];
  const known = new Set(PLACEHOLDERS.map((p) => p.token));
  for (const field of ['subject', 'html', 'text'] as const) {
    template[field].split('\n').forEach((line, index) => {
      for (const match of line.match(/\{\{[^}]*\}\}/g) ?? []) {
        if (!known.has(match)) errors.push({ field, line: index + 1, message: `Unknown placeholder ${match}` });
      }
      if ((line.match(/\{\{/g) ?? []).length !== (line.match(/\}\}/g) ?? []).length) {
        errors.push({ field, line: index + 1, message: 'A placeholder is not closed with }}' });
      }
    });
  }
  if (template.subject.trim() === '') errors.push({ field: 'subject', message: 'The subject is empty' });
  return errors;
}

/** The memory service's licences: "valid-<plan>" is valid for that plan; anything else was not issued by us. */
export function planOfLicence(licence: string): Plan {
  const plan = planSchema.safeParse(licence.replace(/^valid-/, ''));
  if (!licence.startsWith('valid-') || !plan.success) throw new AppError('LB-2016', 'Licensen er ikke udstedt af LedgerBridge, eller den er blevet ændret.');
  return plan.data;
}

/** The payment methods the fake shop's newest orders were paid with. */
const SEEN_METHODS = [
  { value: 'quickpay', label: 'Kort', orders: 201 },
  { value: 'bacs', label: 'Bankoverførsel', orders: 9 },
];

function render(text: string): string {
  return PLACEHOLDERS.reduce((out, p) => out.split(p.token).join(p.example), text);
}

export function createMemoryService(options: MemoryServiceOptions = {}) {
  const orders = Array.from({ length: options.orders ?? 120 }, (_, i) => makeOrderRow(i));
  const log = Array.from({ length: options.logEntries ?? 300 }, (_, i) => makeLogRow(i));
  const calls: Array<{ channel: string; request: unknown }> = [];
  let settings: Response<'settings.get'> = {
    language: 'da',
    syncIntervalMinutes: 5,
    digest: 'hourly',
    notificationEmail: '',
    desktopNotifications: true,
    startAtLogin: false,
    dataDir: '/home/butik/.config/LedgerBridge',
  };
  let wizard: WizardState = { step: 'plan', completed: [], answers: {}, secretsStored: [], finished: false, ...options.wizard };
  let profile: Response<'profile.get'>['profile'] = null;
  let rules: Rule[] = [];
  const templates: Record<'da' | 'en', MailTemplate> = {
    da: { subject: 'Faktura {{invoice.number}} fra {{shop.name}}', html: '<p>Kære {{customer.name}}</p>', text: 'Kære {{customer.name}}\nTak for din ordre {{order.number}}.' },
    en: { subject: 'Invoice {{invoice.number}} from {{shop.name}}', html: '<p>Dear {{customer.name}}</p>', text: 'Dear {{customer.name}}' },
  };
  let mailSettings: Response<'mail.getSettings'> = {
    smtp: null,
    passwordStored: false,
    fromName: '',
    fromAddress: '',
    replyTo: '',
    notificationEmail: '',
    digest: 'hourly',
  };
  /** Stands in for the keychain: the UI never gets it back. */
  let smtpPassword: string | null = null;
  let paused = false;
  /** A logical clock: what changed after the latest check makes it stale. */
  let clock = 0;
  const tick = () => ++clock;
  let changedAt = 0;
  let posting: PostingSettings = options.posting ?? { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'invoice' };
  let lastCheck: { at: number; ready: boolean } | null = null;
  let grant: EconomicGrantStatus = { state: 'idle', url: null, companyName: null, agreementNumber: null, problem: null };
  let shops: Response<'shops.list'> = { shops: options.shops ?? [{ name: 'testbutik', platform: 'woocommerce', shopUrl: 'https://testbutik.dk' }], active: null, adding: false };
  shops.active = shops.shops[0]?.name ?? null;
  const knownShop = (name: string) => {
    if (!shops.shops.some((s) => s.name === name)) throw new AppError('LB-2046', `Det kan ikke lade sig gøre: der er ingen butik, der hedder "${name}".`);
  };
  let wizardBeforeAdding: WizardState | null = null;
  let imported: ImportStatus = { state: 'idle', from: null, processed: 0, total: 0, pausedBecause: null, startedAt: null, updatedAt: null, summary: null, problem: null };
  let checked: { by: string; at: string } | null = null;
  let activated: { by: string; at: string } | null = null;
  let deactivated: { by: string; at: string } | null = null;
  const supervisedDay = options.supervisedDay ?? 3;
  const manualBookingsSeen = options.manualBookingsSeen ?? 0;
  const plan = options.plan ?? 'standard';

  const gates = (): Response<'dashboard.get'>['gates'] => [
    { id: 'plan', met: plan !== 'basic' },
    { id: 'period', met: supervisedDay >= 14, current: supervisedDay, required: 14 },
    { id: 'manualBookings', met: manualBookingsSeen >= 1, current: manualBookingsSeen, required: 1 },
    { id: 'checked', met: checked !== null },
    { id: 'activated', met: activated !== null },
  ];
  const matchingOrders = (req: { status?: string; search?: string; from?: string; to?: string }) => {
    const search = req.search?.toLowerCase();
    return orders.filter(
      (o) =>
        (!req.status || o.status === req.status) &&
        (!search || o.number.includes(search) || o.customer.toLowerCase().includes(search)) &&
        (!req.from || o.date.slice(0, 10) >= req.from) &&
        (!req.to || o.date.slice(0, 10) <= req.to),
    );
  };
  const invoiceOf = (o: OrderRow) => {
    const number = o.bookedInvoiceNumber ?? o.draftInvoiceNumber;
    if (number === null) return null;
    return { kind: o.bookedInvoiceNumber !== null ? ('booked' as const) : ('draft' as const), number, orderId: o.id, orderNumber: o.number, date: o.date, customer: o.customer, total: o.total, currency: o.currency, mailStatus: o.mailStatus };
  };
  const line = (period: string, shop: string, invoiced: string) => ({
    period,
    currency: 'DKK',
    shop: { count: 10, total: shop },
    invoiced: { count: 9, total: invoiced },
    refunded: { count: 0, total: '0.00' },
    credited: { count: 0, total: '0.00' },
    payments: { count: 0, total: '0.00' },
    difference: '100.00',
  });
  const findOrder = (id: string) => {
    const order = orders.find((o) => o.id === id);
    if (!order) throw new AppError('LB-9404', `Order ${id} is not in the ledger.`);
    return order;
  };

  const service: AppService = {
    'app.info': async () => ({ name: 'LedgerBridge', version: '0.1.0', os: 'linux', dataDir: settings.dataDir, demo: true, profileName: profile?.name ?? null }),
    'settings.get': async () => settings,
    'settings.update': async (req) => {
      settings = { ...settings, ...req };
      mailSettings = { ...mailSettings, notificationEmail: settings.notificationEmail, digest: settings.digest };
      return settings;
    },
    'wizard.get': async () => wizard,
    'wizard.saveStep': async (req) => {
      const given: WizardAnswers = { ...req.answers };
      if (given.plan) given.plan = { ...given.plan, plan: given.plan.licence ? planOfLicence(given.plan.licence) : 'basic' };
      changedAt = Object.keys(given).length > 0 || req.shopCredentials || req.economicCredentials ? tick() : changedAt;
      const secrets = [
        ...(req.shopCredentials ? ['shop'] : []),
        ...(req.economicCredentials ? ['economic'] : []),
      ];
      const answered = Object.keys(req.answers).length > 0;
      wizard = {
        ...wizard,
        answers: { ...wizard.answers, ...given },
        completed: answered && !wizard.completed.includes(req.step) ? [...wizard.completed, req.step] : wizard.completed,
        step: req.next ?? req.step,
        secretsStored: [...new Set([...wizard.secretsStored, ...secrets])],
      };
      return wizard;
    },
    'shop.testConnection': async (req) => {
      const keys = req.credentials.kind === 'woocommerce' ? req.credentials.consumerKey : 'token';
      if (keys === 'wrong') throw new AppError('LB-2101', 'The shop refused the API keys. Create new keys with Read access under WooCommerce → Settings → Advanced → REST API.');
      return { shopName: 'Testbutik', currency: 'DKK' };
    },
    'shop.statuses': async () => ({
      statuses: [
        { slug: 'processing', name: 'Behandler', count: 12, custom: false },
        { slug: 'completed', name: 'Gennemført', count: 340, custom: false },
        { slug: 'afsendt', name: 'Afsendt', count: 7, custom: true },
      ],
    }),
    'shop.paymentMethods': async () => ({
      methods: [
        { id: 'quickpay', title: 'Kort', orderCount: 201, lastSeenAt: '2026-11-20T10:00:00.000Z' },
        { id: 'bacs', title: 'Bankoverførsel', orderCount: 9, lastSeenAt: '2026-11-18T10:00:00.000Z' },
      ],
    }),
    'economic.testConnection': async (req) => {
      if (req.agreementGrantToken === 'wrong') throw new AppError('LB-3101', 'e-conomic refused the tokens. Copy the Agreement Grant Token again from the app list in e-conomic.');
      return { companyName: 'Testbutik ApS', agreementNumber: 123456 };
    },
    'economic.referenceData': async () => ({
      layouts: [{ number: 19, name: 'Standard' }],
      paymentTerms: [{ number: 1, name: 'Netto 8 dage' }, { number: 3, name: 'Kontant' }],
      vatZones: [{ number: 1, name: 'Domestic' }, { number: 2, name: 'EU' }, { number: 3, name: 'Abroad' }],
      productGroups: [{ number: 1, name: 'Varer m/moms' }, { number: 2, name: 'Varer u/moms' }, { number: 11, name: 'Salg Tyskland 19 %' }, { number: 12, name: 'Salg Tyskland 7 %' }],
      // As the service: e-conomic's One-Stop-Shop proposals only once OSS is on.
      ossProposals: currencies().oss ? ossProposals(currencies().homeCountry, currencies().vatZones.domestic) : [],
      products: [
        { productNumber: 'FRAGT', name: 'Fragt' },
        { productNumber: 'GEBYR', name: 'Gebyr' },
        { productNumber: 'GAVEKORT', name: 'Gavekort' },
        { productNumber: 'AFRUND', name: 'Øreafrunding' },
      ],
      currencies: [{ code: 'DKK', name: 'Danske kroner' }, { code: 'EUR', name: 'Euro' }],
      // Journal 2 takes customer payments only, as the sandbox's: no place for a day's finance voucher.
      journals: [{ number: 1, name: 'Kassekladde' }, { number: 2, name: 'Indbetalinger', entryTypeRestrictedTo: 'customerPayment' }, { number: 4, name: 'Dagsopgørelser' }],
      accounts: [{ number: 5820, name: 'MobilePay' }],
      customers: [{ number: 1, name: 'Webshop kunder' }, { number: 2, name: 'Webshop kunder EUR' }],
    }),
    'profile.get': async () => ({ profile }),
    'profile.save': async (req) => {
      const parsed = profileSchema.safeParse(req.profile);
      if (!parsed.success) {
        return { saved: false, fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
      }
      profile = parsed.data;
      return { saved: true, profile: parsed.data as unknown as Record<string, unknown> };
    },
    'rules.get': async () => ({ rules }),
    'rules.save': async (req) => ({ rules: (rules = req.rules) }),
    'mail.getTemplate': async (req) => ({ language: req.language, template: templates[req.language], placeholders: PLACEHOLDERS, isDefault: true }),
    'mail.validateTemplate': async (req) => ({ errors: validateTemplate(req.template) }),
    'mail.saveTemplate': async (req) => {
      const errors = validateTemplate(req.template);
      if (errors.length > 0) return { saved: false, errors };
      templates[req.language] = req.template;
      return { saved: true };
    },
    'mail.preview': async (req) => ({
      orderId: orders[0]?.id ?? '1',
      orderNumber: orders[0]?.number ?? '1000',
      subject: render(req.template.subject),
      html: render(req.template.html),
      text: render(req.template.text),
    }),
    'mail.testSend': async (req) => ({ to: req.to, messageId: '<test@ledgerbridge>' }),
    'mail.getSettings': async () => mailSettings,
    'mail.saveSettings': async (req) => {
      const fieldErrors = checkMailSettings(req, settings.language);
      if (fieldErrors.length > 0) return { saved: false, fieldErrors: fieldErrors as [FieldError, ...FieldError[]] };
      const user = req.smtp.user.trim();
      smtpPassword = user ? req.password || smtpPassword : null;
      changedAt = tick();
      mailSettings = {
        smtp: { host: req.smtp.host.trim(), port: req.smtp.port, security: req.smtp.security, user },
        passwordStored: smtpPassword !== null,
        fromName: req.fromName,
        fromAddress: req.fromAddress.trim(),
        replyTo: req.replyTo.trim(),
        notificationEmail: req.notificationEmail.trim(),
        digest: req.digest,
      };
      settings = { ...settings, notificationEmail: mailSettings.notificationEmail, digest: req.digest };
      return { saved: true, settings: mailSettings };
    },
    'sync.dryRun': async (req) => ({
      invoices: orders.slice(0, req.limit).map((o) => ({
        orderId: o.id,
        orderNumber: o.number,
        orderDate: o.date,
        customer: { number: 1, name: o.customer },
        currency: 'DKK',
        layoutNumber: 19,
        paymentTermsNumber: 1,
        lines: [
          { productNumber: 'SKU-1', description: 'Kaffe', quantity: '2', unitNetPrice: '40.00', vatRate: '25', netAmount: '80.00', vatAmount: '20.00', rounding: false },
          { productNumber: 'AFRUND', description: 'Øreafrunding', quantity: '1', unitNetPrice: '0.01', vatRate: '0', netAmount: '0.01', vatAmount: '0.00', rounding: true },
        ],
        netAmount: '80.01',
        vatAmount: '20.00',
        grossAmount: '100.01',
        shopTotal: '100.01',
        roundingAmount: '0.01',
        action: 'draft' as const,
        ruleDecision: null,
        problems: [],
      })),
    }),
    'sync.now': async () => ({ fetched: 3, eligible: 3, drafted: 2, booked: 0, held: 1, skipped: 0, failed: 0, mailed: 0, apiCalls: 14 }),
    'sync.pause': async () => ({ paused: (paused = true) }),
    'sync.resume': async () => ({ paused: (paused = false) }),
    'dashboard.get': async () => ({
      lastSync: { at: '2026-11-27T09:00:00.000Z', ok: true, summary: null },
      nextSyncAt: paused ? null : '2026-11-27T09:05:00.000Z',
      paused,
      running: false,
      trayState: wizard.finished ? 'ok' : 'setup',
      ordersByState: Object.fromEntries(ORDER_STATES.map((s) => [s, orders.filter((o) => o.state === s).length])) as Record<OrderState, number>,
      plan,
      bookingMode: 'automatic',
      supervised: { startedAt: '2026-11-24T08:00:00.000Z', day: supervisedDay, periodDays: 14, manualBookingsSeen, checkedConfirmed: checked, activated },
      gates: gates(),
      automaticPostingActive: gates().every((g) => g.met),
      fairUse: { used: 1234, limit: 50_000, ...(options.fairUseSharedWith ? { sharedWith: options.fairUseSharedWith } : {}) },
      automaticPosting: { on: activated !== null, switchedOn: activated, switchedOff: activated ? null : deactivated },
      ordersByStatus: countByStatus(orders.map((o) => ({ state: o.state, reasonCode: o.reason?.code ?? null, count: 1 }))),
      problemGroups: [
        { code: 'LB-2003', severity: 'warning' as const, title: 'Ny fragtmetode: vælg hvordan den bogføres', fix: 'Vælg varen for fragt.', places: ['setup.mapping'], orderCount: orders.filter((o) => o.reason?.code === 'LB-2003').length, orderNumbers: orders.filter((o) => o.reason?.code === 'LB-2003').slice(0, 5).map((o) => o.number), retryable: true },
      ].filter((g) => g.orderCount > 0),
      recentInvoices: orders.flatMap((o) => invoiceOf(o) ?? []).slice(0, 8),
    }),
    'supervised.confirmChecked': async (req) => (checked = { by: req.by, at: '2026-11-27T09:10:00.000Z' }),
    'supervised.activate': async (req) => {
      const missing = gates().filter((g) => g.id !== 'activated' && !g.met);
      if (missing.length > 0) throw new AppError('LB-4003', `Automatic posting cannot be switched on yet: ${missing.map((g) => g.id).join(', ')}.`);
      return (activated = { by: req.by, at: '2026-11-27T09:11:00.000Z' });
    },
    'orders.list': async (req) => {
      const matching = matchingOrders(req);
      return { total: matching.length, rows: matching.slice(req.offset, req.offset + req.limit) };
    },
    'orders.exportCsv': async (req) => {
      const matching = matchingOrders(req);
      return { fileName: 'ordrer.csv', csv: csvDocument([['Ordre', 'Beløb'], ...matching.map((o) => [o.number, o.total])]), rows: matching.length };
    },
    'orders.approve': async (req) => {
      const order = findOrder(req.id);
      if (order.status !== 'approval') throw new AppError('LB-7012', `Ordre ${order.number} venter ikke på godkendelse.`);
      Object.assign(order, { state: 'booked', status: 'booked', reason: null, bookedInvoiceNumber: 20_000 + Number(order.number) });
      return { status: order.status, mailStatus: order.mailStatus };
    },
    'orders.skip': async (req) => {
      const order = findOrder(req.id);
      Object.assign(order, { state: 'skipped', status: 'skipped', reason: null, draftInvoiceNumber: null });
      return { status: order.status, mailStatus: order.mailStatus };
    },
    'orders.openInShop': async (req) => ({ url: `https://butik.example/wp-admin/post.php?post=${findOrder(req.id).id}&action=edit` }),
    'invoices.list': async (req) => {
      const rows = orders.flatMap((o) => invoiceOf(o) ?? []).filter((r) => !req.kind || r.kind === req.kind);
      return { total: rows.length, rows: rows.slice(req.offset, req.offset + req.limit) };
    },
    'invoices.resendMail': async (req) => {
      const order = orders.find((o) => o.bookedInvoiceNumber === req.number);
      if (!order || order.mailStatus === 'none') throw new AppError('LB-6010', `Faktura ${req.number} er ikke mailet af LedgerBridge.`);
      order.mailStatus = 'sent';
      return { mailStatus: order.mailStatus };
    },
    'invoices.markMailSent': async (req) => {
      const order = orders.find((o) => o.bookedInvoiceNumber === req.number);
      if (!order || order.mailStatus === 'none') throw new AppError('LB-6010', `Faktura ${req.number} er ikke mailet af LedgerBridge.`);
      order.mailStatus = 'sent';
      return { mailStatus: order.mailStatus };
    },
    'dashboard.nextUp': async () => ({
      at: '2026-11-27T09:00:00.000Z',
      shopUnavailable: false,
      orders: orders
        .filter((o) => o.state === 'eligible' || o.status === 'approval')
        .slice(0, 10)
        .map((o) => ({ orderNumber: o.number, customer: o.customer, total: o.total, currency: o.currency, action: o.status === 'approval' ? ('approval' as const) : ('draft' as const), reason: null })),
    }),
    'supervised.preview': async () => {
      const drafts = orders.filter((o) => o.reason?.code === 'LB-7001');
      return { drafts: drafts.length, mails: drafts.length, total: drafts.length ? [{ currency: 'DKK', amount: '1000.00' }] : [] };
    },
    'supervised.deactivate': async (req) => {
      activated = null;
      deactivated = { by: req.by, at: '2026-11-27T09:12:00.000Z' };
      return deactivated;
    },
    'reconcile.run': async (req) => ({
      from: `${req.month}-01`,
      to: `${req.month}-30`,
      groupBy: req.groupBy,
      periods: [line(`${req.month}-02`, '1000.00', '900.00')],
      totals: [line(`${req.month}`, '1000.00', '900.00')],
      missing: [{ kind: 'invoice', orderId: orders[1].id, orderNumber: orders[1].number, date: `${req.month}-02`, currency: 'DKK', amount: '100.00', status: orders[1].status, reason: null }],
      differing: [],
      unexpected: [],
      duplicates: [],
      pendingDays: [],
      matches: false,
      csv: { fileName: `afstemning-${req.month}.csv`, csv: 'Periode;Forskel\r\n' },
    }),
    // The quarter of the CLI's OSS test (test/main/cli/reconcile-oss.test.ts), figures worked out by hand there; other quarters had no OSS sales.
    'oss.report': async (req) => {
      const year = req.quarter.slice(0, 4);
      const q = Number(req.quarter.slice(5));
      const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
      const to = `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`;
      const sold = req.quarter === '2026Q4';
      const rows = sold
        ? [
            { country: 'DE', rate: '19', base: '708.70', vat: '134.66', invoices: 1, creditNotes: 1 },
            { country: 'DE', rate: '7', base: '149.20', vat: '10.44', invoices: 1, creditNotes: 0 },
            { country: 'NL', rate: '21', base: '373.00', vat: '78.33', invoices: 1, creditNotes: 0 },
            { country: 'SE', rate: '25', base: '100.00', vat: '25.00', invoices: 1, creditNotes: 0 },
          ]
        : [];
      return {
        quarter: req.quarter,
        from,
        to,
        currency: 'DKK',
        rows,
        totals: sold ? { base: '1330.90', vat: '248.43' } : { base: '0.00', vat: '0.00' },
        unbooked: sold ? [{ orderId: '4005', orderNumber: '4005', country: 'DE', date: '2026-11-20', currency: 'EUR', total: '125.00', status: 'action' as const, reason: 'Momssatsen findes ikke i køberens land' }] : [],
        // A quarter of a shop booking its days as journal vouchers: OSS sales on no invoice.
        dayVouchers:
          req.quarter === '2026Q2'
            ? [
                { country: 'DE', rate: '19', currency: 'DKK', base: '200.00', vat: '38.00', days: 2 },
                { country: 'SE', rate: '25', currency: 'EUR', base: '40.00', vat: '10.00', days: 1 },
              ]
            : [],
        csv: { fileName: `oss-moms-${req.quarter}.csv`, csv: 'country;vat_rate;taxable_base;vat;currency;invoices;credit_notes\r\n' },
      };
    },
    'orders.get': async (req) => {
      const order = findOrder(req.id);
      return {
        ...order,
        history: [
          { at: order.date, state: 'seen', status: 'waiting', message: 'Behandlet af LedgerBridge' },
          { at: order.date, state: order.state, status: order.status, message: 'Behandlet af LedgerBridge' },
        ],
        ruleDecision: order.status === 'approval' ? { ruleId: 'r1', ruleName: 'Bankoverførsel godkendes', actions: [{ type: 'holdForReview' as const }] } : null,
        problems: order.reason && order.state === 'failed' ? [{ code: order.reason.code, message: order.reason.text, fix: 'Opret varen i e-conomic, og prøv igen.', places: ['setup.mapping', 'orders.retry'] }] : [],
        attempts: order.state === 'failed' ? 2 : 1,
        nextRetryAt: null,
        lines: [
          { kind: 'product' as const, description: 'Kaffekrus', sku: 'KR-1', quantity: '2', unitPrice: '80.00', discount: '0.00', total: '200.00', vatRate: '25' },
          { kind: 'shipping' as const, description: 'GLS', sku: null, quantity: '1', unitPrice: '39.20', discount: '0.00', total: '49.00', vatRate: '25' },
        ],
        links: { shop: 'https://butik.example/wp-admin/post.php?post=1&action=edit', economic: order.bookedInvoiceNumber || order.draftInvoiceNumber ? 'https://secure.e-conomic.com/sales/invoices/booked/1' : null },
        mailTo: 'kunde@example.dk',
        actions: {
          retry: order.state === 'failed' || order.state === 'needs-attention',
          approve: order.status === 'approval',
          skip: !['booked', 'done', 'skipped'].includes(order.state),
          resendMail: order.bookedInvoiceNumber !== null && order.mailStatus !== 'none',
          markMailSent: order.mailStatus === 'failed',
        },
        // A finished order had its shipping refunded in the shop: one booked credit note.
        creditNotes: order.state === 'done' ? [{ refundId: '77', state: 'booked' as const, kind: 'booked' as const, number: 10_000 + Number(order.number), amount: '49.00', currency: order.currency, at: order.date }] : [],
      };
    },
    'orders.retry': async (req) => {
      const targets = 'ids' in req ? req.ids.map(findOrder) : 'reasonCode' in req ? orders.filter((o) => o.reason?.code === req.reasonCode) : orders.filter((o) => o.state === 'failed');
      for (const order of targets) Object.assign(order, { state: 'eligible', status: 'ready', reason: null });
      return { queued: targets.length };
    },
    'orders.openInEconomic': async (req) => {
      const order = findOrder(req.id);
      return { url: `https://secure.e-conomic.com/sales/invoices/${order.bookedInvoiceNumber ?? order.draftInvoiceNumber}` };
    },
    'log.list': async (req) => {
      const search = req.search?.toLowerCase();
      const matching = log.filter(
        (e) =>
          (!req.severity || e.severity === req.severity) &&
          (!req.code || e.code === req.code) &&
          (!req.orderId || e.orderId === req.orderId || e.orderNumber === req.orderId) &&
          (!req.from || e.at >= req.from) &&
          (!req.to || e.at <= req.to) &&
          (!search || e.title.toLowerCase().includes(search)) &&
          (req.includeResolved || !e.resolved),
      );
      return { total: matching.length, rows: matching.slice(req.offset, req.offset + req.limit), codes: CODES };
    },
    'log.get': async (req) => {
      const entry = log.find((e) => e.id === req.id);
      if (!entry) throw new AppError('LB-9405', `Log entry ${req.id} does not exist.`);
      return {
        ...entry,
        message: `${entry.title}. The VAT rate 12 % on the order has no product group.`,
        fix: ['Open Setup → e-conomic mapping.', 'Choose a product group for 12 %.', 'Retry the order.'],
        places: ['setup.mapping', 'orders.retry'],
        retryable: entry.orderId !== null,
        technical: `POST /invoices/drafts → 400 {"errorCode":"E04300"} (entry ${entry.id})`,
        context: { attempt: 2 },
      };
    },
    'log.resolve': async (req) => {
      const entry = log.find((e) => e.id === req.id);
      if (!entry) throw new AppError('LB-9405', `Log entry ${req.id} does not exist.`);
      entry.resolved = true;
      return { id: entry.id, resolved: true as const };
    },
    'support.createBundle': async () => ({ path: '/tmp/ledgerbridge-support-2026-11-27.zip', sizeBytes: 20480, shownInFolder: false }),
    'invoices.pdf': async (req) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let p = 1; p <= 2; p++) doc.addPage([595, 842]).drawText(`Invoice ${req.number} page ${p}`, { x: 50, y: 780, size: 18, font });
      return { fileName: `${req.kind}-${req.number}.pdf`, base64: Buffer.from(await doc.save()).toString('base64') };
    },
    'licence.check': async (req) => ({ plan: planOfLicence(req.licence), licensee: 'Testbutik ApS', expiresAt: '2027-12-31T00:00:00.000Z', sandboxOnly: false }),
    'shop.recentValues': async () => ({
      orders: 210,
      paymentMethods: SEEN_METHODS,
      shippingMethods: [{ value: 'gls', label: 'GLS Pakkeshop', orders: 150 }],
      countries: [{ value: 'DK', label: 'DK', orders: 200 }, { value: 'SE', label: 'SE', orders: 10 }],
      currencies: [{ value: 'DKK', label: 'DKK', orders: 200 }, { value: 'EUR', label: 'EUR', orders: 10 }],
      vatRates: [{ value: '25', label: '25', orders: 209 }, { value: '12.5', label: '12.5', orders: 1 }],
      // The Swedish consumers as One-Stop-Shop books them; one was charged 19 %, a rate Sweden does not have.
      ossRates: [{ value: 'DK:25', label: 'DK:25', orders: 199 }, { value: 'SE:25', label: 'SE:25', orders: 9 }, { value: 'SE:19', label: 'SE:19', orders: 1 }],
      tags: [{ value: 'engros', label: 'engros', orders: 4 }],
    }),
    'economic.ossProposals': async (req) => ({ proposals: ossProposals(req.homeCountry, req.domesticZone) }),
    'posting.get': async () => posting,
    'posting.save': async ({ profile: _shop, ...req }) => {
      posting = { ...req, ...(req.dayJournalNumber === undefined && posting.dayJournalNumber !== undefined ? { dayJournalNumber: posting.dayJournalNumber } : {}) };
      wizard = { ...wizard, answers: { ...wizard.answers, posting } };
      changedAt = tick();
      return posting;
    },
    'currencies.get': async () => currencies(),
    'currencies.save': async (req) => {
      // As the service: the OSS product groups are the mapping answer's "DE:19" keys.
      const { profile: _shop, ossProductGroups, ...settings } = req;
      const mapping = wizard.answers.mapping && { ...wizard.answers.mapping, productGroups: withOssGroups(wizard.answers.mapping.productGroups, ossProductGroups) };
      wizard = { ...wizard, answers: { ...wizard.answers, currencies: settings, ...(mapping ? { mapping } : {}) } };
      changedAt = tick();
      return currencies();
    },
    'setup.check': async () => {
      const a = wizard.answers;
      const missing = WIZARD_STEPS.filter((s) => s !== 'check' && !wizard.completed.includes(s));
      const unmapped = SEEN_METHODS.filter((m) => !a.paymentMethods?.[m.value]);
      const lines: CheckLine[] = [
        { id: 'steps', status: missing.length ? 'fail' : 'ok', params: {}, steps: missing, problem: null },
        { id: 'shop', status: 'ok', params: { name: 'Testbutik' }, steps: [], problem: null },
        { id: 'economic', status: 'ok', params: { company: 'Testbutik ApS', agreement: 123456 }, steps: [], problem: null },
        ...(a.mail?.invoiceSource === 'economic'
          ? [mailSettings.smtp?.host === 'smtp.forkert.dk'
              ? { id: 'mail' as const, status: 'fail' as const, params: { host: 'smtp.forkert.dk:587' }, steps: ['mail' as const], problem: { code: 'LB-6001', message: 'Mailserveren svarer ikke.' } }
              : { id: 'mail' as const, status: 'ok' as const, params: { host: `${mailSettings.smtp?.host}:${mailSettings.smtp?.port}`, to: mailSettings.fromAddress }, steps: [], problem: null }]
          : []),
        unmapped.length
          ? { id: 'paymentMethods', status: 'fail', params: { methods: unmapped.map((m) => `${m.label} (${m.orders})`).join(', ') }, steps: ['paymentMethods'], problem: null }
          : { id: 'paymentMethods', status: 'ok', params: { count: SEEN_METHODS.length, orders: 210 }, steps: [], problem: null },
      ];
      const ready = lines.every((l) => l.status !== 'fail');
      lastCheck = { at: tick(), ready };
      const dry = await service['sync.dryRun']({ limit: 2 });
      return { ranAt: '2026-11-27T09:00:00.000Z', ready, lines, invoices: dry.invoices, firstSyncFrom: '2026-11-26T08:00:00.000Z' };
    },
    'wizard.finish': async () => {
      if (!lastCheck || lastCheck.at < changedAt) throw new AppError('LB-2021', 'Opsætningen er ændret, siden kontrollen sidst kørte, så den kan ikke gemmes endnu.');
      if (!lastCheck.ready) throw new AppError('LB-2022', 'Kontrollen fandt noget, der skal rettes, før opsætningen kan gemmes.');
      const saved = await service['profile.save']({ profile: { economic: {}, ...profileFromAnswers(wizard.answers) } });
      if (!saved.saved) throw new AppError('LB-2014', saved.fieldErrors.map((e) => e.path).join(', '));
      wizard = { ...wizard, finished: true, completed: [...WIZARD_STEPS] };
      return { finished: true as const, profileName: String(saved.profile.name) };
    },
    'mail.testServer': async (req) => {
      if (req.smtp.host === 'smtp.forkert.dk') throw new AppError('LB-6001', 'Mailserveren svarer ikke. Tjek server og port under Indstillinger → Mail.');
      return { to: req.to, host: req.smtp.host, messageId: '<server-test@ledgerbridge>' };
    },
    'economic.startGrant': async () => (grant = { ...grant, state: 'waiting', url: 'https://secure.e-conomic.com/secure/api1/requestaccess.aspx?appPublicToken=test' }),
    'economic.grantStatus': async () => grant,
    'economic.cancelGrant': async () => (grant = { ...grant, state: 'idle', url: null }),
    'import.preview': async (req) => ({
      from: req.from,
      total: 42,
      wouldTransfer: 39,
      alreadyHandled: 1,
      keptByRules: 1,
      wouldFail: [{ orderId: orderIdFor(7), number: '1007', code: 'LB-1001', message: 'Ordre 1007: en linje mangler varenummer.' }],
      warning: null,
    }),
    'import.start': async (req) => (imported = { ...imported, state: 'running', from: req.from, total: 42, processed: imported.from === req.from ? imported.processed : 0, pausedBecause: null, startedAt: '2026-11-27T09:00:00.000Z', updatedAt: '2026-11-27T09:00:00.000Z' }),
    'import.pause': async () => (imported = { ...imported, state: imported.state === 'running' ? 'paused' : imported.state, pausedBecause: imported.state === 'running' ? 'paused' : null }),
    'import.status': async () => imported,
    ...memoryDays(makeOrderRow(14), () => settings.language, () => posting.postingUnit, { draftDeleted: options.dayDraftDeleted }),
    'shops.list': async () => shops,
    'shops.switch': async (req) => {
      knownShop(req.name);
      return (shops = { ...shops, active: req.name });
    },
    'shops.add': async () => {
      if (!shops.adding) wizardBeforeAdding = wizard;
      shops = { ...shops, adding: true };
      return (wizard = { step: 'plan', completed: [], answers: {}, secretsStored: [], finished: false });
    },
    'shops.cancelAdd': async () => {
      if (wizardBeforeAdding) wizard = wizardBeforeAdding;
      return (shops = { ...shops, adding: false });
    },
    'shops.remove': async (req) => {
      knownShop(req.name);
      if (shops.shops.length < 2) throw new AppError('LB-2046', `Det kan ikke lade sig gøre: "${req.name}" er den eneste butik.`);
      const rest = shops.shops.filter((s) => s.name !== req.name);
      shops = { ...shops, shops: rest, active: shops.active === req.name ? rest[0].name : shops.active };
      const archivedIn = `${settings.dataDir}/removed-profiles/${req.name}-2026-11-27T09-00-00-000Z`;
      return { removed: req.name, backup: `${archivedIn}/backups/ledger-2026-11-27T09-00-00-000Z-removed.sqlite`, archivedIn, shops };
    },
  };

  function currencies(): CurrencyForm {
    const settings = wizard.answers.currencies ?? { enabled: ['DKK'], collectiveCustomers: {}, homeCountry: 'DK', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: '_vat_number', oss: false };
    return { ...settings, ossProductGroups: ossGroupsOf(wizard.answers.mapping?.productGroups ?? {}) };
  }

  /** e-conomic's one group with a German OSS VAT code (DE19 on group 11, in domestic zone 1); group 12 "Salg Tyskland 7 %" carries no code, so DE:7 is never proposed. */
  function ossProposals(homeCountry: string, domesticZone: number) {
    return homeCountry !== 'DE' && domesticZone === 1 ? [{ key: 'DE:19', productGroupNumber: 11, vatCode: 'DE19' }] : [];
  }

  // Record every call so tests can assert what the UI asked for.
  const recorded = Object.fromEntries(
    Object.entries(service).map(([channel, handler]) => [
      channel,
      (request: unknown) => {
        calls.push({ channel, request });
        return (handler as (r: unknown) => Promise<unknown>)(request);
      },
    ]),
  ) as AppService;

  return {
    service: recorded,
    calls,
    orders,
    log,
    state: () => ({ wizard, settings, paused, checked, activated, deactivated, profile, mailSettings, smtpPassword, imported }),
    /** Plays e-conomic sending the grant back (the browser part of the grant flow). */
    grantArrives: () => (grant = { state: 'connected', url: null, companyName: 'Testbutik ApS', agreementNumber: 123456, problem: null }),
    /** Plays the import moving on in the background. */
    importProgress: (processed: number) => (imported = { ...imported, processed, state: processed >= imported.total ? 'done' : imported.state }),
  };
}

export type MemoryService = ReturnType<typeof createMemoryService>;
export type { Request };
export const ALL_WIZARD_STEPS = WIZARD_STEPS;
