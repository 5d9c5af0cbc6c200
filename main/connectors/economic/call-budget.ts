/**
 * Where the client records every call it makes, so the fair-use budget
 * (50,000 calls per 24 h per agreement) survives restarts. The ledger provides a
 * SQLite implementation; tests and the dry run use the in-memory one.
 */
export interface CallBudgetStore {
  record(agreement: string, atMs: number, count?: number): void;
  countSince(agreement: string, sinceMs: number): number;
}

export class InMemoryCallBudgetStore implements CallBudgetStore {
  private readonly calls: Array<{ agreement: string; atMs: number; count: number }> = [];

  record(agreement: string, atMs: number, count = 1): void {
    this.calls.push({ agreement, atMs, count });
  }

  countSince(agreement: string, sinceMs: number): number {
    let total = 0;
    for (const c of this.calls) if (c.agreement === agreement && c.atMs >= sinceMs) total += c.count;
    return total;
  }
}
