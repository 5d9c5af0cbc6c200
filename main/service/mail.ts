import { existsSync } from 'node:fs';
import { classifySmtpError, createTransport, invoicePdfFilename, sendTestMail, storedInvoicePdfPath } from '../mail';
import type { BookedInvoice, PaymentTermsType } from '../connectors/economic/types';
import { dueDateOf } from '../connectors/economic/due-date';
import { dec, money } from '../../shared/domain/money';
import { danishDate } from '../../shared/domain/danish-date';
import type { Order } from '../../shared/domain/order';
import { describe } from '../../shared/errors';
import { AppError, type Request, type Response } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/lang';
import type { MailTemplate, TemplateError } from '../../shared/ipc/schemas/mail';
import {
  buildInvoiceMailVars,
  exampleMailVars,
  MailRenderError,
  PLACEHOLDER_DOCS,
  placeholderToken,
  renderTemplate,
  templateFor,
  validateTemplate,
  type MailVars,
} from '../../shared/mail';
import { profileSchema, type Profile } from '../../shared/profile/schema';
import type { WizardAnswers } from '../../shared/ipc/schemas/setup';
import type { Connections } from './connections';
import type { MailSettingsArea } from './mail-settings';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError, translated } from './errors';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';

/** What a preview needs from e-conomic: the company's name and the payment terms by number. */
interface PreviewFacts {
  company: string;
  terms: Map<number, { name: string; days: number; type?: PaymentTermsType }>;
}

/** The preview's order when the shop has none yet. */
const EXAMPLE_ORDER_ID = 'example';
const DAY_MS = 86_400_000;

/**
 * The invoice-mail text: editing, checking, a live preview against a real order, and a test send.
 * The invoice-mail screen names the shop it shows (`shop`, settings-shop.ts); the wizard's mail
 * step names none and works on the shop it sets up.
 */
export class MailArea {
  /** e-conomic facts a preview needs (company name, payment terms), read once per session and shop. */
  private readonly economicFacts = new Map<string, Promise<PreviewFacts>>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
    private readonly connections: Connections,
    private readonly mailSettings: MailSettingsArea,
  ) {}

  async getTemplate(req: Request<'mail.getTemplate'>): Promise<Response<'mail.getTemplate'>> {
    const saved = this.savedTemplates(req.profile);
    const lang = this.ctx.language();
    return {
      language: req.language,
      template: templateFor(req.language, saved),
      placeholders: PLACEHOLDER_DOCS.map((p) => ({ token: placeholderToken(p.name, lang), label: p.label[lang], description: p.description[lang], example: p.example[req.language] })),
      isDefault: saved[req.language] === undefined,
    };
  }

  async validate(req: Request<'mail.validateTemplate'>): Promise<Response<'mail.validateTemplate'>> {
    return { errors: this.errorsOf(req.template) };
  }

  async save(req: Request<'mail.saveTemplate'>): Promise<Response<'mail.saveTemplate'>> {
    const errors = this.errorsOf(req.template);
    if (errors.length > 0) return { saved: false, errors: errors as [TemplateError, ...TemplateError[]] };
    const runtime = settingsRuntime(this.ctx, this.wizard, req.profile);
    if (runtime) {
      const p = runtime.profile;
      runtime.saveProfile(profileSchema.parse({ ...p, mail: { ...p.mail, templates: { ...p.mail.templates, [req.language]: req.template } } }));
    } else {
      this.wizard.saveMailTemplateDraft(req.language, req.template);
    }
    return { saved: true };
  }

  async preview(req: Request<'mail.preview'>): Promise<Response<'mail.preview'>> {
    const example = await this.exampleFor(req.orderId, req.profile);
    return { orderId: example.orderId, orderNumber: example.orderNumber, ...this.render(req.template, example.vars, req.language) };
  }

  /**
   * Sends the previewed mail (with the order's invoice PDF when stored) through the
   * mail server and sender of Settings → Mail, exactly as a customer would get it.
   */
  async testSend(req: Request<'mail.testSend'>): Promise<Response<'mail.testSend'>> {
    const lang = this.ctx.language();
    const example = await this.exampleFor(req.orderId, req.profile);
    const settings = this.mailSettings.sending(req.profile);
    if (!settings) {
      const d = describe('LB-6007', { orderNumber: example.orderNumber }, lang);
      throw new AppError(d.code, `${d.message} ${d.fix}`);
    }
    const mail = this.render(req.template, example.vars, req.language);
    return translated(lang, async () => {
      const transport = createTransport(settings.smtp, await settings.password());
      try {
        // The shop's own copy of the invoice, where the engine keeps it (another shop's may carry the same number).
        const pdfDir = settingsRuntime(this.ctx, this.wizard, req.profile)?.profileDir;
        const pdfPath = example.invoiceNumber && pdfDir ? storedInvoicePdfPath(pdfDir, example.invoiceNumber) : null;
        const result = await sendTestMail({
          transport,
          from: { name: settings.fromName, address: settings.fromAddress || 'ledgerbridge@localhost' },
          replyTo: settings.replyTo,
          to: req.to,
          ...mail,
          ...(pdfPath && existsSync(pdfPath) ? { pdf: { filename: invoicePdfFilename(example.invoiceNumber!), path: pdfPath } } : {}),
        }).catch((error: unknown) => {
          // The server's refusal in the owner's words (login, port/TLS, address), as the outbox would log it.
          const failure = classifySmtpError(error);
          throw new AppError(failure.errorCode, `${failure.fix[lang]} (${failure.message})`);
        });
        return { to: req.to, messageId: result.messageId ?? null };
      } finally {
        transport.close?.();
      }
    });
  }

  /** The shop's texts; the wizard's own also its drafts (a named shop has a profile, and so no drafts). */
  private savedTemplates(shop: string | undefined): Partial<Record<Lang, MailTemplate>> {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    if (shop !== undefined) return runtime?.profile.mail.templates ?? {};
    const profile = runtime?.profile ?? this.ctx.config.getProfile();
    return { ...(profile?.mail.templates ?? {}), ...this.wizard.stored().mailTemplates };
  }

  private errorsOf(template: MailTemplate): TemplateError[] {
    const lang = this.ctx.language();
    return validateTemplate(template).map((issue) => ({
      field: issue.field,
      message: issue.message[lang],
      ...(issue.index >= 0 ? { line: template[issue.field].slice(0, issue.index).split('\n').length } : {}),
    }));
  }

  private render(template: MailTemplate, vars: MailVars, lang: Lang) {
    try {
      return renderTemplate(template, vars, lang);
    } catch (error) {
      if (error instanceof MailRenderError) throw serviceError(SERVICE_CODES.mailPreviewFailed, this.ctx.language(), { detail: error.texts[this.ctx.language()] });
      throw error;
    }
  }

  /** A real order (the one asked for, else the newest booked, else the newest seen, else one from the shop) as mail values. */
  private async exampleFor(orderId: string | undefined, shopProfile: string | undefined): Promise<{ orderId: string; orderNumber: string; invoiceNumber: number | null; vars: MailVars }> {
    const lang = this.ctx.language();
    const fallback = exampleMailVars(lang);
    const runtime = settingsRuntime(this.ctx, this.wizard, shopProfile);
    // The wizard's answers stand in for what a shop without a profile yet cannot tell; a named shop's are its own.
    const answers = this.wizard.answersOf(shopProfile) ?? {};
    const found = await this.findOrder(orderId === EXAMPLE_ORDER_ID ? undefined : orderId, shopProfile);
    if (!found) return { orderId: EXAMPLE_ORDER_ID, orderNumber: fallback.orderNumber, invoiceNumber: null, vars: fallback };
    const { order, invoiceNumber } = found;
    const facts = await this.facts(shopProfile).catch(() => null);
    const shop = { name: (runtime?.ledger.kv.get('shop:name') as string | null) ?? answers.shop?.shopName ?? '', url: runtime?.profile.shop.url ?? answers.shop?.url ?? '' };
    const company = { name: facts?.company ?? answers.economic?.companyName ?? '' };
    // A booked order shows its real invoice, exactly as the customer's mail will (see engine/after-booking).
    const booked = found.booked ? await this.bookedInvoice(invoiceNumber!, shopProfile).catch(() => null) : null;
    const termsNumber = booked?.paymentTerms.paymentTermsNumber ?? paymentTermsFor(order, runtime?.profile, answers);
    const terms = termsNumber !== null ? facts?.terms.get(termsNumber) : undefined;
    // The invoice e-conomic will make is dated in Denmark (engine/plan/plan-invoice.ts); the UTC date is yesterday's from 23:00 (00:00 in summer).
    const today = danishDate(this.ctx.clock().toISOString());
    const invoice = booked
      ? { number: booked.bookedInvoiceNumber, date: booked.date, dueDate: booked.dueDate ?? booked.date, grossAmount: money(dec(String(booked.grossAmount))), currency: booked.currency, paymentTermsName: booked.paymentTerms.name ?? terms?.name ?? '' }
      : {
          number: invoiceNumber ?? Number(fallback.invoiceNumber),
          date: today,
          dueDate: dueDateOf(terms?.type, terms?.days ?? 0, today),
          grossAmount: order.totals.total,
          currency: order.currency,
          paymentTermsName: terms?.name ?? '',
        };
    const vars = buildInvoiceMailVars(order, invoice, shop, company);
    // Anything the order cannot tell (no company name yet…) shows the example value rather than failing the preview.
    const merged = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.trim() === '' ? fallback[k as keyof MailVars] : v])) as MailVars;
    return { orderId: order.id, orderNumber: order.number, invoiceNumber, vars: merged };
  }

  private async bookedInvoice(n: number, shop: string | undefined): Promise<BookedInvoice | null> {
    return (await this.connections.economic(shop)).getBookedInvoice(n);
  }

  private async findOrder(orderId: string | undefined, shop: string | undefined): Promise<{ order: Order; invoiceNumber: number | null; booked: boolean } | null> {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    if (runtime) {
      const orders = runtime.ledger.orders;
      const row = orderId
        ? orders.get(orderId)
        : (orders.list({ states: ['done', 'booked'], limit: 1, sort: 'updated-desc' }).items[0] ?? orders.list({ limit: 1, sort: 'modified-desc' }).items[0] ?? null);
      if (row) return { order: row.order, invoiceNumber: row.bookedNumber ?? row.draftNumber, booked: row.bookedNumber !== null };
    }
    // Before the first sync the shop itself has the orders.
    return translated(this.ctx.language(), async () => {
      const connector = await this.connections.shop(shop);
      if (orderId) {
        const one = await connector.getOrder(orderId);
        return one ? { order: one.order, invoiceNumber: null, booked: false } : null;
      }
      const since = new Date(this.ctx.clock().getTime() - 30 * DAY_MS).toISOString();
      for await (const page of connector.pollChanged(since)) {
        const first = page.orders[0];
        if (first) return { order: first.order, invoiceNumber: null, booked: false };
      }
      return null;
    }).catch(() => null);
  }

  private facts(shop: string | undefined): Promise<PreviewFacts> {
    const key = shop ?? '';
    let facts = this.economicFacts.get(key);
    if (!facts) {
      facts = (async () => {
        const client = await this.connections.economic(shop);
        const [self, terms] = await Promise.all([client.self(), client.paymentTerms()]);
        return { company: self.company?.name ?? '', terms: new Map(terms.map((t) => [t.paymentTermsNumber, { name: t.name, days: t.daysOfCredit ?? 0, type: t.paymentTermsType }])) };
      })().catch((error: unknown) => {
        this.economicFacts.delete(key);
        throw error;
      });
      this.economicFacts.set(key, facts);
    }
    return facts;
  }
}

/** The payment terms an order's invoice gets: its payment method's, else the shop's (the profile's, or the wizard's answers before one exists). */
function paymentTermsFor(order: Order, profile: Profile | undefined, answers: WizardAnswers): number | null {
  const methods = profile?.paymentMethods ?? answers.paymentMethods ?? {};
  return methods[order.payment.id]?.paymentTermsNumber ?? profile?.paymentTermsNumber ?? answers.mapping?.paymentTermsNumber ?? null;
}
