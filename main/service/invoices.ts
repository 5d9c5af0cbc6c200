import { OutboxStateError } from '../mail';
import type { Request, Response } from '../../shared/ipc/contract';
import type { ServiceContext } from './context';
import { serviceError, SERVICE_CODES, translated } from './errors';
import { invoiceRowOf } from './order-views';
import { mailStatusOf } from '../operations/mail-status';
import type { SyncLoop } from './sync-loop';

/** Who the outbox records for an owner's action taken in the app. */
const BY_APP = 'app';

/** The invoices LedgerBridge made in e-conomic: the list, and sending the mail again or marking it sent. */
export class InvoicesArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
  ) {}

  async list(req: Request<'invoices.list'>): Promise<Response<'invoices.list'>> {
    const runtime = this.ctx.runtime;
    if (!runtime) return { total: 0, rows: [] };
    const { items, total } = runtime.ledger.orders.list({ invoice: req.kind ?? 'any', search: req.search, limit: req.limit, offset: req.offset, sort: 'updated-desc' });
    return { total, rows: items.flatMap((row) => invoiceRowOf(row, runtime.outbox) ?? []) };
  }

  /** Queues the invoice's mail again and sends it now (a new copy when the first was delivered). */
  async resendMail(req: Request<'invoices.resendMail'>): Promise<Response<'invoices.resendMail'>> {
    const runtime = this.ctx.requireRuntime();
    const orderId = this.mailOrder(req.number);
    this.outboxAction(req.number, () => runtime.outbox.confirmResend(req.number, BY_APP));
    await translated(this.ctx.language(), () => this.loop.exclusive(() => runtime.processMail()));
    this.loop.afterChange(runtime);
    return { mailStatus: mailStatusOf(runtime.outbox, orderId) };
  }

  /** The owner saw that the mail went out (or delivered the invoice another way): never sent by us again. */
  async markMailSent(req: Request<'invoices.markMailSent'>): Promise<Response<'invoices.markMailSent'>> {
    const runtime = this.ctx.requireRuntime();
    const orderId = this.mailOrder(req.number);
    this.outboxAction(req.number, () => runtime.outbox.markSentManually(req.number, BY_APP));
    this.loop.afterChange(runtime);
    return { mailStatus: mailStatusOf(runtime.outbox, orderId) };
  }

  /** The order whose invoice mail this is; an error the owner understands when LedgerBridge does not mail it. */
  private mailOrder(invoiceNumber: number): string {
    const row = this.ctx.requireRuntime().outbox.get(invoiceNumber);
    if (!row) throw serviceError(SERVICE_CODES.invoiceNotMailed, this.ctx.language(), { invoiceNumber });
    return row.orderId;
  }

  private outboxAction(invoiceNumber: number, action: () => unknown): void {
    try {
      action();
    } catch (error) {
      if (error instanceof OutboxStateError) throw serviceError(SERVICE_CODES.mailBeingSent, this.ctx.language(), { invoiceNumber });
      throw error;
    }
  }
}
