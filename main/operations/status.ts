import type { PostingStatus } from '../engine/supervised';
import { budgetKey, type LicenceState, type Runtime } from '../runtime/runtime';
import type { SyncSummary } from '../engine/cycle';
import { countByStatus, type OrderStatus } from '../../shared/i18n/order-status';

export interface StatusReport {
  profile: { name: string; platform: string; shopUrl: string; economicUrl: string; orderStages: string[]; invoiceSource: string; bookingMode: string };
  licence: LicenceState;
  posting: PostingStatus & { supervisedEndsAt: Date | null };
  sync: { lastSyncAt: string | null; lastSummary: SyncSummary | null; intervalMinutes: number; paused: boolean };
  /** By the engine's states (kept for scripts) and by the owner's statuses (what the app shows). */
  orders: { byState: Record<string, number>; byStatus: Record<OrderStatus, number>; total: number };
  /** The owner's switch: on since whom and when, or off. */
  automaticPosting: { on: true; by: string; at: string } | { on: false };
  openProblems: number;
  budget: { usedLast24h: number; dailyLimit: number };
}

/** Everything `status` and the dashboard show, read from the ledger without calling out. */
export function statusReport(runtime: Runtime): StatusReport {
  const { profile, ledger } = runtime;
  const byState = ledger.orders.countByState();
  const last = ledger.kv.get('lastSync') as { at: string; summary: SyncSummary } | null;
  const since = runtime.clock().getTime() - 86_400_000;
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
    sync: { lastSyncAt: last?.at ?? null, lastSummary: last?.summary ?? null, intervalMinutes: profile.sync.intervalMinutes, paused: ledger.kv.get('sync:paused') === true },
    orders: { byState, byStatus: countByStatus(ledger.orders.countByStateAndReason()), total: Object.values(byState).reduce((a, b) => a + b, 0) },
    automaticPosting: switchOf(runtime),
    openProblems: runtime.log.openProblems().length,
    budget: { usedLast24h: ledger.callBudget.countSince(budgetKey(profile.name), since), dailyLimit: profile.economic.dailyCallBudget },
  };
}

function switchOf(runtime: Runtime): StatusReport['automaticPosting'] {
  const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
  return record.active && record.activatedBy && record.activatedAt ? { on: true, by: record.activatedBy, at: record.activatedAt } : { on: false };
}
