import { createHash } from 'node:crypto';
import type { CallBudgetStore } from './call-budget';
import { EconomicError } from './errors';

/**
 * e-conomic's fair-use policy: 50,000 calls per 24 h per agreement; beyond that an app or
 * agreement can be restricted without warning. Every HTTP attempt is recorded; above 90 % of
 * the budget calls are spaced to the sustainable rate, at 100 % they stop until calls age out.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_DAILY_LIMIT = 50_000;
export const SLOWDOWN_SHARE = 0.9;

/** A stable, non-secret key for an agreement: a SHA-256 prefix of the grant token. */
export function agreementKeyFor(agreementGrantToken: string): string {
  return `grant-sha256:${createHash('sha256').update(agreementGrantToken).digest('hex').slice(0, 16)}`;
}

/**
 * The key of an agreement as GET /self names it. Fair use is counted per agreement, so
 * every profile (and grant token) on the same agreement shares this one budget.
 */
export function agreementKeyForNumber(agreementNumber: number): string {
  return `agreement:${agreementNumber}`;
}

export interface FairUseGuardOptions {
  store: CallBudgetStore;
  agreementKey: string;
  dailyLimit?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  warn: (msg: string) => void;
}

export class FairUseGuard {
  private readonly dailyLimit: number;
  /** Earliest time the next call may start while slowed down. */
  private nextSlotAt = 0;
  private warnedSlowdown = false;
  private agreementKey: string;
  /** Calls this guard admitted under the current key, carried over when the agreement becomes known. */
  private admitted = 0;

  constructor(private readonly opts: FairUseGuardOptions) {
    this.dailyLimit = opts.dailyLimit ?? DEFAULT_DAILY_LIMIT;
    if (!(this.dailyLimit > 0)) throw new RangeError(`dailyLimit must be positive, got ${this.dailyLimit}`);
    this.agreementKey = opts.agreementKey;
  }

  /** The key the calls are counted under now. */
  get key(): string {
    return this.agreementKey;
  }

  /**
   * The agreement is known now (GET /self): count against its own budget from here on,
   * together with every other profile on it, carrying along the calls made so far.
   */
  identify(agreementKey: string): void {
    if (agreementKey === this.agreementKey) return;
    if (this.admitted > 0) this.opts.store.record(agreementKey, this.opts.now(), this.admitted);
    this.agreementKey = agreementKey;
  }

  /** Spacing between calls that keeps usage flat: the whole budget spread over 24 hours. */
  get slowdownSpacingMs(): number {
    return Math.ceil(DAY_MS / this.dailyLimit);
  }

  usedInLastDay(): number {
    return this.opts.store.countSince(this.agreementKey, this.opts.now() - DAY_MS);
  }

  /** Call right before each HTTP attempt; waits when slowed down, throws when exhausted, then records. */
  async admit(method: string, path: string): Promise<void> {
    const used = this.usedInLastDay();
    this.throwIfExhausted(used, method, path);
    if (used >= this.dailyLimit * SLOWDOWN_SHARE) {
      if (!this.warnedSlowdown) {
        this.warnedSlowdown = true;
        this.opts.warn(
          `LedgerBridge has used ${used} of the ${this.dailyLimit} e-conomic API calls allowed per 24 hours for this agreement. ` +
            `To stay within e-conomic's fair-use limit it now makes at most one call every ${formatDuration(this.slowdownSpacingMs)}.`,
        );
      }
      const now = this.opts.now();
      const slot = Math.max(now, this.nextSlotAt);
      this.nextSlotAt = slot + this.slowdownSpacingMs;
      if (slot > now) await this.opts.sleep(slot - now);
      // Other calls may have been admitted while this one waited.
      this.throwIfExhausted(this.usedInLastDay(), method, path);
    }
    this.opts.store.record(this.agreementKey, this.opts.now());
    this.admitted++;
  }

  private throwIfExhausted(used: number, method: string, path: string): void {
    if (used < this.dailyLimit) return;
    const now = this.opts.now();
    const freesAt = this.freesUpAt(now);
    const waitMs = Math.max(0, freesAt - now);
    throw new EconomicError(
      'budget-exhausted',
      `Did not call e-conomic (${method} ${path}): this agreement has used its ${this.dailyLimit} API calls for the last 24 hours ` +
        `(e-conomic's fair-use limit). The next call is possible at ${new Date(freesAt).toISOString()} ` +
        `(in about ${formatDuration(waitMs)}); LedgerBridge continues then by itself.`,
      { method, path, retryAfterMs: waitMs },
    );
  }

  /** The first moment at which fewer than dailyLimit calls lie in the trailing 24 h window. */
  private freesUpAt(now: number): number {
    const { store } = this.opts;
    const { agreementKey } = this;
    let lo = now - DAY_MS; // window start today: the budget is full from here
    let hi = now + 1; // no recorded call starts after now
    if (store.countSince(agreementKey, hi) >= this.dailyLimit) return hi + DAY_MS;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (store.countSince(agreementKey, mid) >= this.dailyLimit) lo = mid;
      else hi = mid;
    }
    return hi + DAY_MS;
  }
}

export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Math.max(0.1, Math.round(ms / 100) / 10)} s`;
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
