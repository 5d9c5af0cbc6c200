/**
 * Shopify's GraphQL leaky bucket, one per access token: `maximumAvailable` points,
 * refilled at `restoreRate` points per second. A query is admitted when its requested
 * cost fits what is available; afterwards the unused part (requested − actual) is
 * given back, as Shopify does.
 */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export class CostBucket {
  private available: number;
  private at: number;

  constructor(
    readonly maximumAvailable: number,
    readonly restoreRate: number,
    private readonly now: () => number = Date.now,
  ) {
    this.available = maximumAvailable;
    this.at = now();
  }

  private refill(): void {
    const t = this.now();
    this.available = Math.min(this.maximumAvailable, this.available + ((t - this.at) / 1000) * this.restoreRate);
    this.at = t;
  }

  /** Takes `cost` points when they are there; false (and nothing taken) when not. */
  take(cost: number): boolean {
    this.refill();
    if (cost > this.available) return false;
    this.available -= cost;
    return true;
  }

  giveBack(points: number): void {
    this.refill();
    this.available = Math.min(this.maximumAvailable, this.available + Math.max(0, points));
  }

  status(): ThrottleStatus {
    this.refill();
    return { maximumAvailable: this.maximumAvailable, currentlyAvailable: Math.floor(this.available), restoreRate: this.restoreRate };
  }
}
