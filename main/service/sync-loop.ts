import type { SyncSummary as EngineSummary } from '../engine/cycle';
import type { Runtime } from '../runtime/runtime';
import { SyncScheduler, type SchedulerState } from '../engine/scheduler';
import type { LogEntry } from '../log';
import { describe } from '../../shared/errors';
import type { EventPayload } from '../../shared/ipc/contract';
import type { SyncSummary } from '../../shared/ipc/schemas/operations';
import type { TrayState } from '../../shared/ipc/schemas/common';
import type { ServiceContext } from './context';
import { toAppError } from './errors';
import { attentionCount } from '../operations/status';

const PAUSED_KEY = 'sync:paused';
/** More new problems than this in one sync become one summary notification. */
const MAX_NOTIFICATIONS_PER_SYNC = 3;

export function contractSummary(s: EngineSummary): SyncSummary {
  return { fetched: s.fetched, eligible: s.eligible, drafted: s.drafted, booked: s.booked, held: s.held, skipped: s.skipped, failed: s.failed, mailed: s.mailed, apiCalls: s.apiCalls };
}

/**
 * The background loop around the engine's SyncScheduler: runs a cycle every
 * interval (from the app settings), keeps "paused" across restarts, and tells the
 * shell what happens — `status.changed` for the tray, `sync.progress` while a
 * cycle runs, `notification` for new problems in the log.
 */
export class SyncLoop {
  private scheduler: SyncScheduler | null = null;
  private syncing = false;
  /** Problems already told about: log entry id → its code and parameters at the time. */
  private readonly told = new Map<number, string>();
  /** Syncs and retries touch the same orders: they take turns. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly autoStart: boolean,
  ) {}

  attach(runtime: Runtime): void {
    this.detach();
    for (const entry of runtime.log.openProblems()) this.told.set(entry.id, fingerprint(entry));
    const intervalMs = this.ctx.config.load().app.syncIntervalMinutes * 60_000;
    this.scheduler = new SyncScheduler(() => this.runCycle(runtime), {
      intervalMs,
      clock: this.ctx.clock,
      onChange: () => this.publishStatus(),
      onError: () => undefined,
    });
    if (runtime.ledger.kv.get(PAUSED_KEY) === true) this.scheduler.pause();
    if (this.autoStart) this.scheduler.start();
    this.publishStatus();
  }

  /** A changed interval takes effect by rebuilding the timer. */
  restart(): void {
    const runtime = this.ctx.runtime;
    if (runtime) this.attach(runtime);
  }

  detach(): void {
    this.scheduler?.stop();
    this.scheduler = null;
  }

  snapshot(): (SchedulerState & { syncing: boolean }) | null {
    return this.scheduler ? { ...this.scheduler.snapshot(), syncing: this.syncing } : null;
  }

  async syncNow(): Promise<SyncSummary> {
    const runtime = this.ctx.requireRuntime();
    if (!this.scheduler) this.attach(runtime);
    try {
      return contractSummary(await this.scheduler!.syncNow());
    } catch (error) {
      throw toAppError(error, this.ctx.language(), { platform: runtime.profile.shop.platform });
    }
  }

  pause(): boolean {
    const runtime = this.ctx.requireRuntime();
    runtime.ledger.kv.set(PAUSED_KEY, true);
    this.scheduler?.pause();
    this.publishStatus();
    return true;
  }

  resume(): boolean {
    const runtime = this.ctx.requireRuntime();
    runtime.ledger.kv.set(PAUSED_KEY, false);
    if (this.scheduler) {
      this.scheduler.resume();
      if (!this.scheduler.snapshot().running && this.autoStart) this.scheduler.start();
    }
    this.publishStatus();
    return false;
  }

  paused(): boolean {
    return this.ctx.runtime?.ledger.kv.get(PAUSED_KEY) === true;
  }

  /** Orders and log entries waiting for a person. */
  attentionCount(): number {
    const runtime = this.ctx.runtime;
    return runtime ? attentionCount(runtime) : 0;
  }

  trayState(): TrayState {
    // Without a profile nothing is synced: a fresh installation says so instead of "all good".
    if (!this.ctx.runtime) return 'setup';
    if (this.syncing) return 'working';
    const state = this.scheduler?.snapshot();
    if ((state && state.lastError) || this.attentionCount() > 0) return 'attention';
    return 'ok';
  }

  statusPayload(): EventPayload<'status.changed'> {
    const state = this.scheduler?.snapshot();
    const last = this.ctx.runtime?.ledger.kv.get('lastSync') as { at: string } | null | undefined;
    return {
      trayState: this.trayState(),
      paused: this.paused(),
      running: this.syncing,
      lastSyncAt: state?.lastSyncAt ?? last?.at ?? null,
      attentionCount: this.attentionCount(),
      automaticPosting: this.automaticPostingOn(),
    };
  }

  /** The owner's switch for automatic posting (whether every gate is met is the overview's business). */
  automaticPostingOn(): boolean {
    const runtime = this.ctx.runtime;
    return runtime ? runtime.ledger.supervised.forProfile(runtime.profile.name).get().active : false;
  }

  publishStatus(): void {
    this.ctx.emit({ name: 'status.changed', payload: this.statusPayload() });
  }

  /** Runs `work` after whatever sync or retry is running now. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** After orders changed outside a cycle (a retry): tell about new problems and the new tray state. */
  afterChange(runtime: Runtime): void {
    this.notifyNewProblems(runtime);
    this.publishStatus();
  }

  private runCycle(runtime: Runtime): Promise<EngineSummary> {
    return this.exclusive(() => this.cycle(runtime));
  }

  private async cycle(runtime: Runtime): Promise<EngineSummary> {
    this.syncing = true;
    this.publishStatus();
    this.progress({ phase: 'fetching', processed: 0, total: null, orderNumber: null });
    try {
      const summary = await runtime.syncOnce({
        onProgress: (p) => this.progress({ phase: 'processing', processed: p.processed, total: Math.max(p.fetched, p.processed), orderNumber: null }),
      });
      this.progress({ phase: 'done', processed: summary.fetched, total: summary.fetched, orderNumber: null });
      return summary;
    } catch (error) {
      this.progress({ phase: 'done', processed: 0, total: null, orderNumber: null });
      this.notifyFailure(error);
      throw error;
    } finally {
      this.syncing = false;
      this.notifyNewProblems(runtime);
    }
  }

  private progress(payload: EventPayload<'sync.progress'>): void {
    this.ctx.emit({ name: 'sync.progress', payload });
  }

  private desktopEnabled(): boolean {
    return this.ctx.config.load().app.notifications.desktop;
  }

  /** One notification per new or changed problem; a flood becomes one summary. */
  private notifyNewProblems(runtime: Runtime): void {
    const lang = this.ctx.language();
    const fresh = runtime.log.openProblems().filter((e) => this.told.get(e.id) !== fingerprint(e));
    for (const e of fresh) this.told.set(e.id, fingerprint(e));
    if (fresh.length === 0 || !this.desktopEnabled()) return;
    const shown = fresh.length > MAX_NOTIFICATIONS_PER_SYNC ? [] : fresh;
    for (const entry of shown) {
      const d = describe(entry.code, entry.params, lang);
      this.ctx.emit({
        name: 'notification',
        payload: { id: `log-${entry.id}-${entry.occurrences}`, severity: entry.level, code: entry.code, title: d.title, body: d.message, orderId: entry.orderId },
      });
    }
    if (shown.length === 0) {
      const worst = fresh.find((e) => e.level === 'critical') ?? fresh[0];
      this.ctx.emit({
        name: 'notification',
        payload: {
          id: `batch-${worst.id}-${fresh.length}`,
          severity: worst.level,
          code: worst.code,
          title: lang === 'da' ? `${fresh.length} ordrer kræver opmærksomhed` : `${fresh.length} orders need attention`,
          body: lang === 'da' ? 'Åbn fejlloggen i LedgerBridge for at se, hvad der skal rettes.' : 'Open the error log in LedgerBridge to see what to fix.',
          orderId: null,
        },
      });
    }
  }

  /** A whole cycle failed (shop or e-conomic unreachable, keys revoked): tell the owner once per kind of failure. */
  private notifyFailure(error: unknown): void {
    const failure = toAppError(error, this.ctx.language());
    if (!(failure instanceof Error) || !('code' in failure) || !this.desktopEnabled()) return;
    const code = String((failure as { code: string }).code);
    if (this.scheduler && this.scheduler.snapshot().consecutiveFailures > 0) return;
    const title = this.ctx.language() === 'da' ? 'Synkroniseringen mislykkedes' : 'The sync failed';
    this.ctx.emit({ name: 'notification', payload: { id: `sync-${code}-${this.ctx.clock().getTime()}`, severity: 'error', code, title, body: failure.message, orderId: null } });
  }
}

function fingerprint(entry: LogEntry): string {
  return `${entry.code}|${JSON.stringify(entry.params)}`;
}
