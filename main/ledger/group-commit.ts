import type { Database } from 'better-sqlite3';

/**
 * Group commit for the orders a sync has in flight. A bare commit in WAL mode costs more
 * than everything else the engine does for an order, and a booked order makes about seven
 * state changes and journal rows, so while `run` is under way the ledger's writes gather in
 * one open transaction instead of committing one by one. They become durable together when
 * a caller needs them to be (`durable`): before every call to e-conomic the journal row of
 * that call must be on disk, so every order that reaches a call in the same turn of the
 * event loop waits for one shared commit — one commit for the rows of every call about to
 * be made. Writes never wait on the network uncommitted: a crash loses at most what was
 * written since the last call began, which is the state of a crash a moment earlier, and
 * the journal and the reconciliation are built for exactly that.
 *
 * The open transaction is `BEGIN` (deferred): it takes SQLite's write lock only with its
 * first write and releases it at the commit. Outside `run` every write commits by itself.
 * Nested `ledger.transaction` calls become savepoints inside it (better-sqlite3 does that
 * whenever a transaction is open), so a failing step still rolls back only its own writes.
 */
export class GroupCommit {
  private depth = 0;
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;
  /** SQLite's count of rows written by this connection, and its value at the last commit. */
  private readonly totalChanges: () => number;
  private committedChanges = -1;

  /**
   * `committed` runs after every commit that wrote something (the WAL checkpointer counts them);
   * `runs` when a run begins and after its last commit (the checkpointer hands the WAL back to
   * the connection between syncs).
   */
  constructor(
    private readonly db: Database,
    private readonly committed: () => void = () => undefined,
    private readonly runs: (running: boolean) => void = () => undefined,
  ) {
    const statement = db.prepare('SELECT total_changes()').pluck();
    this.totalChanges = () => statement.get() as number;
  }

  /** Runs `work` with the writes grouped; everything is committed when it ends, also when it throws. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth++ === 0) {
      this.runs(true);
      this.open();
    }
    try {
      return await work();
    } finally {
      if (--this.depth === 0) {
        try {
          this.commitNow(false);
        } finally {
          this.runs(false);
        }
      }
    }
  }

  /**
   * Resolves once every write made so far is committed. Callers in the same turn of the
   * event loop share one commit; outside `run` writes are already durable, and so they are
   * when nothing was written since the last commit.
   */
  durable(): Promise<void> {
    if (this.depth === 0) return Promise.resolve();
    // A commit is already scheduled (so something was written since the last one): join it
    // without asking SQLite again. Otherwise, nothing written since the last commit: nothing to wait for.
    if (!this.scheduled && this.totalChanges() === this.committedChanges) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After the current turn: every order that gets to a call in this turn joins in.
      // A failed commit rejects the waiters, who report it; it must not escape as uncaught.
      setImmediate(() => {
        try {
          this.commitNow(this.depth > 0);
        } catch {
          /* already handed to the waiters */
        }
      });
    });
  }

  /** Commits what is open (before the database is closed). */
  flush(): void {
    this.commitNow(this.depth > 0);
  }

  private open(): void {
    if (this.db.inTransaction) return;
    // Everything written before this point committed by itself.
    this.committedChanges = this.totalChanges();
    this.db.exec('BEGIN');
  }

  private commitNow(reopen: boolean): void {
    this.scheduled = false;
    const waiting = this.waiting.splice(0);
    try {
      if (this.db.open && this.db.inTransaction) {
        const changes = this.totalChanges();
        this.db.exec('COMMIT');
        if (changes !== this.committedChanges) this.committed();
        this.committedChanges = changes;
        // COMMIT and BEGIN change no rows: the count just read is still the committed one.
        if (reopen) this.db.exec('BEGIN');
      } else if (reopen && this.db.open) this.open();
    } catch (error) {
      for (const w of waiting) w.reject(error);
      throw error;
    }
    for (const w of waiting) w.resolve();
  }
}
