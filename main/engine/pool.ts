/** Runs `work` over `items` with at most `limit` in flight, in order of start. */
export async function runPool<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const workers = Array.from({ length: Math.max(1, limit) }, async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  });
  await Promise.all(workers);
}
