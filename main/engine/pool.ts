/** Runs `work` over `items` with at most `limit` in flight, in order of start. */
export async function runPool<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const workers = Array.from({ length: Math.max(1, limit) }, async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  });
  await Promise.all(workers);
}

interface Batch {
  left: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A pool that takes its work in batches while it runs: at most `limit` items in flight across
 * all batches, in the order they were added. A batch's first items start while the last ones of
 * the batch before are still in flight, so the slots do not drain at each batch's end, as
 * `runPool` per batch would (a sync's shop pages: decisions/0007, throughput).
 *
 * After an item fails, nothing more starts: the items still queued are dropped, and every batch
 * with a failed or dropped item rejects with the first error, as `runPool` does for its items.
 */
export class WorkQueue<T> {
  private readonly queued: Array<{ item: T; batch: Batch }> = [];
  private running = 0;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly limit: number,
    private readonly work: (item: T) => Promise<void>,
  ) {}

  /**
   * Queues `items` behind everything added before; resolves when each of them is done. The
   * promise never counts as unhandled (a caller that stops on an earlier batch's error need
   * not wait for the later ones), but awaiting it still throws.
   */
  add(items: readonly T[]): Promise<void> {
    if (this.failure) return handled(Promise.reject(this.failure.error));
    if (items.length === 0) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => {
      const batch: Batch = { left: items.length, resolve, reject };
      for (const item of items) this.queued.push({ item, batch });
    });
    this.fill();
    return handled(done);
  }

  private fill(): void {
    while (this.running < Math.max(1, this.limit) && this.queued.length > 0) {
      const { item, batch } = this.queued.shift()!;
      this.running++;
      // A work function that throws before its first await still settles this item, not fill().
      Promise.resolve()
        .then(() => this.work(item))
        .then(
          () => this.settle(batch, null),
          (error: unknown) => this.settle(batch, { error }),
        );
    }
  }

  private settle(batch: Batch, failed: { error: unknown } | null): void {
    this.running--;
    if (failed && !this.failure) {
      this.failure = failed;
      for (const dropped of this.queued.splice(0)) dropped.batch.reject(failed.error);
    }
    if (failed) batch.reject(failed.error);
    else if (--batch.left === 0) batch.resolve();
    this.fill();
  }
}

function handled(promise: Promise<void>): Promise<void> {
  promise.catch(() => undefined);
  return promise;
}
