import { dec, money, type Dec } from '../../shared/domain/money';
import { nextDate } from '../../shared/domain/local-day';
import type { NormalizedOrder } from '../../shared/domain/order';
import { CODES, describe as describeProblem } from '../../shared/errors';
import { openAccountingYearOf } from '../connectors/economic/accounting-years';
import { checkEligibility } from '../engine/eligibility';
import { planInvoice, PlanError } from '../engine/plan/plan-invoice';
import { danishDate } from '../engine/plan/text';
import { EconomicReference } from '../engine/reference-data';
import { decideRules } from '../engine/rules';
import type { Runtime } from '../runtime/runtime';
import type { SyncSummary } from '../engine/cycle';
import { blockingProblemsFor } from '../engine/validate';
import { withheldDetailsNeeded } from '../engine/withheld-customer-data';
import { dayZoneOf, needsOwnInvoice } from '../engine/days/placement';
import { previewDayOf } from '../engine/days/preview-days';
import { IMPORT_WORDS } from '../../shared/i18n/import-words';
import type { Lang } from '../../shared/i18n/lang';

/** The orders stream's watermark name in the ledger (engine/cycle.ts). */
const STREAM = 'orders';

export interface ImportPreview {
  from: string;
  /** Orders since `from` that reached a transfer stage. */
  total: number;
  /** Of those, how many would become invoices. */
  wouldTransfer: number;
  /** Already transferred (drafted, booked, held or skipped earlier); the import leaves them alone. */
  alreadyHandled: number;
  /** Would be skipped or held for review by a rule. */
  keptByRules: number;
  /** Would stop with a problem the owner must fix first, with the reason. */
  wouldFail: Array<{ orderId: string; number: string; code: string; message: string }>;
  /**
   * With postingUnit "day": of the orders that would transfer, how many go into day summaries
   * and how many day invoices (per day, currency and VAT zone) they make; the rest keep an
   * invoice of their own (business buyers, rules), and what the day invoices come to per
   * currency. Null when the profile books per order.
   */
  days: { orders: number; invoices: number; totals: Array<{ currency: string; gross: string }> } | null;
  /** Why the shop will not show all orders since `from` (Shopify without read_all_orders), or null. */
  warning: ImportWarning | null;
}

/** A catalogue problem the owner should read before an import starts, in the owner's language. */
export interface ImportWarning {
  code: string;
  title: string;
  message: string;
  fix: string;
}

export type ImportState = 'running' | 'paused' | 'done';

/** The import's progress, kept in the ledger's kv as `import:<profile>` so it survives restarts. */
export interface ImportProgress {
  from: string;
  state: ImportState;
  processed: number;
  total: number;
  /** Why it paused: the owner paused it, or the day's fair-use budget is used up. */
  pausedBecause: 'paused' | 'budget-exhausted' | null;
  startedAt: string;
  updatedAt: string;
}

export interface ImportSummary extends ImportProgress {
  /** What the sync cycles of this run did. */
  sync: SyncSummary | null;
}

export interface RunImportOptions {
  from: string;
  onProgress?: (p: { processed: number; total: number }) => void;
  /** Aborting pauses the import after the page in hand; run again to resume. */
  signal?: AbortSignal;
}

const HANDLED = new Set(['drafted', 'booked', 'done', 'held', 'skipped']);

export function importKey(profileName: string): string {
  return `import:${profileName}`;
}

/** The stored progress of the profile's import, if one was ever started. */
export function importProgress(runtime: Runtime): ImportProgress | null {
  return runtime.ledger.kv.get<ImportProgress>(importKey(runtime.profile.name)) ?? null;
}

function checkFrom(from: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(`${from}T00:00:00Z`))) throw new RangeError(`--from must be a date like 2026-01-31, got "${from}"`);
  return from;
}

/** The instant the Danish calendar day `from` begins (orders are dated in Danish time). */
export function startOfDanishDay(from: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const at = new Date(`${from}T00:00:00${offset}`);
    if (danishDate(at.toISOString()) === from && danishDate(new Date(at.getTime() - 1).toISOString()) < from) return at.toISOString();
  }
  return new Date(`${from}T00:00:00Z`).toISOString();
}

/**
 * Warns when the import reaches back further than the shop shows this app orders: Shopify
 * without `read_all_orders` silently returns only the last 60 days, so the older orders would
 * simply be missing from an import that looks complete.
 */
export async function importWindowWarning(runtime: Runtime, options: { from: string; lang?: Lang }): Promise<ImportWarning | null> {
  const from = checkFrom(options.from);
  const shop = await runtime.shop();
  const oldest = (await shop.oldestVisibleOrder?.(runtime.clock())) ?? null;
  if (!oldest || startOfDanishDay(from) >= oldest.toISOString()) return null;
  // The first Danish day the shop shows whole: the one `oldest` falls in if it begins right there,
  // else the next. Not the Danish date 24 hours after `oldest`: across a change of the clocks,
  // between 22:00 and 23:00 UTC, that is the day `oldest` falls in (autumn) or skips a whole one (spring).
  const oldestDay = danishDate(oldest.toISOString());
  const firstWholeDay = startOfDanishDay(oldestDay) >= oldest.toISOString() ? oldestDay : nextDate(oldestDay);
  const code = CODES.shopOrdersOlderThan60DaysHidden;
  const d = describeProblem(code, { from, oldest: firstWholeDay }, options.lang ?? runtime.profile.language);
  return { code, title: d.title, message: d.message, fix: d.fix };
}

/**
 * The validating dry run before an import: every order since `from` that reached a
 * transfer stage is checked against the integration's requirements and planned, exactly
 * as the sync would, and nothing is written anywhere (shop and e-conomic are only read).
 */
export async function importPreview(runtime: Runtime, options: { from: string; lang?: Lang }): Promise<ImportPreview> {
  const from = checkFrom(options.from);
  const lang = options.lang ?? runtime.profile.language;
  const { profile, ledger } = runtime;
  const economic = await runtime.economic();
  const [reference, years] = await Promise.all([EconomicReference.load(economic, runtime.profile), economic.accountingYears()]);
  const shop = await runtime.shop();
  const preview: ImportPreview = { from, total: 0, wouldTransfer: 0, alreadyHandled: 0, keptByRules: 0, wouldFail: [], days: null, warning: await importWindowWarning(runtime, { from, lang }) };
  const dayInvoices = new Set<string>();
  let intoDays = 0;
  const dayTotals = new Map<string, Dec>();
  const fail = (order: NormalizedOrder['order'], code: string, params: Record<string, unknown>) => {
    const d = describeProblem(code as never, params as never, lang);
    preview.wouldFail.push({ orderId: order.id, number: order.number, code, message: d.message });
  };

  for await (const page of shop.pollChanged(startOfDanishDay(from))) {
    for (const { order, findings } of page.orders) {
      if (!checkEligibility(order, profile.orderStages).eligible) continue;
      preview.total++;
      const row = ledger.orders.get(order.id);
      if (row && HANDLED.has(row.state)) {
        preview.alreadyHandled++;
        continue;
      }
      const problems = blockingProblemsFor({ order, findings }, profile, reference);
      if (problems.length > 0) {
        fail(order, problems[0].code, problems[0].params ?? {});
        continue;
      }
      const decision = decideRules(order, profile.rules);
      if (decision.skip || decision.holdForReview) {
        preview.keptByRules++;
        continue;
      }
      // Would wait for the buyer's details the shop withholds (Shopify without protected-customer-data approval).
      if (withheldDetailsNeeded(order, profile, decision.customerNumber).length > 0) {
        fail(order, CODES.shopCustomerDataWithheld, {});
        continue;
      }
      try {
        const plan = planInvoice(order, { profile, decision, knownProducts: reference.productNumbers, buyerCustomerNumber: null, ossProductGroups: reference.ossProductGroups });
        // Old orders are the ones whose accounting year is closed, or was never created.
        if (!openAccountingYearOf(years, plan.date)) {
          fail(order, 'LB-3002', { orderNumber: order.number, date: plan.date });
          continue;
        }
        preview.wouldTransfer++;
        if (profile.postingUnit === 'day' && !needsOwnInvoice(order, decision)) {
          intoDays++;
          dayTotals.set(order.currency, (dayTotals.get(order.currency) ?? dec(0)).plus(dec(order.totals.total)));
          dayInvoices.add(`${previewDayOf(runtime, order, runtime.clock())}|${order.currency}|${dayZoneOf(order, profile)}`);
        }
      } catch (error) {
        if (!(error instanceof PlanError)) throw error;
        fail(order, error.code === 'missing-sku' ? 'LB-1001' : 'LB-2004', { orderNumber: order.number, ...error.params });
      }
    }
  }
  if (profile.postingUnit === 'day') {
    const totals = [...dayTotals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, gross]) => ({ currency, gross: money(gross) }));
    preview.days = { orders: intoDays, invoices: dayInvoices.size, totals };
  }
  return preview;
}

/** Orders of the import the ledger has recorded so far. */
function processedSince(runtime: Runtime, fromIso: string): number {
  const row = runtime.ledger.db.prepare('SELECT COUNT(*) AS n FROM orders WHERE modified >= ?').get(fromIso) as { n: number };
  return row.n;
}

function budgetExhausted(runtime: Runtime): boolean {
  return runtime.callsLast24h() >= runtime.profile.economic.dailyCallBudget;
}

async function countOrders(runtime: Runtime, fromIso: string, signal?: AbortSignal): Promise<number> {
  let total = 0;
  for await (const page of (await runtime.shop()).pollChanged(fromIso, { signal })) total += page.orders.length;
  return total;
}

/**
 * Imports the shop's orders since `from` through the normal sync (with postingUnit "day" the
 * orders go into the days they were sold, and the days that have closed are booked as days at
 * the end of the run — not while an import is paused, as the rest of a day may be unread): the first run moves the
 * order watermark back to `from` (and records `sync.importFrom` in the profile), then runs
 * sync cycles; the cycle's own watermark makes the import resumable page by page. Progress
 * is kept in the ledger, so a paused (AbortSignal), budget-stopped or crashed import
 * continues where it was when run again with the same date.
 */
export async function runImport(runtime: Runtime, options: RunImportOptions): Promise<ImportSummary> {
  const from = checkFrom(options.from);
  const fromIso = startOfDanishDay(from);
  const key = importKey(runtime.profile.name);
  const now = () => runtime.clock().toISOString();
  const earlier = importProgress(runtime);
  const resuming = earlier !== null && earlier.from === from && earlier.state !== 'done';

  let progress: ImportProgress;
  if (resuming) {
    progress = { ...earlier, state: 'running', pausedBecause: null, updatedAt: now() };
  } else {
    const total = await countOrders(runtime, fromIso, options.signal);
    runtime.saveProfile({ ...runtime.profile, sync: { ...runtime.profile.sync, importFrom: fromIso } });
    runtime.ledger.watermarks.set(runtime.profile.name, STREAM, fromIso);
    progress = { from, state: 'running', processed: 0, total, pausedBecause: null, startedAt: now(), updatedAt: now() };
  }
  const save = () => runtime.ledger.kv.set(key, progress);
  const report = () => {
    progress.processed = Math.min(progress.total, processedSince(runtime, fromIso));
    progress.updatedAt = now();
    save();
    options.onProgress?.({ processed: progress.processed, total: progress.total });
  };
  save();

  // Our own stop: the caller's pause, or the fair-use budget running out mid-import.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let stoppedByBudget = false;
  let sync: SyncSummary | null = null;
  try {
    if (!options.signal?.aborted && !budgetExhausted(runtime)) {
      sync = await runtime.syncOnce({
        signal: stop.signal,
        onProgress: () => {
          report();
          if (budgetExhausted(runtime)) {
            stoppedByBudget = true;
            stop.abort();
          }
        },
      });
    } else if (!options.signal?.aborted) {
      stoppedByBudget = true;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }

  report();
  if (stop.signal.aborted || stoppedByBudget || options.signal?.aborted) {
    progress.state = 'paused';
    progress.pausedBecause = stoppedByBudget ? 'budget-exhausted' : 'paused';
  } else {
    progress.state = 'done';
    progress.processed = progress.total = Math.max(progress.total, progress.processed);
  }
  progress.updatedAt = now();
  save();
  options.onProgress?.({ processed: progress.processed, total: progress.total });
  return { ...progress, sync };
}

/** `[#####.....] 2500/5000 ordrer` — the CLI's progress line. */
export function progressBar(p: { processed: number; total: number }, lang: Lang = 'da', width = 10): string {
  const share = p.total > 0 ? Math.min(1, p.processed / p.total) : 1;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.processed}/${p.total} ${IMPORT_WORDS[lang].ordersOfTotal}`;
}
