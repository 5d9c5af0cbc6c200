import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrderRow as LedgerOrder, RuleDecision } from '../ledger/orders';
import { invoicePdfFilename, storeInvoicePdf } from '../mail';
import { retryOrders } from '../operations/retry';
import { describe, type Lang } from '../../shared/errors';
import type { Request, Response } from '../../shared/ipc/contract';
import type { OrderRow } from '../../shared/ipc/schemas/operations';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError, translated } from './errors';
import type { SyncLoop } from './sync-loop';

/** e-conomic's web app, where the owner looks at and books invoices. */
export const ECONOMIC_WEB = 'https://secure.e-conomic.com';

/** Every order's state, reason and invoice; retry; the invoice in e-conomic and as PDF. */
export class OrdersArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
  ) {}

  async list(req: Request<'orders.list'>): Promise<Response<'orders.list'>> {
    const runtime = this.ctx.runtime;
    if (!runtime) return { total: 0, rows: [] };
    const lang = this.ctx.language();
    const { items, total } = runtime.ledger.orders.list({ states: req.state ? [req.state] : undefined, search: req.search, limit: req.limit, offset: req.offset });
    return { total, rows: items.map((row) => this.toRow(row, lang)) };
  }

  async get(req: Request<'orders.get'>): Promise<Response<'orders.get'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const row = this.find(req.id);
    const history = runtime.ledger.orders.history(row.orderId).map((h) => ({
      at: h.at,
      state: h.toState,
      message: h.reasonCode ? describe(h.reasonCode, reasonParams(row, h.detail), lang).title : byText(h.by, lang),
    }));
    const problems = [];
    if (row.reasonCode) {
      const d = describe(row.reasonCode, reasonParams(row, row.reasonDetail), lang);
      problems.push({ code: d.code, message: d.message, fix: d.fix });
      const others = (row.reasonDetail as { others?: unknown } | null)?.others;
      for (const code of Array.isArray(others) ? others : []) {
        const o = describe(String(code), { orderNumber: row.number }, lang);
        problems.push({ code: o.code, message: o.message, fix: o.fix });
      }
    }
    return {
      ...this.toRow(row, lang),
      history,
      ruleDecision: ruleDecisionOf(row.ruleDecision),
      problems,
      attempts: row.attempts,
      nextRetryAt: row.nextRetryAt,
    };
  }

  /** Tries the orders again now (fetched fresh from the shop), after any running sync. */
  async retry(req: Request<'orders.retry'>): Promise<Response<'orders.retry'>> {
    const runtime = this.ctx.requireRuntime();
    const which = 'ids' in req ? req.ids : 'all-failed';
    if (which !== 'all-failed') for (const id of which) this.find(id);
    const result = await translated(this.ctx.language(), () => this.loop.exclusive(() => retryOrders(runtime, which)), { platform: runtime.profile.shop.platform });
    this.loop.afterChange(runtime);
    return { queued: result.orders.length };
  }

  async openInEconomic(req: Request<'orders.openInEconomic'>): Promise<Response<'orders.openInEconomic'>> {
    const row = this.find(req.id);
    if (row.bookedNumber !== null) return { url: `${ECONOMIC_WEB}/sales/invoices/booked/${row.bookedNumber}` };
    if (row.draftNumber !== null) return { url: `${ECONOMIC_WEB}/sales/invoices/drafts/${row.draftNumber}` };
    throw serviceError(SERVICE_CODES.orderWithoutInvoice, this.ctx.language(), { orderNumber: row.number });
  }

  /** A booked invoice from `<dataDir>/pdf/` when stored already, otherwise (and for drafts) from e-conomic. */
  async pdf(req: Request<'invoices.pdf'>): Promise<Response<'invoices.pdf'>> {
    const runtime = this.ctx.requireRuntime();
    if (req.kind === 'booked') {
      const fileName = invoicePdfFilename(req.number);
      const stored = join(this.ctx.dataDir, 'pdf', fileName);
      if (existsSync(stored)) return { fileName, base64: readFileSync(stored).toString('base64') };
      const bytes = await translated(this.ctx.language(), async () => (await runtime.economic()).downloadBookedInvoicePdf(req.number));
      storeInvoicePdf(this.ctx.dataDir, req.number, bytes);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    }
    const bytes = await translated(this.ctx.language(), async () => (await runtime.economic()).downloadDraftInvoicePdf(req.number));
    return { fileName: `${this.ctx.language() === 'da' ? 'Kladde' : 'Draft'}-${req.number}.pdf`, base64: Buffer.from(bytes).toString('base64') };
  }

  private find(id: string): LedgerOrder {
    const row = this.ctx.requireRuntime().ledger.orders.get(id);
    if (!row) throw serviceError(SERVICE_CODES.orderNotFound, this.ctx.language(), { orderId: id });
    return row;
  }

  private toRow(row: LedgerOrder, lang: Lang): OrderRow {
    const billing = row.order?.billing;
    return {
      id: row.orderId,
      number: row.number,
      date: row.order?.dates?.created ?? row.firstSeenAt,
      customer: billing ? billing.company || billing.name || billing.email || '' : '',
      total: row.total,
      currency: row.currency,
      state: row.state,
      reason: row.reasonCode ? { code: row.reasonCode, text: describe(row.reasonCode, reasonParams(row, row.reasonDetail), lang).title } : null,
      draftInvoiceNumber: row.draftNumber,
      bookedInvoiceNumber: row.bookedNumber,
      mailStatus: this.mailStatus(row.orderId),
    };
  }

  private mailStatus(orderId: string): OrderRow['mailStatus'] {
    const rows = this.ctx.requireRuntime().outbox.statusForOrder(orderId);
    if (rows.length === 0) return 'none';
    if (rows.some((r) => r.status === 'failed' || r.status === 'uncertain')) return 'failed';
    if (rows.every((r) => r.status === 'sent')) return 'sent';
    return 'pending';
  }
}

function reasonParams(row: LedgerOrder, detail: unknown): Record<string, string> {
  const params = (detail as { params?: Record<string, unknown> } | null)?.params ?? {};
  const out: Record<string, string> = { orderNumber: row.number };
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

function byText(by: string | null, lang: Lang): string {
  if (!by || by === 'engine') return lang === 'da' ? 'Behandlet af LedgerBridge' : 'Processed by LedgerBridge';
  if (by === 'retry' || by.endsWith(':retry')) return lang === 'da' ? 'Prøvet igen' : 'Retried';
  return by;
}

function ruleDecisionOf(decision: RuleDecision | null): Response<'orders.get'>['ruleDecision'] {
  if (!decision || !decision.ruleId) return null;
  const d = decision as RuleDecision & { keepAsDraft?: boolean; skip?: boolean; holdForReview?: boolean; layoutNumber?: number; paymentTermsNumber?: number; customerNumber?: number };
  const actions = [
    ...(d.keepAsDraft ? ['keepAsDraft'] : []),
    ...(d.skip ? ['skip'] : []),
    ...(d.holdForReview ? ['holdForReview'] : []),
    ...(d.layoutNumber !== undefined ? [`useLayout:${d.layoutNumber}`] : []),
    ...(d.paymentTermsNumber !== undefined ? [`usePaymentTerms:${d.paymentTermsNumber}`] : []),
    ...(d.customerNumber !== undefined ? [`useCustomer:${d.customerNumber}`] : []),
  ];
  return { ruleId: decision.ruleId, ruleName: decision.ruleName ?? decision.ruleId, actions };
}
