import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previewOrders, type DayPreview, type DryRunEntry } from '../operations/dry-run';
import { describe as describeProblem } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import type { PlannedInvoice } from '../engine/plan/types';
import { Runtime } from '../runtime/runtime';
import { ConfigStore } from '../settings';
import type { NormalizedOrder } from '../../shared/domain/order';
import { dec, money } from '../../shared/domain/money';
import type { Request, Response } from '../../shared/ipc/contract';
import type { DryRunInvoice, DryRunLine } from '../../shared/ipc/schemas/operations';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError, translated } from './errors';
import type { WizardArea } from './wizard';

const ACTIONS: Record<DryRunEntry['outcome'], DryRunInvoice['action']> = {
  invoice: 'draft',
  'skipped-by-rule': 'skip',
  'held-for-review': 'hold',
  blocked: 'hold',
};

/**
 * The wizard's dry run: the exact e-conomic invoices the next orders would become.
 * Before the profile is saved, the wizard's answers are written as a profile into a
 * throw-away data dir and the engine previews from there (reading the shop and
 * e-conomic, writing nothing).
 */
export class DryRunArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  async run(req: Request<'sync.dryRun'>): Promise<Response<'sync.dryRun'>> {
    const lang = this.ctx.language();
    const runtime = this.wizard.setupRuntime();
    if (runtime) return translated(lang, () => this.preview(runtime, req.limit), { platform: runtime.profile.shop.platform });
    return this.withAnswersRuntime((temp) => translated(lang, () => this.preview(temp, req.limit), { platform: temp.profile.shop.platform }));
  }

  /**
   * Runs `work` on an engine opened on the wizard's answers as a profile, in a throw-away
   * data dir (it reads the shop and e-conomic with the keys in the keychain, writes
   * nothing). Fails with the answers still missing when they do not make a profile yet.
   */
  async withAnswersRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
    const lang = this.ctx.language();
    const parsed = this.wizard.answersAsProfile();
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.') || '(profile)'))].join(', ');
      throw serviceError(SERVICE_CODES.dryRunNeedsAnswers, lang, { missing: fields });
    }
    const dir = mkdtempSync(join(tmpdir(), 'ledgerbridge-dry-run-'));
    try {
      new ConfigStore(dir).saveProfile(parsed.data);
      const temp = await Runtime.open({ dataDir: dir, secrets: this.ctx.secrets, clock: this.ctx.clock, env: this.ctx.options.env, lock: false, economicClientOptions: this.ctx.options.economicClientOptions });
      try {
        return await work(temp);
      } finally {
        temp.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async preview(runtime: Runtime, limit: number): Promise<Response<'sync.dryRun'>> {
    const result = await previewOrders(runtime, limit, this.ctx.language());
    const shop = await runtime.shop();
    const invoices: DryRunInvoice[] = [];
    for (const entry of result.entries) {
      // An order that goes into a day summary is shown as part of its day's invoice below.
      if (entry.day) continue;
      // Entries without an invoice carry only ids; the order itself gives date, buyer and total.
      const order = entry.invoice ? null : await shop.getOrder(entry.orderId).catch(() => null);
      invoices.push(toDryRunInvoice(entry, runtime, order));
    }
    for (const day of result.days) invoices.push(dayAsDryRunInvoice(day, runtime, this.ctx.language()));
    return { invoices };
  }
}

/** A previewed order as the UI shows it; `fetched` gives date, buyer and total of an order that would not become an invoice. */
export function toDryRunInvoice(entry: DryRunEntry, runtime: Runtime, fetched: NormalizedOrder | null): DryRunInvoice {
  const { profile } = runtime;
  const problems = entry.problems.map((p) => ({ code: p.code, message: p.message, fix: p.fix }));
  const ruleDecision = entry.decision.matched.length > 0 ? entry.decision.matched.map((m) => m.name).join(', ') : null;
  const invoice = entry.invoice;
  if (invoice) {
    return {
      orderId: entry.orderId,
      orderNumber: entry.orderNumber,
      orderDate: invoice.date,
      customer: { number: customerNumber(invoice), name: invoice.recipient.name },
      currency: invoice.currency,
      layoutNumber: invoice.layoutNumber,
      paymentTermsNumber: invoice.paymentTermsNumber,
      lines: invoice.lines.map(toLine),
      netAmount: money(invoice.predicted.net),
      vatAmount: money(invoice.predicted.vat),
      grossAmount: money(invoice.predicted.gross),
      shopTotal: money(invoice.shopTotal),
      roundingAmount: money(invoice.predicted.rounding),
      action: entry.wouldBook ? 'book' : 'draft',
      ruleDecision,
      problems,
    };
  }
  const order = fetched?.order;
  const billing = order?.billing;
  return {
    orderId: entry.orderId,
    orderNumber: entry.orderNumber,
    orderDate: order?.dates.created ?? '',
    customer: { number: null, name: billing ? billing.company || billing.name : '' },
    currency: order?.currency ?? '',
    layoutNumber: entry.decision.layoutNumber ?? profile.layoutNumber,
    paymentTermsNumber: entry.decision.paymentTermsNumber ?? profile.paymentTermsNumber,
    lines: [],
    netAmount: '0.00',
    vatAmount: '0.00',
    grossAmount: '0.00',
    shopTotal: order ? money(order.totals.total) : '0.00',
    roundingAmount: '0.00',
    action: ACTIONS[entry.outcome],
    ruleDecision,
    problems,
  };
}

/**
 * A day summary (postingUnit "day") as the UI's dry run shows it: the day's invoice, booked on
 * the first sync after the day has closed (or left as a draft before automatic posting) — or,
 * in journal mode, the finance voucher it becomes, left in the journal for the accountant.
 */
export function dayAsDryRunInvoice(day: DayPreview, runtime: Runtime, lang: Lang): DryRunInvoice {
  const problems = day.problem ? [describeProblem(day.problem.code as never, day.problem.params as never, lang)].map((d) => ({ code: d.code, message: d.message, fix: d.fix })) : [];
  if (day.voucher) return dayVoucherAsDryRunInvoice(day, day.voucher, runtime, problems);
  const invoice = day.invoice;
  return {
    orderId: `day:${day.date}:${day.currency}:${day.zone}`,
    orderNumber: invoice?.orderNumber ?? '',
    orderDate: day.date,
    customer: { number: invoice ? customerNumber(invoice) : null, name: invoice?.recipient.name ?? '' },
    currency: day.currency,
    layoutNumber: invoice?.layoutNumber ?? runtime.profile.layoutNumber,
    paymentTermsNumber: invoice?.paymentTermsNumber ?? runtime.profile.paymentTermsNumber,
    lines: invoice?.lines.map(toLine) ?? [],
    netAmount: money(invoice?.predicted.net ?? '0'),
    vatAmount: money(invoice?.predicted.vat ?? '0'),
    grossAmount: money(invoice?.predicted.gross ?? '0'),
    shopTotal: money(day.gross),
    roundingAmount: money(invoice?.predicted.rounding ?? '0'),
    action: !invoice ? 'hold' : runtime.postingStatus().effectiveMode === 'automatic' ? 'book' : 'draft',
    ruleDecision: null,
    problems,
  };
}

/** A journal-mode day: its voucher's entries (no invoice lines); 'draft' — the accountant books the journal — unless a problem holds it. */
function dayVoucherAsDryRunInvoice(day: DayPreview, voucher: NonNullable<DayPreview['voucher']>, runtime: Runtime, problems: DryRunInvoice['problems']): DryRunInvoice {
  const { plan } = voucher;
  return {
    orderId: `day:${day.date}:${day.currency}:${day.zone}`,
    orderNumber: plan.range,
    orderDate: day.date,
    customer: { number: null, name: '' },
    currency: day.currency,
    layoutNumber: runtime.profile.layoutNumber,
    paymentTermsNumber: runtime.profile.paymentTermsNumber,
    lines: [],
    netAmount: money(dec(plan.gross).minus(dec(plan.vat))),
    vatAmount: money(plan.vat),
    grossAmount: money(plan.gross),
    shopTotal: money(day.gross),
    roundingAmount: '0.00',
    action: problems.length > 0 ? 'hold' : 'draft',
    ruleDecision: null,
    problems,
    voucher: {
      journalNumber: voucher.journalNumber,
      entries: voucher.entries.map((e) => ({
        paymentMethod: e.methodTitle,
        account: { number: e.clearingAccountNumber, name: e.clearingAccountName },
        contraAccount: { number: e.revenue.accountNumber, name: e.salesAccountName },
        vatCode: e.revenue.vatCode,
        amount: e.amount,
        vatAmount: e.vat,
        text: e.text,
      })),
    },
  };
}

function customerNumber(invoice: PlannedInvoice): number | null {
  return invoice.customer.mode === 'fixed' ? invoice.customer.customerNumber : invoice.customer.customerNumber;
}

/** Line amounts as e-conomic computes them per line (its own totals still decide, see docs/architecture.md, "What e-conomic does not document"). */
function toLine(line: PlannedInvoice['lines'][number]): DryRunLine {
  const net = dec(line.quantity).times(dec(line.unitNetPrice));
  const vat = net.times(dec(line.expectedVatRate)).dividedBy(100);
  return {
    productNumber: line.productNumber,
    description: line.description,
    quantity: line.quantity,
    unitNetPrice: money(line.unitNetPrice),
    vatRate: line.expectedVatRate,
    netAmount: money(net),
    vatAmount: money(vat),
    rounding: line.source === 'rounding',
  };
}
