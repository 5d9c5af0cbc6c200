import { existsSync, readFileSync } from 'node:fs';
import type { ListQuery, OrderRow as LedgerOrder, RuleDecision } from '../ledger/orders';
import { invoicePdfFilename, storeInvoicePdf, storedInvoicePdfPath } from '../mail';
import { startOfDanishDay } from '../operations/import';
import { approveOrder, canApprove, canSkip, OrderActionRefused, skipOrder } from '../operations/order-actions';
import { retryOrders } from '../operations/retry';
import { creditNotesForOrder, type CreditNoteRow } from '../moneyflows';
import { describe } from '../../shared/errors';
import { csvAmount, csvDocument, DECIMAL_MARK } from '../../shared/i18n/csv';
import { formatDate } from '../../shared/i18n/format';
import { actorWords, ORDER_STATUS_WORDS, orderStatusOf, STATUS_SELECTION } from '../../shared/i18n/order-status';
import type { Request, Response } from '../../shared/ipc/contract';
import type { OrderActions, OrderCreditNote, RuleActionId } from '../../shared/ipc/schemas/operations';
import type { Runtime } from '../runtime/runtime';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError, translated } from './errors';
import { economicUrl, orderLinesOf, orderRowOf, shopAdminUrl } from './order-views';
import { currentReason, reasonParams } from '../operations/order-reason';
import type { SyncLoop } from './sync-loop';
import { EXPORT_WORDS } from '../../shared/i18n/export-words';
import { danishDate } from '../../shared/domain/danish-date';

/** The most orders one CSV export holds (a year of a busy shop). */
const EXPORT_LIMIT = 100_000;

/** Every order's status, reason and invoice; retry; the invoice in e-conomic and as PDF; CSV export. */
export class OrdersArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
  ) {}

  async list(req: Request<'orders.list'>): Promise<Response<'orders.list'>> {
    const runtime = this.ctx.runtime;
    if (!runtime) return { total: 0, rows: [] };
    const lang = this.ctx.language();
    const { items, total } = runtime.ledger.orders.list({ ...this.query(req), limit: req.limit, offset: req.offset });
    return { total, rows: items.map((row) => orderRowOf(row, runtime.outbox, lang)) };
  }

  /** Every order matching the filter as CSV, in the owner's language and number format. */
  async exportCsv(req: Request<'orders.exportCsv'>): Promise<Response<'orders.exportCsv'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const { items } = runtime.ledger.orders.list({ ...this.query(req), limit: EXPORT_LIMIT });
    const words = EXPORT_WORDS[lang];
    const rows = items.map((item) => {
      const row = orderRowOf(item, runtime.outbox, lang);
      return [row.number, formatDate(row.date, lang), row.customer, csvAmount(row.total, DECIMAL_MARK[lang]), row.currency, ORDER_STATUS_WORDS[lang][row.status], row.reason?.text ?? '', row.draftInvoiceNumber, row.bookedInvoiceNumber, row.mailStatus === 'none' ? '' : row.mailStatus];
    });
    // The owner's date, not UTC's: a file saved at 00:30 on 1 January is named for 1 January.
    const day = danishDate(this.ctx.clock().toISOString());
    return { fileName: words.ordersFile(day), csv: csvDocument([words.ordersHeader, ...rows]), rows: rows.length };
  }

  async get(req: Request<'orders.get'>): Promise<Response<'orders.get'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const row = this.find(req.id);
    const history = runtime.ledger.orders.history(row.orderId).map((h) => ({
      at: h.at,
      state: h.toState,
      status: orderStatusOf(h.toState, h.reasonCode),
      message: h.reasonCode ? describe(h.reasonCode, reasonParams(row, (h.detail as { reasonDetail?: unknown } | null)?.reasonDetail), lang).title : actorWords(h.by, lang),
    }));
    const problems = [];
    const d = currentReason(row, lang);
    if (d) {
      problems.push({ code: d.code, message: d.message, fix: d.fix, places: d.places });
      const others = (row.reasonDetail as { others?: unknown } | null)?.others;
      for (const code of Array.isArray(others) ? others : []) {
        const o = describe(String(code), { orderNumber: row.number }, lang);
        problems.push({ code: o.code, message: o.message, fix: o.fix, places: o.places });
      }
    }
    const view = orderRowOf(row, runtime.outbox, lang);
    const mail = runtime.outbox.statusForOrder(row.orderId)[0] ?? null;
    return {
      ...view,
      history,
      ruleDecision: ruleDecisionOf(row.ruleDecision),
      problems,
      attempts: row.attempts,
      nextRetryAt: row.nextRetryAt,
      lines: orderLinesOf(row.order),
      links: { shop: shopAdminUrl(row.order, runtime.profile.shop.url), economic: economicUrl(row) },
      mailTo: mail?.to ?? row.order.billing?.email ?? null,
      actions: actionsFor(row, view.mailStatus, mail !== null),
      creditNotes: creditNotesForOrder(runtime.ledger.db, row.orderId).map(creditNoteOf),
    };
  }

  /** Tries the orders again now (fetched fresh from the shop), after any running sync. */
  async retry(req: Request<'orders.retry'>): Promise<Response<'orders.retry'>> {
    const runtime = this.ctx.requireRuntime();
    let which: string[] | 'all-failed';
    if ('ids' in req) {
      for (const id of req.ids) this.find(id);
      which = req.ids;
    } else if ('reasonCode' in req) {
      which = runtime.ledger.orders.problemGroups().find((g) => g.reasonCode === req.reasonCode)?.orderIds ?? [];
      if (which.length === 0) return { queued: 0 };
    } else which = 'all-failed';
    const ids = which;
    const result = await translated(this.ctx.language(), () => this.loop.exclusive(() => retryOrders(runtime, ids)), { platform: runtime.profile.shop.platform });
    this.loop.afterChange(runtime);
    return { queued: result.orders.length };
  }

  /** The owner approves an order a rule holds: it is booked now, and its invoice mail goes out now (not at the next sync). */
  async approve(req: Request<'orders.approve'>): Promise<Response<'orders.approve'>> {
    return this.act(req.id, async (runtime) => {
      const row = await approveOrder(runtime, req.id, BY_APP);
      await runtime.processMail();
      return row;
    });
  }

  /** The owner decides the order is never booked (its draft, if any, is deleted). */
  async skip(req: Request<'orders.skip'>): Promise<Response<'orders.skip'>> {
    return this.act(req.id, (runtime) => skipOrder(runtime, req.id, BY_APP));
  }

  private async act(id: string, action: (runtime: Runtime) => Promise<LedgerOrder>): Promise<Response<'orders.approve'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    this.find(id);
    const row = await translated(
      lang,
      () =>
        this.loop.exclusive(async () => {
          try {
            return await action(runtime);
          } catch (error) {
            if (!(error instanceof OrderActionRefused)) throw error;
            throw serviceError(SERVICE_CODES.orderActionRefused, lang, { orderNumber: error.order.number, value: ORDER_STATUS_WORDS[lang][orderStatusOf(error.order.state, error.order.reasonCode)] });
          }
        }),
      { platform: runtime.profile.shop.platform },
    );
    this.loop.afterChange(runtime);
    const view = orderRowOf(row, runtime.outbox, lang);
    return { status: view.status, mailStatus: view.mailStatus };
  }

  async openInEconomic(req: Request<'orders.openInEconomic'>): Promise<Response<'orders.openInEconomic'>> {
    const row = this.find(req.id);
    const url = economicUrl(row);
    if (url) return { url };
    throw serviceError(SERVICE_CODES.orderWithoutInvoice, this.ctx.language(), { orderNumber: row.number });
  }

  /** The order in the shop's admin (the shop of the profile, never an address from the UI). */
  async openInShop(req: Request<'orders.openInShop'>): Promise<Response<'orders.openInShop'>> {
    const row = this.find(req.id);
    const url = shopAdminUrl(row.order, this.ctx.requireRuntime().profile.shop.url);
    if (url) return { url };
    throw serviceError(SERVICE_CODES.orderNotFound, this.ctx.language(), { orderId: req.id });
  }

  /**
   * A booked invoice from the shop's own `pdf/` folder (where the engine keeps it) when stored
   * already, otherwise (and for drafts) from e-conomic. Never from another shop's folder: shops on
   * different agreements have invoices with the same numbers.
   */
  async pdf(req: Request<'invoices.pdf'>): Promise<Response<'invoices.pdf'>> {
    const runtime = this.ctx.requireRuntime();
    if (req.kind === 'booked') {
      const fileName = invoicePdfFilename(req.number);
      const stored = storedInvoicePdfPath(runtime.profileDir, req.number);
      if (existsSync(stored)) return { fileName, base64: readFileSync(stored).toString('base64') };
      const bytes = await translated(this.ctx.language(), async () => (await runtime.economic()).downloadBookedInvoicePdf(req.number));
      storeInvoicePdf(runtime.profileDir, req.number, bytes);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    }
    const bytes = await translated(this.ctx.language(), async () => (await runtime.economic()).downloadDraftInvoicePdf(req.number));
    return { fileName: EXPORT_WORDS[this.ctx.language()].draftPdfFile(req.number), base64: Buffer.from(bytes).toString('base64') };
  }

  private find(id: string): LedgerOrder {
    const row = this.ctx.requireRuntime().ledger.orders.get(id);
    if (!row) throw serviceError(SERVICE_CODES.orderNotFound, this.ctx.language(), { orderId: id });
    return row;
  }

  /** The list filter as a ledger query: statuses as states, calendar days as Danish days. */
  private query(req: { status?: keyof typeof STATUS_SELECTION; search?: string; from?: string; to?: string }): Omit<ListQuery, 'limit'> {
    const selection = req.status ? STATUS_SELECTION[req.status] : null;
    return {
      states: selection?.states,
      heldByRule: selection?.heldByRule,
      search: req.search,
      createdFrom: req.from ? startOfDanishDay(req.from) : undefined,
      createdBefore: req.to ? startOfDanishDay(nextDay(req.to)) : undefined,
      sort: 'created-desc',
    };
  }
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const RETRYABLE = new Set(['failed', 'needs-attention']);

/** Who the ledger records for an owner's action taken in the app. */
const BY_APP = 'app';

/** What the owner may do with the order now (the same rules the actions themselves enforce). */
export function actionsFor(row: LedgerOrder, mailStatus: string, hasMail: boolean): OrderActions {
  return {
    retry: RETRYABLE.has(row.state),
    approve: canApprove(row),
    skip: canSkip(row),
    resendMail: row.bookedNumber !== null && hasMail,
    markMailSent: hasMail && mailStatus === 'failed',
  };
}

/** A credit note as the order's panel shows it: by its booked number once booked, else by its draft's. */
function creditNoteOf(note: CreditNoteRow): OrderCreditNote {
  const kind = note.bookedNumber !== null ? 'booked' : note.draftNumber !== null ? 'draft' : null;
  return { refundId: note.refundId, state: note.state, kind, number: note.bookedNumber ?? note.draftNumber, amount: note.amount, currency: note.currency, at: note.updatedAt };
}

function ruleDecisionOf(decision: RuleDecision | null): Response<'orders.get'>['ruleDecision'] {
  if (!decision || !decision.ruleId) return null;
  const d = decision as RuleDecision & { keepAsDraft?: boolean; skip?: boolean; holdForReview?: boolean; layoutNumber?: number; paymentTermsNumber?: number; customerNumber?: number };
  const actions: Array<{ type: RuleActionId; number?: number }> = [
    ...(d.keepAsDraft ? [{ type: 'keepAsDraft' as const }] : []),
    ...(d.skip ? [{ type: 'skip' as const }] : []),
    ...(d.holdForReview ? [{ type: 'holdForReview' as const }] : []),
    ...(d.layoutNumber !== undefined ? [{ type: 'useLayout' as const, number: d.layoutNumber }] : []),
    ...(d.paymentTermsNumber !== undefined ? [{ type: 'usePaymentTerms' as const, number: d.paymentTermsNumber }] : []),
    ...(d.customerNumber !== undefined ? [{ type: 'useCustomer' as const, number: d.customerNumber }] : []),
  ];
  return { ruleId: decision.ruleId, ruleName: decision.ruleName ?? decision.ruleId, actions };
}
