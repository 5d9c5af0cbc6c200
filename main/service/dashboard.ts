import { activateAutomaticPosting, confirmChecked, NothingToCheckYetError } from '../operations/activation';
import { budgetKey } from '../runtime/runtime';
import { SUPERVISED_DAYS, type Gate as EngineGate } from '../engine/supervised';
import { AppError, type Request, type Response } from '../../shared/ipc/contract';
import { ORDER_STATES, type OrderState } from '../../shared/ipc/schemas/common';
import type { Gate } from '../../shared/ipc/schemas/operations';
import type { ServiceContext } from './context';
import type { SyncLoop } from './sync-loop';
import type { WizardArea } from './wizard';

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
    const since = this.ctx.clock().getTime() - 86_400_000;
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
      fairUse: { used: ledger.callBudget.countSince(budgetKey(profile.name), since), limit: profile.economic.dailyCallBudget },
      attentionCount: status.attentionCount,
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
    const result = activateAutomaticPosting(runtime, { by: req.by, checked: false, acceptRisk: req.acceptRisk });
    if (!result.activated) {
      const intro = lang === 'da' ? 'Automatisk bogføring kan ikke slås til endnu:' : 'Automatic posting cannot be switched on yet:';
      throw new AppError('LB-7001', [intro, ...result.blockers.map((g) => g.text[lang])].join(' '));
    }
    this.loop.publishStatus();
    const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
    return { by: record.activatedBy ?? req.by, at: record.activatedAt ?? this.ctx.clock().toISOString() };
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
    };
  }
}

function pickSummary(s: Response<'sync.now'> | null | undefined): Response<'sync.now'> | null {
  if (!s) return null;
  return { fetched: s.fetched, eligible: s.eligible, drafted: s.drafted, booked: s.booked, held: s.held, skipped: s.skipped, failed: s.failed, mailed: s.mailed, apiCalls: s.apiCalls };
}
