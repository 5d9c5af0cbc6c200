import type { Database } from 'better-sqlite3';
import type { Params } from '../../shared/errors';
import { redactDeep } from '../../shared/redact';
import type { NotifyState, PendingProblem } from './planner';

interface PendingRow {
  entry_id: number | null;
  code: string;
  params: string;
  added_at: string;
}

/** The mail throttle's memory (last mail, problems waiting for the digest), per profile, in SQLite. */
export class NotifyStateStore {
  constructor(private readonly db: Database) {}

  load(profile: string): NotifyState {
    const lastMailAt = (this.db.prepare('SELECT last_mail_at FROM notify_state WHERE profile = ?').pluck().get(profile) as string | null | undefined) ?? null;
    const rows = this.db.prepare('SELECT entry_id, code, params, added_at FROM notify_pending WHERE profile = ? ORDER BY id').all(profile) as PendingRow[];
    const pending: PendingProblem[] = rows.map((r) => ({
      ...(r.entry_id !== null ? { entryId: r.entry_id } : {}),
      code: r.code,
      params: JSON.parse(r.params) as Params,
      addedAt: r.added_at,
    }));
    return { lastMailAt, pending };
  }

  save(profile: string, state: NotifyState): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO notify_state (profile, last_mail_at) VALUES (?, ?) ON CONFLICT(profile) DO UPDATE SET last_mail_at = excluded.last_mail_at')
        .run(profile, state.lastMailAt);
      this.db.prepare('DELETE FROM notify_pending WHERE profile = ?').run(profile);
      const insert = this.db.prepare('INSERT INTO notify_pending (profile, entry_id, code, params, added_at) VALUES (?, ?, ?, ?, ?)');
      for (const p of state.pending) insert.run(profile, p.entryId ?? null, p.code, JSON.stringify(redactDeep(p.params)), p.addedAt);
    })();
  }
}
