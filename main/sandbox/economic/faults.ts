import type { FaultConfig } from './types';
import { createPrng } from '../shops/shared/prng';

export type FaultDecision = { kind: 'none' } | { kind: 'status'; status: 429 | 500 | 503 } | { kind: 'drop' } | { kind: 'lost' };

/**
 * Decides, per API call, whether to inject a fault. failRate picks one of `statuses`;
 * resetRate (independent) resets the connection before the request is handled.
 */
export class FaultInjector {
  private config: FaultConfig = { failRate: 0 };
  private rng = createPrng(1).next;
  injected = 0;

  set(config: FaultConfig): void {
    if (typeof config.failRate !== 'number' || config.failRate < 0 || config.failRate > 1) throw new Error('failRate must be a number between 0 and 1');
    this.config = { ...config };
    this.rng = createPrng(config.seed ?? 1).next;
  }

  get latencyMs(): number {
    return this.config.latencyMs ?? 0;
  }

  decide(): FaultDecision {
    const { failRate, resetRate = 0 } = this.config;
    if (resetRate > 0 && this.rng() < resetRate) {
      this.injected++;
      return { kind: 'drop' };
    }
    if (failRate <= 0 || this.rng() >= failRate) return { kind: 'none' };
    const statuses: NonNullable<FaultConfig['statuses']> = this.config.statuses?.length ? this.config.statuses : [500];
    const pick = statuses[Math.floor(this.rng() * statuses.length)];
    this.injected++;
    if (pick === 'drop') return { kind: 'drop' };
    if (pick === 'lost') return { kind: 'lost' };
    return { kind: 'status', status: pick as 429 | 500 | 503 };
  }
}
