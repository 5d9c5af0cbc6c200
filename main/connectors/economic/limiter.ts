/**
 * Caps the number of requests in flight across the whole client. Adaptive: a 429 halves the
 * cap (never below 1) and each run of successes lets it grow back by one, so a throttled
 * agreement is approached gently and recovers slowly.
 */
export const SUCCESSES_PER_STEP_UP = 10;

export class AdaptiveLimiter {
  private current: number;
  private inFlight = 0;
  private successStreak = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${max}`);
    this.current = max;
  }

  get limit(): number {
    return this.current;
  }

  /** Resolves with a release function once a slot is free. */
  async acquire(): Promise<() => void> {
    if (this.inFlight < this.current) this.inFlight++;
    // When queued, wake() takes the slot on our behalf before resolving.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.wake();
    };
  }

  /** The server said "too many requests". Returns true when the cap was lowered. */
  throttled(): boolean {
    this.successStreak = 0;
    if (this.current === 1) return false;
    this.current = Math.max(1, Math.floor(this.current / 2));
    return true;
  }

  succeeded(): void {
    if (this.current >= this.max) return;
    this.successStreak++;
    if (this.successStreak >= SUCCESSES_PER_STEP_UP) {
      this.successStreak = 0;
      this.current++;
      this.wake();
    }
  }

  private wake(): void {
    while (this.inFlight < this.current && this.waiting.length > 0) {
      this.inFlight++;
      this.waiting.shift()!();
    }
  }
}
