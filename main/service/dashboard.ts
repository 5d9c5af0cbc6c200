import { activateAutomaticPosting, confirmChecked, deactivateAutomaticPosting, NothingToCheckYetError, waitingPreview } from '../operations/activation';
import { SUPERVISED_DAYS, type Gate as EngineGate } from '../engine/supervised';
import { describe, type Lang, type ProblemReport } from '../../shared/errors';
import { countByStatus, ORDER_STATUSES, type OrderStatus } from '../../shared/i18n/order-status';
import { AppError, type Request, type Response } from '../../shared/ipc/contract';
import { ORDER_STATES, type OrderState } from '../../shared/ipc/schemas/common';
import type { Dashboard, Gate } from '../../shared/ipc/schemas/operations';
import type { Runtime } from '../runtime/runtime';
import { sharingTheBudget } from '../runtime/profiles';
import { invoiceRowOf } from './order-views';
import type { ServiceContext } from './context';
import type { SyncLoop } from './sync-loop';
import type { WizardArea } from './wizard';
import { POSTING_GATE_WORDS } from '../../shared/i18n/posting-gate-words';

/** How many invoices the overview lists, and how many order numbers a problem group shows. */
const RECENT_INVOICES = 8;
const EXAMPLE_ORDERS = 5;

const GATE_IDS: Record<EngineGate['id'], Gate['id']> = {
  plan: 'plan',
  'supervised-days': 'period',
  'manual-bookings': 'manualBookings',
  checked: 'checked',
  activated: 'activated',
};

/** The overview: sync loop, orders by state, the supervised period and its gates, the fair-use budget. */
export class DashboardArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
    private readonly wizard: WizardArea,
  ) {}

  async get(): Promise<Response<'dashboard.get'>> {
    const runtime = this.ctx.runtime;
    const status = this.loop.statusPayload();
    if (!runtime) return this.beforeSetup(status.trayState);
    const { profile, ledger } = runtime;
    const posting = runtime.postingStatus();
    const record = ledger.supervised.forProfile(profile.name).get();
    const licence = runtime.licence();
    const last = ledger.kv.get('lastSync') as { at: string; summary: Response<'sync.now'> } | null;
    const loop = this.loop.snapshot();
    const failedAfterLast = loop?.lastError && loop.lastSyncAt && (!last || loop.lastSyncAt > last.at);
    const gates: Gate[] = posting.gates.map((g) => {
      const id = GATE_IDS[g.id];
      if (id === 'period') return { id, met: g.met, current: posting.supervisedDay ?? 0, required: SUPERVISED_DAYS };
      if (id === 'manualBookings') return { id, met: g.met, current: record.manualBookingCount, required: 1 };
      return { id, met: g.met };
    });
    const lang = this.ctx.language();
    return {
      lastSync: failedAfterLast
        ? { at: loop!.lastSyncAt!, ok: false, summary: null }
        : last
          ? { at: last.at, ok: true, summary: pickSummary(last.summary) }
          : null,
      nextSyncAt: loop?.nextSyncAt ?? null,
      paused: status.paused,
      running: status.running,
      trayState: status.trayState,
      ordersByState: ledger.orders.countByState(),
      // Without a valid licence nothing beyond Basic is in effect, whatever plan was chosen in the wizard.
      plan: licence.plan ?? 'basic',
      bookingMode: profile.bookingMode,
      supervised: {
        startedAt: record.firstAutomaticDraftAt,
        day: posting.supervisedDay ?? 0,
        periodDays: SUPERVISED_DAYS,
        manualBookingsSeen: record.manualBookingCount,
        checkedConfirmed: record.checkedAt && record.checkedBy ? { by: record.checkedBy, at: record.checkedAt } : null,
        activated: record.active && record.activatedAt && record.activatedBy ? { by: record.activatedBy, at: record.activatedAt } : null,
      },
      gates,
      automaticPostingActive: posting.effectiveMode === 'automatic',
      fairUse: { used: runtime.callsLast24h(), limit: profile.economic.dailyCallBudget, sharedWith: sharingTheBudget(runtime, this.ctx.runtimes) },
      attentionCount: status.attentionCount,
      shops: this.loop.shops(),
      automaticPosting: {
        on: record.active,
        switchedOn: record.active && record.activatedBy && record.activatedAt ? { by: record.activatedBy, at: record.activatedAt } : null,
        switchedOff: !record.active && record.deactivatedBy && record.deactivatedAt ? { by: record.deactivatedBy, at: record.deactivatedAt } : null,
      },
      ordersByStatus: countByStatus(ledger.orders.countByStateAndReason()),
      problemGroups: [...syncFailureGroup(this.loop.failure(runtime), lang), ...problemGroups(runtime, lang)],
      recentInvoices: ledger.orders.list({ invoice: 'any', limit: RECENT_INVOICES, sort: 'updated-desc' }).items.flatMap((row) => invoiceRowOf(row, runtime.outbox) ?? []),
    };
  }

  async confirmChecked(req: Request<'supervised.confirmChecked'>): Promise<Response<'supervised.confirmChecked'>> {
    const runtime = this.ctx.requireRuntime();
    try {
      confirmChecked(runtime, req.by);
    } catch (error) {
      if (!(error instanceof NothingToCheckYetError)) throw error;
      // The same words as the gate that is missing: book a draft by hand first.
      const missing = runtime.postingStatus().gates.find((g) => g.id === 'manual-bookings')!;
      throw new AppError('LB-7001', missing.text[this.ctx.language()]);
    }
    const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
    return { by: record.checkedBy ?? req.by, at: record.checkedAt ?? this.ctx.clock().toISOString() };
  }

  /** Refused with every gate still missing, in the owner's words (catalogue LB-7001). */
  async activate(req: Request<'supervised.activate'>): Promise<Response<'supervised.activate'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const result = activateAutomaticPosting(runtime, { by: req.by, checked: false, acceptRisk: req.acceptRisk, scope: req.scope });
    if (!result.activated) {
      const intro = POSTING_GATE_WORDS[lang].notYet;
      throw new AppError('LB-7001', [intro, ...result.blockers.map((g) => g.text[lang])].join(' '));
    }
    this.loop.publishStatus();
    const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
    return { by: record.activatedBy ?? req.by, at: record.activatedAt ?? this.ctx.clock().toISOString() };
  }

  /** Switches automatic posting off, recorded with who and when; drafts wait for a hand booking again. */
  async deactivate(req: Request<'supervised.deactivate'>): Promise<Response<'supervised.deactivate'>> {
    const runtime = this.ctx.requireRuntime();
    deactivateAutomaticPosting(runtime, req.by);
    this.loop.publishStatus();
    const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
    return { by: record.deactivatedBy ?? req.by, at: record.deactivatedAt ?? this.ctx.clock().toISOString() };
  }

  /** Before switching on: the drafts that would be booked at once, the mails that would go out, and their sum. */
  async postingPreview(): Promise<Response<'supervised.preview'>> {
    return waitingPreview(this.ctx.requireRuntime());
  }

  private beforeSetup(trayState: Response<'dashboard.get'>['trayState']): Response<'dashboard.get'> {
    const zero = Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>;
    return {
      lastSync: null,
      nextSyncAt: null,
      paused: false,
      running: false,
      trayState,
      ordersByState: zero,
      plan: this.wizard.current().answers.plan?.plan ?? 'basic',
      bookingMode: 'drafts',
      supervised: { startedAt: null, day: 0, periodDays: SUPERVISED_DAYS, manualBookingsSeen: 0, checkedConfirmed: null, activated: null },
      gates: [],
      automaticPostingActive: false,
      fairUse: { used: 0, limit: 50_000 },
      attentionCount: 0,
      automaticPosting: { on: false, switchedOn: null, switchedOff: null },
      ordersByStatus: Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>,
      problemGroups: [],
      recentInvoices: [],
    };
  }
}

function pickSummary(s: Response<'sync.now'> | null | undefined): Response<'sync.now'> | null {
  if (!s) return null;
  return { fetched: s.fetched, eligible: s.eligible, drafted: s.drafted, booked: s.booked, held: s.held, skipped: s.skipped, failed: s.failed, mailed: s.mailed, apiCalls: s.apiCalls };
}

/**
 * What stopped the shop's last sync, first of all: it stops every order of the shop, and is told
 * nowhere else once its notice is gone (the log keeps what happened to orders).
 */
function syncFailureGroup(problem: ProblemReport | null, lang: Lang): Dashboard['problemGroups'] {
  if (!problem) return [];
  const d = describe(problem.code, problem.params, lang);
  return [{ code: d.code, severity: d.severity, title: d.title, fix: d.fix, places: d.places, orderCount: 0, orderNumbers: [], retryable: false }];
}

/**
 * What stops orders, one group per problem with how many orders it stops, then the
 * problems of the whole sync (a connection, the mail server) that stop no order in
 * particular. Most orders first.
 */
function problemGroups(runtime: Runtime, lang: Lang): Dashboard['problemGroups'] {
  const { ledger } = runtime;
  const groups: Dashboard['problemGroups'] = ledger.orders.problemGroups().map((g) => {
    // Titles carry no values, and a fix for the group leads to "the order", not to one of them.
    const d = describe(g.reasonCode, {}, lang);
    const numbers = g.orderIds.slice(0, EXAMPLE_ORDERS).map((id) => ledger.orders.get(id)?.number ?? id);
    return { code: d.code, severity: d.severity, title: d.title, fix: d.fix, places: d.places, orderCount: g.count, orderNumbers: numbers, retryable: true };
  });
  const seen = new Set(groups.map((g) => g.code));
  for (const entry of runtime.log.openProblems(runtime.profile.name)) {
    if (entry.orderId !== null || seen.has(entry.code) || entry.level === 'info') continue;
    seen.add(entry.code);
    const d = describe(entry.code, entry.params, lang);
    groups.push({ code: d.code, severity: d.severity, title: d.title, fix: d.fix, places: d.places, orderCount: 0, orderNumbers: [], retryable: false });
  }
  return groups;
}
