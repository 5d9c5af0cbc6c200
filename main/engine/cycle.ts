import { createHash } from 'node:crypto';
import type { NormalizedOrder, Order } from '../../shared/domain/order';
import type { ShopConnector } from '../connectors/shops/types';
import type { AccountingYear } from '../connectors/economic/types';
import type { EngineContext } from './context';
import type { Profile } from '../../shared/profile/schema';
import { describe as describeProblem } from '../../shared/errors';
import { detectManualBookings } from './manual-bookings';
import { noteWithheldCustomerData, rereadWaitingOrders } from './withheld-customer-data';
import { runPool, WorkQueue } from './pool';
import { recoverInFlight } from './recover-in-flight';
import { REASON } from './reasons';
import { crashPoint } from './crash-points';
import { recordSeenPage } from './record-seen';
import { RestoreReconciliation } from './after-restore';
import { InvoicedElsewhere } from './invoiced-elsewhere';
import { bookHeldDraft, transferOrder, type TransferOutcome } from './transfer';
import { bookDays } from './days/book-days';
import { requeueWhenYearOpens } from './year-opened';
import { placeRefunds } from './days/placement';

export interface SyncSummary {
  fetched: number;
  eligible: number;
  drafted: number;
  booked: number;
  held: number;
  skipped: number;
  failed: number;
  mailed: number;
  creditNotes: number;
  paymentsRegistered: number;
  /** Days booked as daily summaries (postingUnit "day"), and days left as drafts for the owner. */
  daysBooked: number;
  daysHeld: number;
  apiCalls: number;
}

export interface CycleOptions {
  shop: ShopConnector;
  /** Sends due invoice mails; returns how many were sent. */
  processMail?: () => Promise<number>;
  onProgress?: (p: { fetched: number; processed: number }) => void;
  signal?: AbortSignal;
  /**
   * Looks up writes a crash left unfinished in e-conomic, by order reference, before
   * anything is redone (default: recoverInFlight). The reliability tests pass a no-op to
   * show that the Idempotency-Keys and the journal alone also prevent a second write.
   */
  recoverInFlight?: (ctx: EngineContext) => Promise<unknown>;
}

const PENDING_STATES = ['eligible', 'drafted', 'booked'] as const;

/**
 * How many orders a sync keeps going at once: twice the e-conomic calls allowed at once (the
 * client's limiter still holds the calls to that). An order between two calls — committing its
 * journal row, planning, checking totals — would otherwise leave a call slot empty each time;
 * with a second order waiting for every slot, the slots stay busy while e-conomic answers slowly.
 * After a crash the few more journal rows begun before their call are looked up like any other.
 */
export function ordersInFlight(callSlots: number): number {
  return callSlots * 2;
}

/**
 * Where a poll starts: the watermark minus the overlap window; before the first sync,
 * `sync.importFrom` or else the last 24 hours — a new installation must not book years of
 * old orders by surprise (earlier orders come in through `ledgerbridge import`).
 */
export function pollSince(profile: Profile, watermark: string | null, now: Date): string {
  if (watermark) return new Date(new Date(watermark).getTime() - profile.sync.overlapMinutes * 60_000).toISOString();
  if (profile.sync.importFrom) return new Date(profile.sync.importFrom).toISOString();
  return new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
}
const STREAM = 'orders';

/** A shop page whose orders are queued: done when they all are; its watermark is set then. */
interface PageInFlight {
  done: Promise<void>;
  watermark: string | null | undefined;
  /** An order of it was not handled because the run was stopped. */
  passedOver: boolean;
}

function tally(summary: SyncSummary, outcome: TransferOutcome): void {
  switch (outcome) {
    case 'booked':
      summary.eligible++;
      summary.drafted++;
      summary.booked++;
      break;
    case 'held':
      summary.eligible++;
      summary.held++;
      break;
    case 'held-as-draft':
      summary.eligible++;
      summary.drafted++;
      summary.held++;
      break;
    case 'drafted':
      summary.eligible++;
      summary.drafted++;
      break;
    case 'in-day':
      summary.eligible++;
      break;
    case 'skipped':
      summary.skipped++;
      break;
    case 'failed':
    case 'needs-attention':
      summary.eligible++;
      summary.failed++;
      break;
    default:
      break;
  }
}

/**
 * One sync cycle: recover unfinished writes, poll the shop since the watermark minus
 * the overlap, move every changed order along, pick up work a crash left behind and
 * retries that are due, notice drafts booked by hand, and send due invoice mails.
 */
export async function runCycle(ctx: EngineContext, options: CycleOptions): Promise<SyncSummary> {
  const callsBefore = ctx.client.stats.calls;
  const summary: SyncSummary = { fetched: 0, eligible: 0, drafted: 0, booked: 0, held: 0, skipped: 0, failed: 0, mailed: 0, creditNotes: 0, paymentsRegistered: 0, daysBooked: 0, daysHeld: 0, apiCalls: 0 };
  // After `ledgerbridge restore`: what was booked since the backup is looked up before anything is written.
  const restored = RestoreReconciliation.begin(ctx);
  // The orders in flight share their commits (ledger/group-commit.ts); every e-conomic call still waits for its journal row to be on disk.
  await ctx.ledger.grouped(() => moveOrders(ctx, options, summary, restored));
  // The run's bookings are committed; their mails (invoices, the accountant's order lists) not yet sent.
  crashPoint('before-mail-sent');
  // Mail only once that is committed: an outbox row is claimed on disk before its SMTP send.
  if (options.processMail) summary.mailed = await options.processMail();
  if (!options.signal?.aborted) restored?.finish();
  summary.apiCalls = ctx.client.stats.calls - callsBefore;
  ctx.ledger.kv.set('lastSync', { at: ctx.clock().toISOString(), summary });
  return summary;
}

async function moveOrders(ctx: EngineContext, options: CycleOptions, summary: SyncSummary, restored: RestoreReconciliation | null): Promise<void> {
  const { ledger, profile } = ctx;
  const inFlight = ordersInFlight(profile.economic.concurrency);
  const done = new Set<string>();
  // Unless a restore is being reconciled, each poll page is checked for orders another LedgerBridge already invoiced.
  const elsewhere = restored ? null : new InvoicedElsewhere(ctx);

  // The agreement's accounting years, read at most once per sync, by what needs them.
  let years: Promise<AccountingYear[]> | null = null;
  const accountingYears = () => (years ??= ctx.client.accountingYears());

  const handle = async (normalized: NormalizedOrder): Promise<void> => {
    if (options.signal?.aborted) return;
    const { order } = normalized;
    done.add(order.id);
    await restored?.check(order);
    const outcome = await transferOrder(ctx, normalized, accountingYears);
    tally(summary, outcome);
  };

  if (ledger.operations.allOpen().length > 0) await (options.recoverInFlight ?? recoverInFlight)(ctx);
  await restored?.checkLedger();
  requeueAfterProfileChange(ctx);
  await requeueWhenYearOpens(ctx, accountingYears);

  const watermark = ledger.watermarks.get(profile.name, STREAM);
  const since = pollSince(profile, watermark, ctx.clock());
  const withheld = new Set<string>();
  let ordersRead = 0;
  // The pages overlap: the next page is fetched, recorded and checked while this page's last
  // orders are still in flight, so the call slots do not drain at each page end.
  // Orders queued and not yet through.
  const unfinished = new Set<string>();
  const queue = new WorkQueue<{ normalized: NormalizedOrder; page: PageInFlight }>(inFlight, async ({ normalized, page }) => {
    try {
      if (options.signal?.aborted) page.passedOver = true;
      else await handle(normalized);
    } finally {
      unfinished.delete(normalized.order.id);
    }
  });
  // A page is finished when all its orders are through: only then may the watermark pass it —
  // not when an order of it was passed over because the run was stopped (an import paused
  // mid-page picks those up again from the watermark before the page), nor any page after it.
  let advancing = true;
  const finishPage = async (page: PageInFlight): Promise<void> => {
    await page.done;
    advancing &&= !page.passedOver;
    if (advancing && page.watermark && (!watermark || page.watermark > (ledger.watermarks.get(profile.name, STREAM) ?? ''))) {
      ledger.watermarks.set(profile.name, STREAM, page.watermark);
      crashPoint('after-watermark');
    }
    options.onProgress?.({ fetched: summary.fetched, processed: done.size });
  };
  let previous: PageInFlight | null = null;
  for await (const page of options.shop.pollChanged(since, { signal: options.signal })) {
    // An order changed during the sync can come again on a later page while its earlier version
    // is still in flight: then the page before is finished first, as without overlap.
    if (previous && page.orders.some((n) => unfinished.has(n.order.id))) {
      await finishPage(previous);
      previous = null;
    }
    for (const field of page.withheldFields ?? []) withheld.add(field);
    ordersRead += page.orders.length;
    const work: NormalizedOrder[] = [];
    summary.fetched += page.orders.length;
    recordSeenPage(ledger, page.orders).forEach(({ state, act }, i) => {
      if (act || (PENDING_STATES as readonly string[]).includes(state) || state === 'seen') work.push(page.orders[i]);
    });
    crashPoint('after-record-seen');
    await elsewhere?.adopt(work.map((n) => n.order));
    for (const n of work) unfinished.add(n.order.id);
    const current: PageInFlight = { done: Promise.resolve(), watermark: page.watermark, passedOver: false };
    current.done = queue.add(work.map((normalized) => ({ normalized, page: current })));
    if (previous) await finishPage(previous);
    previous = current;
    // What is written so far is on disk before the next page is fetched: no write waits on the
    // shop uncommitted (the orders still in flight commit theirs before each call, as always).
    await ledger.durable();
    if (options.signal?.aborted) break;
  }
  if (previous) await finishPage(previous);
  await ledger.durable();
  if (withheld.size === 0) {
    const reread = await rereadWaitingOrders(ctx, options.shop, done, handle, options.signal);
    for (const detail of reread.withheld) withheld.add(detail);
    ordersRead += reread.ordersRead;
  }
  noteWithheldCustomerData(ctx, withheld, ordersRead);

  // Work left behind by a crash, and retries that are due, from the ledger's own copy.
  const leftovers = ledger.orders.list({ states: [...PENDING_STATES], limit: 100_000 }).items.filter((r) => !done.has(r.orderId));
  const due = ledger.orders.dueForRetry(ctx.clock()).filter((r) => !done.has(r.orderId));
  await runPool([...leftovers, ...due], inFlight, async (row) => {
    await handle({ order: row.order as Order, findings: (row.order as Order & { findings?: [] }).findings ?? [] });
  });

  summary.booked += await detectManualBookings(ctx);

  if (ctx.posting().effectiveMode === 'automatic') {
    const waiting = ledger.orders.list({ states: ['held'], limit: 100_000 }).items.filter((r) => r.reasonCode === REASON.awaitingManualBooking && r.draftNumber);
    await runPool(waiting, inFlight, async (row) => {
      if ((await bookHeldDraft(ctx, row)) === 'booked') summary.booked++;
    });
  }

  summary.creditNotes = await creditPendingRefunds(ctx);
  // After the orders and refunds, so a day's last order and refund are in before it is booked;
  // not in a stopped run (a paused import): the rest of a day's orders may not be read yet.
  if (!options.signal?.aborted) {
    const days = await bookDays(ctx);
    summary.daysBooked = days.booked;
    summary.daysHeld = days.held;
  }
  summary.paymentsRegistered = (await ctx.moneyFlows.postPendingPayments()).posted;
  elsewhere?.finish();
}

/**
 * Refunds and cancellations after booking become credit notes. Every booked order whose
 * refunds changed since the credit-note step last finished with it is handed on — whether
 * the change came with the order's status or alone (a partial refund leaves a WooCommerce
 * order `completed`), in this run or in one that was killed before it got here, and also
 * when the order was booked after it was refunded. The order stays pending until every
 * refund is settled (credited, or waiting for the owner), so a failed try is retried. The
 * refunds of an order in a daily summary go into the days they were made instead.
 */
async function creditPendingRefunds(ctx: EngineContext): Promise<number> {
  let created = 0;
  for (const row of ctx.ledger.orders.withPendingRefunds()) {
    if (!ctx.profile.refunds.creditNotes) {
      // Refunds made while credit notes are off are never credited later by surprise.
      ctx.ledger.orders.settleRefunds(row.orderId, row.refundsKey);
      continue;
    }
    if (ctx.ledger.days.entryOf(ctx.profile.name, 'order', row.orderId)) {
      // An order booked in a daily summary: its refunds are negative lines in the days they happen.
      placeRefunds(ctx.ledger, ctx.profile, row.order, ctx.clock());
      ctx.ledger.orders.settleRefunds(row.orderId, row.refundsKey);
      continue;
    }
    if (row.state === 'in-day') continue;
    const credited = await ctx.moneyFlows.creditRefunds(row.order);
    created += credited.created;
    if (credited.settled) ctx.ledger.orders.settleRefunds(row.orderId, row.refundsKey);
  }
  return created;
}

/**
 * When the consultant changed the profile (mapped a new payment method, a VAT rate, a
 * fallback product…), orders waiting for a person are tried again by themselves instead
 * of waiting for a manual retry.
 */
function requeueAfterProfileChange(ctx: EngineContext): void {
  const hash = createHash('sha256').update(JSON.stringify(ctx.profile)).digest('hex');
  const key = `profileHash:${ctx.profile.name}`;
  const previous = ctx.ledger.kv.get(key);
  if (previous === hash) return;
  ctx.ledger.transaction(() => {
    if (previous !== null) {
      for (const row of ctx.ledger.orders.list({ states: ['needs-attention'], limit: 100_000 }).items) {
        // A draft the owner deleted by hand is their decision, not something the profile fixes.
        if (row.reasonCode === REASON.draftGone) continue;
        ctx.ledger.orders.transition(row.orderId, row.draftNumber ? 'drafted' : 'eligible', { draftNumber: row.draftNumber, by: 'profile changed' });
      }
      // "Map this" prompts are asked again by the orders that still need them.
      for (const entry of ctx.log.openProblems(ctx.profile.name)) {
        if (!entry.orderId && describeProblem(entry.code, entry.params).mapThis) ctx.log.resolve(entry.id);
      }
    }
    ctx.ledger.kv.set(key, hash);
  });
}
