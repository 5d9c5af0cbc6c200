import { previewOrders, type DayPreview, type DryRunEntry } from '../operations/dry-run';
import type { Lang } from '../../shared/i18n/lang';
import type { OrderRow as LedgerOrder } from '../ledger/orders';
import { describe } from '../../shared/errors';
import type { Response } from '../../shared/ipc/contract';
import type { NextUp } from '../../shared/ipc/schemas/operations';
import type { ServiceContext } from './context';
import { REASON } from '../engine/reasons';
import { ShopError } from '../connectors/shops/types';
import { classifyError } from '../runtime/classify-error';

/** How many orders the overview's "next up" lists. */
const NEXT_UP_LIMIT = 10;

type Entry = NextUp['orders'][number];
type NextUpDay = NonNullable<NextUp['days']>[number];

/**
 * What the next sync will do: orders waiting in the shop (previewed exactly as a dry
 * run would, reading only), drafts automatic posting will book, and retries that are
 * due. Without the shop (offline), the ledger's part is still shown.
 */
export class NextUpArea {
  constructor(private readonly ctx: ServiceContext) {}

  async get(): Promise<Response<'dashboard.nextUp'>> {
    const runtime = this.ctx.runtime;
    const at = this.ctx.clock().toISOString();
    if (!runtime) return { at, orders: [], shopUnavailable: false };
    const lang = this.ctx.language();
    const fromLedger: Entry[] = [];
    if (runtime.postingStatus().effectiveMode === 'automatic') {
      const waiting = runtime.ledger.orders.list({ states: ['held'], limit: NEXT_UP_LIMIT * 10 }).items.filter((r) => r.reasonCode === REASON.awaitingManualBooking);
      fromLedger.push(...waiting.map((r) => entryOf(r, 'book', null)));
    }
    for (const r of runtime.ledger.orders.dueForRetry(runtime.clock())) fromLedger.push(entryOf(r, 'retry', r.reasonCode ? describe(r.reasonCode, {}, lang).title : null));

    let fromShop: Entry[] = [];
    let days: NextUpDay[] | undefined;
    let shopUnavailable = false;
    let problem: NextUp['problem'];
    try {
      const preview = await previewOrders(runtime, NEXT_UP_LIMIT, lang);
      // postingUnit "day": an order going into a day is shown as part of its day, not as an invoice of its own.
      fromShop = preview.entries.filter((e) => !(e.day && e.outcome === 'invoice')).map((e) => previewEntry(e));
      if (runtime.profile.postingUnit === 'day') {
        const written = runtime.profile.dayBooking === 'journal' ? 'journal' : runtime.postingStatus().effectiveMode === 'automatic' ? 'book' : 'draft';
        days = preview.days.map((d) => dayEntry(d, written, lang));
      }
    } catch (error) {
      // The preview reads the shop and e-conomic; when it cannot be made, the ledger still knows its
      // part, and the owner is told which of them failed and how to fix it, as everywhere else.
      const judged = classifyError(error, { lang, platform: runtime.profile.shop.platform }).problem;
      if (judged) {
        const d = describe(judged.code, judged.params, lang);
        problem = { code: d.code, message: d.message, fix: d.fix, places: d.places };
      }
      // The general note is for the shop's own failures and for a failure the catalogue has no problem for.
      shopUnavailable = error instanceof ShopError || !judged;
    }
    const seen = new Set<string>();
    const orders = [...fromShop, ...fromLedger].filter((e) => !seen.has(e.orderNumber) && seen.add(e.orderNumber)).slice(0, NEXT_UP_LIMIT);
    return { at, orders, shopUnavailable, ...(problem ? { problem } : {}), ...(days ? { days } : {}) };
  }
}

/**
 * A day summary as "next up" shows it: written at the next sync — booked, left as a draft, or
 * (days booked as journal vouchers) left in the journal for the accountant whatever the posting
 * mode —, still collecting, or why not.
 */
function dayEntry(d: DayPreview, written: 'book' | 'draft' | 'journal', lang: Lang): NextUpDay {
  const base = { date: d.date, currency: d.currency, orders: d.orders, gross: d.gross };
  if (d.problem) return { ...base, status: d.problem.code === REASON.dayWaitsForOrders ? 'waiting' : 'blocked', reason: describe(d.problem.code as never, d.problem.params as never, lang).title };
  if (!d.closed) return { ...base, status: 'collecting', reason: null };
  return { ...base, status: written, reason: null };
}

function customerOf(row: LedgerOrder): string {
  const b = row.order?.billing;
  return b ? b.company || b.name || b.email || '' : '';
}

function entryOf(row: LedgerOrder, action: Entry['action'], reason: string | null): Entry {
  return { orderNumber: row.number, customer: customerOf(row), total: row.total, currency: row.currency, action, reason };
}

function previewEntry(e: DryRunEntry): Entry {
  const base = { orderNumber: e.orderNumber, customer: e.customer, total: e.total, currency: e.currency };
  const rule = e.decision.matched.map((m) => m.name).join(', ') || null;
  switch (e.outcome) {
    case 'invoice':
      return { ...base, action: e.wouldBook ? 'book' : 'draft', reason: e.wouldBook ? null : rule };
    case 'skipped-by-rule':
      return { ...base, action: 'skip', reason: rule };
    case 'held-for-review':
      return { ...base, action: 'approval', reason: rule };
    case 'blocked':
      return { ...base, action: 'blocked', reason: e.problems.find((p) => p.blocks)?.title ?? null };
  }
}
