import type { SyncSummary as EngineSummary } from '../engine/cycle';
import type { Runtime } from '../runtime/runtime';
import { SyncScheduler, type SchedulerState } from '../engine/scheduler';
import { DesktopNotices, type NoticeScope } from '../notify';
import type { EventPayload } from '../../shared/ipc/contract';
import type { SyncSummary } from '../../shared/ipc/schemas/operations';
import type { ShopState, TrayState } from '../../shared/ipc/schemas/common';
import type { ServiceContext } from './context';
import { toAppError } from './errors';
import { attentionCount } from '../operations/status';
import type { ShopSyncFailure } from '../runtime/profiles';
import type { SyncFailure } from '../runtime/sync-failure';
import type { Profile } from '../../shared/profile/schema';
import { describe, type ProblemReport } from '../../shared/errors';

const PAUSED_KEY = 'sync:paused';

export function contractSummary(s: EngineSummary): SyncSummary {
  return { fetched: s.fetched, eligible: s.eligible, drafted: s.drafted, booked: s.booked, held: s.held, skipped: s.skipped, failed: s.failed, mailed: s.mailed, apiCalls: s.apiCalls };
}

/** One shop as the tray and the overview show it. */
export type ShopOverview = ShopState & { shopUrl: string; lastSyncAt: string | null; syncFailure: { code: string; title: string; at: string; fix: string } | null };

/** What a notice needs of a shop's settings. */
type NoticedShop = Pick<Profile, 'name'> & { shop: { platform?: Profile['shop']['platform'] }; notifications: { desktop: boolean } };

/** Worst first: the tray shows the state of the shop that most needs the owner. */
const SEVERITY: Record<ShopOverview['state'], number> = { attention: 2, working: 1, ok: 0 };

/**
 * The background loop around the engine's SyncScheduler, one scheduler per profile (several
 * shops sync side by side, each on its own turn): runs a cycle every interval (from the app
 * settings), keeps "paused" across restarts, and tells the shell what happens —
 * `status.changed` for the tray (the worst state of all shops, and which shops need the
 * owner), `sync.progress` while the active shop's cycle runs, `notification` for what
 * main/notify's DesktopNotices decides is news in any shop.
 */
export class SyncLoop {
  /** Per profile, opened or not: a shop that could not be opened is tried again at each of its turns. */
  private readonly schedulers = new Map<string, SyncScheduler>();
  /** The profiles whose cycle runs now. */
  private readonly syncing = new Set<string>();
  private readonly notices: DesktopNotices;
  /** Per profile: syncs and retries touch the same orders, so they take turns; shops do not wait for each other. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly autoStart: boolean,
  ) {
    this.notices = new DesktopNotices(ctx.clock);
  }

  attach(runtimes: readonly Runtime[]): void {
    this.detach();
    const intervalMs = this.ctx.config.load().app.syncIntervalMinutes * 60_000;
    // A shop that could not be opened takes its turns like the others, each one trying to open it again.
    const unopened = this.ctx.unopened.map((u) => u.profile);
    const paused = runtimes.some((r) => r.ledger.kv.get(PAUSED_KEY) === true);
    for (const name of [...runtimes.map((r) => r.profile.name), ...unopened]) {
      const runtime = runtimes.find((r) => r.profile.name === name);
      if (runtime) this.notices.remember(name, runtime.log.openProblems());
      const scheduler = new SyncScheduler(() => this.runCycle(name), {
        intervalMs,
        clock: this.ctx.clock,
        onChange: () => this.publishStatus(),
        onError: () => undefined,
      });
      this.schedulers.set(name, scheduler);
      if (runtime ? runtime.ledger.kv.get(PAUSED_KEY) === true : paused) scheduler.pause();
      if (this.autoStart) scheduler.start();
    }
    this.publishStatus();
  }

  /** A changed interval takes effect by rebuilding the timers. */
  restart(): void {
    if (this.ctx.runtimes.length > 0) this.attach(this.ctx.runtimes);
  }

  detach(): void {
    for (const scheduler of this.schedulers.values()) scheduler.stop();
    this.schedulers.clear();
  }

  /** The active shop's scheduler (the one the screens show). */
  private active(): SyncScheduler | null {
    const runtime = this.ctx.runtime;
    return runtime ? (this.schedulers.get(runtime.profile.name) ?? null) : null;
  }

  snapshot(): (SchedulerState & { syncing: boolean }) | null {
    const scheduler = this.active();
    return scheduler ? { ...scheduler.snapshot(), syncing: this.syncing.has(this.ctx.runtime!.profile.name) } : null;
  }

  /** Syncs the active shop now; the other shops keep their own turns, or, with `allShops` (the tray's), sync now too. */
  async syncNow(request: { allShops?: boolean } = {}): Promise<SyncSummary> {
    const runtime = this.ctx.requireRuntime();
    if (!this.active()) this.attach(this.ctx.runtimes);
    if (request.allShops) {
      for (const [name, scheduler] of this.schedulers) {
        // Their failures are told as a background sync's are (cycle(): the notice, the overview).
        if (name !== runtime.profile.name) scheduler.syncNow().catch(() => undefined);
      }
    }
    try {
      return contractSummary(await this.active()!.syncNow());
    } catch (error) {
      throw toAppError(error, this.ctx.language(), { platform: runtime.profile.shop.platform });
    }
  }

  /** Pauses every shop's sync (the owner pauses LedgerBridge, not one shop). */
  pause(): boolean {
    this.ctx.requireRuntime();
    for (const runtime of this.ctx.runtimes) runtime.ledger.kv.set(PAUSED_KEY, true);
    for (const scheduler of this.schedulers.values()) scheduler.pause();
    this.publishStatus();
    return true;
  }

  resume(): boolean {
    this.ctx.requireRuntime();
    for (const runtime of this.ctx.runtimes) runtime.ledger.kv.set(PAUSED_KEY, false);
    for (const scheduler of this.schedulers.values()) {
      scheduler.resume();
      if (!scheduler.snapshot().running && this.autoStart) scheduler.start();
    }
    this.publishStatus();
    return false;
  }

  paused(): boolean {
    return this.ctx.runtime?.ledger.kv.get(PAUSED_KEY) === true;
  }

  /** Orders and log entries of the active shop waiting for a person (the error log's badge). */
  attentionCount(): number {
    const runtime = this.ctx.runtime;
    return runtime ? attentionCount(runtime) : 0;
  }

  /**
   * What stopped the shop's last sync (its keys refused, the shop or e-conomic not answering) as
   * the catalogue tells it; null when the last sync got through. Kept in the shop's ledger
   * (runtime/sync-failure.ts), beside the log, not in it: the failure is the sync's, it ends with
   * the next sync that gets through, and `status` in another process reads it too.
   */
  failure(runtime: Runtime): ProblemReport | null {
    return runtime.lastSyncFailure.get()?.problem[this.ctx.language()] ?? null;
  }

  /** What stops each shop's sync now, for the support bundle: the code the owner was shown, when, and the technical message. */
  failuresForSupport(): ShopSyncFailure[] {
    return this.ctx.syncFailures();
  }

  /** Every shop with its state, in config.json's order; a shop that could not be opened among them, needing the owner. */
  shops(): ShopOverview[] {
    const active = this.ctx.runtime?.profile.name;
    const lang = this.ctx.language();
    const told = (failure: SyncFailure | null) => {
      if (!failure) return null;
      const { code, title, fix } = describe(failure.problem[lang].code, failure.problem[lang].params, lang);
      return { code, title, at: failure.at, fix };
    };
    const opened = this.ctx.runtimes.map((runtime): ShopOverview => {
      const name = runtime.profile.name;
      const snapshot = this.schedulers.get(name)?.snapshot();
      const count = attentionCount(runtime);
      const last = runtime.ledger.kv.get('lastSync') as { at: string } | null | undefined;
      const syncFailure = told(runtime.lastSyncFailure.get());
      const state = this.syncing.has(name) ? 'working' : syncFailure || snapshot?.lastError || count > 0 ? 'attention' : 'ok';
      return { profile: name, shopUrl: runtime.profile.shop.url, state, attentionCount: count, lastSyncAt: snapshot?.lastSyncAt ?? last?.at ?? null, active: name === active, syncFailure };
    });
    const unopened = this.ctx.unopened.map((u): ShopOverview => ({ profile: u.profile, shopUrl: u.shop.url, state: 'attention', attentionCount: 0, lastSyncAt: null, active: false, syncFailure: told(u.failure) }));
    const order = this.ctx.config.profileNames();
    return [...opened, ...unopened].sort((a, b) => order.indexOf(a.profile) - order.indexOf(b.profile));
  }

  /** The worst state of all shops: one that needs the owner outweighs one that is syncing. */
  trayState(shops: ShopOverview[] = this.shops()): TrayState {
    // Without a profile nothing is synced: a fresh installation says so instead of "all good".
    if (shops.length === 0) return 'setup';
    return shops.reduce<ShopOverview['state']>((worst, s) => (SEVERITY[s.state] > SEVERITY[worst] ? s.state : worst), 'ok');
  }

  statusPayload(): EventPayload<'status.changed'> {
    const state = this.active()?.snapshot();
    const last = this.ctx.runtime?.ledger.kv.get('lastSync') as { at: string } | null | undefined;
    const shops = this.shops();
    return {
      trayState: this.trayState(shops),
      paused: this.paused(),
      running: shops.some((s) => s.state === 'working'),
      lastSyncAt: state?.lastSyncAt ?? last?.at ?? null,
      attentionCount: this.attentionCount(),
      automaticPosting: this.automaticPostingOn(),
      shops: shops.map(({ profile, state: shopState, attentionCount: count, active }) => ({ profile, state: shopState, attentionCount: count, active })),
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

  /** Runs `work` after whatever sync or retry of the same shop (default: the active one) is running now. */
  exclusive<T>(work: () => Promise<T>, runtime: Runtime | null = this.ctx.runtime): Promise<T> {
    return this.inTurn(runtime?.profile.name ?? '', work);
  }

  private inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      key,
      run.catch(() => undefined),
    );
    return run;
  }

  /** Waits until no shop's sync or retry is running (before the ledgers close). */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()]);
  }

  /** After orders changed outside a cycle (a retry): tell about new problems and the new tray state. */
  afterChange(runtime: Runtime): void {
    this.notifyNewProblems(runtime);
    this.publishStatus();
  }

  private runCycle(name: string): Promise<EngineSummary> {
    return this.inTurn(name, async () => this.cycle(this.ctx.runtimes.find((r) => r.profile.name === name) ?? (await this.open(name))));
  }

  /** A shop that could not be opened, tried again: once it opens it syncs as the others do; until then the owner is told why not. */
  private async open(name: string): Promise<Runtime> {
    try {
      const runtime = await this.ctx.reopenProfile(name);
      this.notices.remember(name, runtime.log.openProblems());
      return runtime;
    } catch (error) {
      // A profile set aside for not passing validation has no settings to read: its notice follows the app's switch alone.
      this.notifyFailure(this.ctx.config.load().profiles[name] ?? { name, shop: {}, notifications: { desktop: true } }, error);
      throw error;
    } finally {
      this.publishStatus();
    }
  }

  private async cycle(runtime: Runtime): Promise<EngineSummary> {
    const name = runtime.profile.name;
    // The progress bar belongs to the shop on screen.
    const shown = () => this.ctx.runtime === runtime;
    this.syncing.add(name);
    this.publishStatus();
    if (shown()) this.progress({ phase: 'fetching', processed: 0, total: null, orderNumber: null });
    try {
      const summary = await runtime.syncOnce({
        onProgress: (p) => {
          if (shown()) this.progress({ phase: 'processing', processed: p.processed, total: Math.max(p.fetched, p.processed), orderNumber: null });
        },
      });
      if (shown()) this.progress({ phase: 'done', processed: summary.fetched, total: summary.fetched, orderNumber: null });
      return summary;
    } catch (error) {
      if (shown()) this.progress({ phase: 'done', processed: 0, total: null, orderNumber: null });
      this.notifyFailure(runtime.profile, error);
      throw error;
    } finally {
      this.syncing.delete(name);
      this.notifyNewProblems(runtime);
    }
  }

  private progress(payload: EventPayload<'sync.progress'>): void {
    this.ctx.emit({ name: 'sync.progress', payload });
  }

  /** What the desktop notices need to know about this shop and the owner's switches. */
  private noticeScope(profile: NoticedShop): NoticeScope {
    return {
      profile: profile.name,
      lang: this.ctx.language(),
      enabled: this.ctx.config.load().app.notifications.desktop && profile.notifications.desktop,
      nameShop: this.schedulers.size > 1,
    };
  }

  private notifyNewProblems(runtime: Runtime): void {
    for (const payload of this.notices.problems(this.noticeScope(runtime.profile), runtime.log.openProblems())) this.ctx.emit({ name: 'notification', payload });
  }

  private notifyFailure(profile: NoticedShop, error: unknown): void {
    // The catalogue's texts name the platform ("Shopify godkender ikke …"), as `sync.now` does.
    const failure = toAppError(error, this.ctx.language(), { platform: profile.shop.platform });
    if (!(failure instanceof Error) || !('code' in failure)) return;
    const failuresBefore = this.schedulers.get(profile.name)?.snapshot().consecutiveFailures ?? 0;
    const payload = this.notices.syncFailed(this.noticeScope(profile), { code: String(failure.code), message: failure.message }, failuresBefore);
    if (payload) this.ctx.emit({ name: 'notification', payload });
  }
}
