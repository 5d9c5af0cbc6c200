import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../main/engine/pool';

/** Work whose items finish when the test says so, recording what started and what is running. */
function controlledWork() {
  const started: string[] = [];
  const running = new Set<string>();
  let most = 0;
  const finishers = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  const work = (item: string) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      running.add(item);
      most = Math.max(most, running.size);
      finishers.set(item, {
        resolve: () => {
          running.delete(item);
          resolve();
        },
        reject: (e) => {
          running.delete(item);
          reject(e);
        },
      });
    });
  const tick = () => new Promise((r) => setImmediate(r));
  return {
    work,
    started,
    running,
    most: () => most,
    async finish(item: string) {
      finishers.get(item)!.resolve();
      await tick();
    },
    async fail(item: string, error: Error) {
      finishers.get(item)!.reject(error);
      await tick();
    },
    tick,
  };
}

function settled(promise: Promise<void>): { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } {
  const s: { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { state: 'pending' };
  promise.then(
    () => (s.state = 'resolved'),
    (error: unknown) => Object.assign(s, { state: 'rejected', error }),
  );
  return s;
}

describe('the work queue of a sync (shop pages overlapping)', () => {
  it("starts the next page's first orders while the page before is still finishing, never more than the limit at once", async () => {
    const w = controlledWork();
    const queue = new WorkQueue(2, w.work);
    const first = settled(queue.add(['a1', 'a2', 'a3']));
    await w.tick();
    expect(w.started).toEqual(['a1', 'a2']);

    await w.finish('a1');
    expect(w.started).toEqual(['a1', 'a2', 'a3']);
    const second = settled(queue.add(['b1', 'b2']));
    await w.finish('a2');
    // a3 is still running; b1 takes the slot a2 left, before the first page is done.
    expect(w.started).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect([...w.running]).toEqual(['a3', 'b1']);
    expect(first.state).toBe('pending');

    await w.finish('a3');
    expect(first.state).toBe('resolved');
    expect(second.state).toBe('pending');
    await w.finish('b1');
    await w.finish('b2');
    expect(second.state).toBe('resolved');
    expect(w.most()).toBe(2);
  });

  it('resolves a page without orders at once', async () => {
    const w = controlledWork();
    const queue = new WorkQueue(2, w.work);
    await expect(queue.add([])).resolves.toBeUndefined();
    expect(w.started).toEqual([]);
  });

  it('stops starting anything after an order fails: the queued orders are dropped, and every page with a failed or dropped order rejects with the first error', async () => {
    const w = controlledWork();
    const queue = new WorkQueue(2, w.work);
    const first = settled(queue.add(['a1', 'a2']));
    const second = settled(queue.add(['b1', 'b2']));
    await w.tick();
    const disk = new Error('disk full');
    await w.fail('a1', disk);
    expect(first.state).toBe('rejected');
    expect(first.error).toBe(disk);
    expect(second.state).toBe('rejected');
    expect(second.error).toBe(disk);
    // a2 was already running and finishes; nothing else starts.
    await w.finish('a2');
    expect(w.started).toEqual(['a1', 'a2']);
    await expect(queue.add(['c1'])).rejects.toBe(disk);
    expect(w.started).toEqual(['a1', 'a2']);
  });

  it('takes a work function that throws before its first await as a failed order, not as an error of add', async () => {
    const queue = new WorkQueue<string>(1, (item) => {
      throw new Error(`cannot start ${item}`);
    });
    await expect(queue.add(['x'])).rejects.toThrow('cannot start x');
  });
});
