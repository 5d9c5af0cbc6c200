import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type ListQuery, type Ledger } from '../../main/ledger';
import { startOfDanishDay } from '../../main/operations/import';
import { nextDate } from '../../shared/domain/local-day';
import { round } from './calls-per-order';
import { buildLedger } from './memory';

export interface ScreensResult {
  ledgerOrders: number;
  /** The orders screen's first page: the newest 50 by their creation in the shop. */
  ordersPageMs: number;
  /** The same screen filtered to one Danish day (its from/to fields). */
  ordersDayMs: number;
  /** The dashboard's recent invoices: the 8 orders with an invoice changed last. */
  dashboardInvoicesMs: number;
  /** The orders screen searching a customer's name, which looks into every order's document. */
  searchMs: number;
}

/** Timed runs per query after one untimed; the median is reported. */
const RUNS = 5;

/**
 * How long the ledger takes to answer what the owner's everyday screens ask of it, over a
 * ledger of `ledgerOrders` booked orders (built as years of use leave it, memory.ts): the
 * queries as the services make them (OrdersService.query: no status, newest created first,
 * 50 a page; a from/to day as startOfDanishDay turns it into instants; DashboardService's
 * recent invoices), each the median of RUNS runs.
 */
export function measureScreens(ledgerOrders: number): ScreensResult {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-screens-'));
  try {
    buildLedger(dataDir, ledgerOrders, 'demo');
    const ledger = openLedger(dataDir);
    try {
      const newest = ledger.orders.list({ limit: 1, sort: 'created-desc' }).items[0];
      const day = newest.order.dates.created.slice(0, 10);
      const name = newest.order.billing.lastName || 'Jensen';
      return {
        ledgerOrders,
        ordersPageMs: medianMs(ledger, { limit: 50, offset: 0, sort: 'created-desc' }),
        ordersDayMs: medianMs(ledger, { createdFrom: startOfDanishDay(day), createdBefore: startOfDanishDay(nextDate(day)), limit: 50, offset: 0, sort: 'created-desc' }),
        dashboardInvoicesMs: medianMs(ledger, { invoice: 'any', limit: 8, sort: 'updated-desc' }),
        searchMs: medianMs(ledger, { search: name, limit: 50, offset: 0, sort: 'created-desc' }),
      };
    } finally {
      ledger.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function medianMs(ledger: Ledger, query: ListQuery): number {
  ledger.orders.list(query);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    ledger.orders.list(query);
    times.push(performance.now() - started);
  }
  return round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], 1);
}

