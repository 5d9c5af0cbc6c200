import type { KeyValueStore } from './kv';

/** The agreement the profile's tokens reached at a sync (GET /self), at e-conomic's time. */
export interface AgreementSeen {
  agreementNumber: number;
  at: string;
}

/**
 * What e-conomic itself said, per profile: the agreement its tokens reach and e-conomic's own
 * clock. The plan gate and the supervised period rest on these instead of on the PC, whose
 * clock and network a person at the keyboard can change. Kept per profile, so a sandbox
 * profile with its clock moved ahead cannot move a real profile's time along.
 */
export class EconomicFactsStore {
  private readonly byProfile = new Map<string, EconomicFacts>();

  constructor(private readonly kv: KeyValueStore) {}

  forProfile(profile: string): EconomicFacts {
    let facts = this.byProfile.get(profile);
    if (!facts) this.byProfile.set(profile, (facts = new EconomicFacts(profile, this.kv)));
    return facts;
  }
}

export class EconomicFacts {
  /** The latest time known, so the `Date` of every answer costs no database read. */
  private latestMs: number | null | undefined;

  constructor(
    readonly profile: string,
    private readonly kv: KeyValueStore,
  ) {}

  private get timeKey(): string {
    return `economicTime:${this.profile}`;
  }

  private get agreementKey(): string {
    return `economicAgreement:${this.profile}`;
  }

  /** e-conomic's time: the latest `Date` it answered with, never earlier than one seen before. Null until it has answered. */
  time(): Date | null {
    if (this.latestMs === undefined) {
      const stored = this.kv.get<string>(this.timeKey);
      this.latestMs = stored ? Date.parse(stored) : null;
    }
    return this.latestMs === null ? null : new Date(this.latestMs);
  }

  /** An answer's `Date`: it moves e-conomic's time forward, never back. Returns the time after it. */
  observeTime(serverTime: Date): Date {
    const latest = this.time();
    if (latest && serverTime.getTime() <= latest.getTime()) return latest;
    this.latestMs = serverTime.getTime();
    this.kv.set(this.timeKey, serverTime.toISOString());
    return serverTime;
  }

  agreement(): AgreementSeen | null {
    return this.kv.get<AgreementSeen>(this.agreementKey) ?? null;
  }

  recordAgreement(agreementNumber: number, at: Date): void {
    this.kv.set(this.agreementKey, { agreementNumber, at: at.toISOString() } satisfies AgreementSeen);
  }
}
