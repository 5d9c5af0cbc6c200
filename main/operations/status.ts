import type { PostingStatus } from '../engine/supervised';
import type { LicenceState, Runtime } from '../runtime/runtime';
import type { SyncSummary } from '../engine/cycle';
import type { SyncFailure } from '../runtime/sync-failure';
import { countByStatus, type OrderStatus } from '../../shared/i18n/order-status';

export interface StatusReport {
  profile: { name: string; platform: string; shopUrl: string; economicUrl: string; orderStages: string[]; invoiceSource: string; bookingMode: string };
  licence: LicenceState;
  posting: PostingStatus & { supervisedEndsAt: Date | null };
  /** `lastFailure`: what stopped the last sync and when (runtime/sync-failure.ts), null once a sync got through. */
  sync: { lastSyncAt: string | null; lastSummary: SyncSummary | null; intervalMinutes: number; paused: boolean; lastFailure: SyncFailure | null };
  /** By the engine's states (kept for scripts) and by the owner's statuses (what the app shows). */
  orders: { byState: Record<string, number>; byStatus: Record<OrderStatus, number>; total: number };
  /** The owner's switch: on since whom and when, or off. */
  automaticPosting: { on: true; by: string; at: string } | { on: false };
  openProblems: number;
  /** Orders and log entries waiting for a person (attentionCount below). */
  attentionCount: number;
  /** Something in this shop waits for a person (or its last sync failed): the shop the app and tray point the owner to. */
  needsAttention: boolean;
  budget: {
    usedLast24h: number;
    dailyLimit: number;
    /** Whose 24-hour count this is: the e-conomic agreement (shared by every profile on it) once known. */
    key: string;
  };
}

/** Everything `status` and the dashboard show, read from the ledger without calling out. */
export function statusReport(runtime: Runtime): StatusReport {
  const { profile, ledger } = runtime;
  const byState = ledger.orders.countByState();
  const last = ledger.kv.get('lastSync') as { at: string; summary: SyncSummary } | null;
  const attention = attentionCount(runtime);
  const lastFailure = runtime.lastSyncFailure.get();
  return {
    profile: {
      name: profile.name,
      platform: profile.shop.platform,
      shopUrl: profile.shop.url,
      economicUrl: profile.economic.url,
      orderStages: profile.orderStages,
      invoiceSource: profile.invoiceSource,
      bookingMode: profile.bookingMode,
    },
    licence: runtime.licence(),
    posting: runtime.postingStatus(),
    sync: { lastSyncAt: last?.at ?? null, lastSummary: last?.summary ?? null, intervalMinutes: profile.sync.intervalMinutes, paused: ledger.kv.get('sync:paused') === true, lastFailure },
    orders: { byState, byStatus: countByStatus(ledger.orders.countByStateAndReason()), total: Object.values(byState).reduce((a, b) => a + b, 0) },
    automaticPosting: switchOf(runtime),
    openProblems: runtime.log.openProblems().length,
    attentionCount: attention,
    needsAttention: attention > 0 || lastFailure !== null,
    budget: { usedLast24h: runtime.callsLast24h(), dailyLimit: profile.economic.dailyCallBudget, key: runtime.budgetKey() },
  };
}

function switchOf(runtime: Runtime): StatusReport['automaticPosting'] {
  const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
  return record.active && record.activatedBy && record.activatedAt ? { on: true, by: record.activatedBy, at: record.activatedAt } : { on: false };
}

/**
 * Orders and log entries waiting for a person: the orders that need action or keep failing
 * (or that have an open problem, whichever is more) and the problems not about one order.
 * The app's error-log badge, the tray and `status` all count this way.
 */
export function attentionCount(runtime: Runtime): number {
  const counts = runtime.ledger.orders.countByState();
  const orderIdsWithProblems = new Set(runtime.log.ordersWithOpenProblems());
  const generalProblems = runtime.log.openProblems().filter((e) => e.orderId === null).length;
  return Math.max(counts['needs-attention'] + counts.failed, orderIdsWithProblems.size) + generalProblems;
}
