import { createPrng, type Prng } from '../shared/prng';

/**
 * Injected failures for resilience tests: a seeded share of requests fails with one
 * of the given statuses ('drop' closes the socket without an answer), and every
 * request can be slowed down. Same seed, same sequence of failures.
 */
export type FaultStatus = 429 | 500 | 503 | 'drop';

export interface FaultSettings {
  failRate: number;
  statuses: FaultStatus[];
  latencyMs: number;
  seed: number;
}

export const NO_FAULTS: FaultSettings = { failRate: 0, statuses: [500], latencyMs: 0, seed: 1 };

export class FaultInjector {
  private settings: FaultSettings = NO_FAULTS;
  private prng: Prng = createPrng(NO_FAULTS.seed);

  set(input: Partial<FaultSettings>): FaultSettings {
    const statuses = (input.statuses ?? this.settings.statuses).filter((s): s is FaultStatus => s === 429 || s === 500 || s === 503 || s === 'drop');
    this.settings = {
      failRate: Math.min(1, Math.max(0, Number(input.failRate ?? this.settings.failRate) || 0)),
      statuses: statuses.length > 0 ? statuses : [500],
      latencyMs: Math.max(0, Number(input.latencyMs ?? this.settings.latencyMs) || 0),
      seed: Number(input.seed ?? this.settings.seed) || 1,
    };
    this.prng = createPrng(this.settings.seed);
    return this.settings;
  }

  current(): FaultSettings {
    return this.settings;
  }

  /** The failure to inject into this request, or null to serve it normally. */
  next(): FaultStatus | null {
    if (this.settings.failRate <= 0) return null;
    return this.prng.chance(this.settings.failRate) ? this.prng.pick(this.settings.statuses) : null;
  }
}
