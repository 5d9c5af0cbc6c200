import { createPrng, type Prng } from '../shared/prng';

/**
 * Injected failures, the same way for every sandbox: a seeded share of API requests fails with
 * one of the listed outcomes. 'drop' closes the connection without an answer; 'hang' never
 * answers (the client's timeout has to fire).
 */
export type FaultOutcome = 429 | 500 | 502 | 503 | 'drop' | 'hang';

export interface WooFaults {
  failRate?: number;
  statuses?: FaultOutcome[];
  /** Share of requests whose connection is reset (docs/contracts.md), on top of failRate. */
  resetRate?: number;
  latencyMs?: number;
  seed?: number;
}

export class FaultPlan {
  private prng: Prng;

  constructor(private faults: WooFaults = {}) {
    this.prng = createPrng(faults.seed ?? 1);
  }

  set(faults: WooFaults): void {
    this.faults = { ...faults };
    this.prng = createPrng(faults.seed ?? 1);
  }

  get current(): WooFaults {
    return { ...this.faults };
  }

  get latencyMs(): number {
    return Math.max(0, this.faults.latencyMs ?? 0);
  }

  /** The outcome for the next request, or null to answer normally. */
  draw(): FaultOutcome | null {
    const { failRate = 0, resetRate = 0 } = this.faults;
    if (resetRate > 0 && this.prng.next() < resetRate) return 'drop';
    if (failRate > 0 && this.prng.next() < failRate) {
      const outcomes: FaultOutcome[] = this.faults.statuses?.length ? this.faults.statuses : [500];
      return this.prng.pick(outcomes);
    }
    return null;
  }
}
