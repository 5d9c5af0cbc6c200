import type { SyncSummary } from './cycle';

export interface SchedulerState {
  running: boolean;
  paused: boolean;
  lastSyncAt: string | null;
  lastSummary: SyncSummary | null;
  nextSyncAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

export interface SchedulerOptions {
  intervalMs: number;
  /** Longest wait while the shop or e-conomic is unreachable. */
  maxBackoffMs?: number;
  clock?: () => Date;
  onChange?: (state: SchedulerState) => void;
  onError?: (error: unknown) => void;
}

/**
 * The background loop: one timer, one sync at a time. "Sync now" runs at once (or joins
 * the running sync); pause stops the timer; while a sync fails the wait doubles up to
 * an hour, so an unreachable shop is not hammered. Between syncs nothing wakes up.
 */
export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<SyncSummary> | null = null;
  private readonly state: SchedulerState = {
    running: false,
    paused: false,
    lastSyncAt: null,
    lastSummary: null,
    nextSyncAt: null,
    lastError: null,
    consecutiveFailures: 0,
  };

  constructor(
    private readonly sync: () => Promise<SyncSummary>,
    private readonly options: SchedulerOptions,
  ) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  snapshot(): SchedulerState {
    return { ...this.state };
  }

  start(): void {
    if (this.state.running) return;
    this.state.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.state.running = false;
    this.clearTimer();
    this.state.nextSyncAt = null;
    this.emit();
  }

  pause(): void {
    this.state.paused = true;
    this.clearTimer();
    this.state.nextSyncAt = null;
    this.emit();
  }

  resume(): void {
    if (!this.state.paused) return;
    this.state.paused = false;
    if (this.state.running) this.schedule(0);
    this.emit();
  }

  /** Runs a sync now, or returns the one already running. */
  syncNow(): Promise<SyncSummary> {
    if (this.current) return this.current;
    this.clearTimer();
    this.current = this.sync()
      .then((summary) => {
        this.state.lastSummary = summary;
        this.state.lastError = null;
        this.state.consecutiveFailures = 0;
        return summary;
      })
      .catch((error: unknown) => {
        this.state.lastError = error instanceof Error ? error.message : String(error);
        this.state.consecutiveFailures++;
        this.options.onError?.(error);
        throw error;
      })
      .finally(() => {
        this.current = null;
        this.state.lastSyncAt = this.now().toISOString();
        if (this.state.running && !this.state.paused) this.schedule(this.nextDelay());
        this.emit();
      });
    this.emit();
    return this.current;
  }

  private nextDelay(): number {
    const { intervalMs, maxBackoffMs = 60 * 60 * 1000 } = this.options;
    if (this.state.consecutiveFailures === 0) return intervalMs;
    return Math.min(intervalMs * 2 ** this.state.consecutiveFailures, Math.max(maxBackoffMs, intervalMs));
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    if (this.state.paused) return;
    this.state.nextSyncAt = new Date(this.now().getTime() + delayMs).toISOString();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.syncNow().catch(() => undefined);
    }, delayMs);
    this.emit();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    this.options.onChange?.(this.snapshot());
  }
}
