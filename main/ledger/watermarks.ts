import type { Database, Statement } from 'better-sqlite3';

/** How far each shop stream has been polled, per profile (e.g. stream 'orders', 'refunds'). */
export class WatermarksRepository {
  private readonly getStmt: Statement<[string, string], { value: string }>;
  private readonly setStmt: Statement;

  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.getStmt = db.prepare('SELECT value FROM watermarks WHERE profile = ? AND stream = ?');
    this.setStmt = db.prepare(`INSERT INTO watermarks (profile, stream, value, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (profile, stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  }

  /** The ISO time of the newest modification seen, or null before the first poll. */
  get(profile: string, stream: string): string | null {
    return this.getStmt.get(profile, stream)?.value ?? null;
  }

  set(profile: string, stream: string, isoValue: string): void {
    if (Number.isNaN(Date.parse(isoValue))) throw new Error(`A watermark must be an ISO date-time; got "${isoValue}".`);
    this.setStmt.run(profile, stream, isoValue, this.now().toISOString());
  }
}
