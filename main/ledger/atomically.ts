import type { Database } from 'better-sqlite3';

const runners = new WeakMap<Database, (fn: () => unknown) => unknown>();

/**
 * Runs `fn` in one transaction on `db` (a savepoint when one is open, as always inside a
 * sync's group commit) and returns its result. Same as `db.transaction(fn)()`, which builds
 * a new transaction function with its four variants on every call: on the engine's hot path
 * (every state change and journal row) that cost more than the savepoint itself.
 */
export function atomically<T>(db: Database, fn: () => T): T {
  let run = runners.get(db);
  if (!run) {
    run = db.transaction((work: () => unknown) => work());
    runners.set(db, run);
  }
  return run(fn) as T;
}
