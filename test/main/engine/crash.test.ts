import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWooDemoOrders } from '../../../main/sandbox/shops/woocommerce';
import { CRASH_POINTS } from '../../../main/engine/crash-points';
import { enableAutomaticPosting, startHarness, type Harness } from '../../helpers/engine-harness';

const CHILD = join(__dirname, 'crash-child.ts');
const RUN_TS = join(__dirname, '..', '..', '..', 'bin', 'run-ts.js');

/** Runs the engine in a child process (async: the sandboxes it talks to live in this process). */
function runChild(dataDir: string, crashAt?: string): Promise<{ killed: boolean; status: number | null }> {
  const env = { ...process.env, LEDGERBRIDGE_CRASH_AT: crashAt ?? '' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_TS, CHILD, dataDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      if (status !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${status ?? signal}): ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL', status });
    });
  });
}

// (point, nth hit) pairs: every crash point, several at the first and a later hit, so the kill
// lands between an e-conomic write and its ledger row, mid-batch, after booking, etc.
const KILLS: Array<[string, number]> = [
  ...CRASH_POINTS.map((p): [string, number] => [p, 1]),
  ['after-journal-begin', 3],
  ['after-journal-begin', 6],
  ['after-economic-write', 2],
  ['after-economic-write', 3],
  ['after-economic-write', 5],
  ['after-economic-write', 8],
  ['after-journal-complete', 4],
  ['after-journal-complete', 7],
  ['after-booking', 3],
  ['after-pdf-stored', 2],
  ['after-mail-queued', 3],
  ['after-booking', 6],
];

type Booked = { bookedInvoiceNumber: number; references?: { other?: string } };
type Draft = { draftInvoiceNumber: number; references?: { other?: string } };

describe('killing the engine at any point', () => {
  let orders: Record<string, unknown>[];
  beforeAll(() => {
    orders = generateWooDemoOrders({ count: 10, seed: 42 });
  });

  it.each(KILLS)('books every order exactly once after a SIGKILL at %s (hit %i) and a restart', async (point, hit) => {
    const harness: Harness = await startHarness({ orders });
    try {
      const setup = await harness.open();
      enableAutomaticPosting(setup, harness);
      setup.close();

      const first = await runChild(harness.dataDir, `${point}:${hit}`);
      await runChild(harness.dataDir);
      await runChild(harness.dataDir); // a third run must change nothing

      const state = harness.economic.state() as unknown as { booked: Booked[]; drafts: Draft[] };
      const runtime = await harness.open();
      try {
        const rows = runtime.ledger.orders.list({ limit: 100 }).items;
        const bookedRefs = state.booked.map((b) => b.references?.other);
        expect(new Set(bookedRefs).size, 'no order booked twice').toBe(bookedRefs.length);
        const draftRefs = state.drafts.map((d) => d.references?.other);
        expect(new Set(draftRefs).size, 'no order with two drafts').toBe(draftRefs.length);
        for (const row of rows) {
          const ref = `wc:${row.orderId}`;
          const bookedCount = bookedRefs.filter((r) => r === ref).length;
          if (row.state === 'done' || row.state === 'booked') expect(bookedCount).toBe(1);
          else expect(bookedCount, `${row.orderId} in ${row.state} must not be booked`).toBe(0);
          // Nothing lost: every order is finished or waits with a reason.
          if (!['done', 'skipped', 'seen'].includes(row.state)) expect(row.reasonCode ?? row.state).toBeTruthy();
          if (['eligible', 'drafted', 'booked'].includes(row.state)) throw new Error(`order ${row.orderId} left in ${row.state}`);
        }
        const mailsPerInvoice = new Map<string, number>();
        for (const m of harness.smtp.mails()) mailsPerInvoice.set(m.subject ?? '', (mailsPerInvoice.get(m.subject ?? '') ?? 0) + 1);
        for (const [subject, n] of mailsPerInvoice) expect(n, `one mail for "${subject}"`).toBe(1);
        expect(rows.filter((r) => r.state === 'done').length).toBeGreaterThan(3);
        expect(first.killed, 'the kill point was reached').toBe(true);
      } finally {
        runtime.close();
      }
    } finally {
      await harness.close();
    }
  });
});

describe('a response lost after e-conomic did the write', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ orders: generateWooDemoOrders({ count: 20, seed: 8 }) });
  });
  afterAll(() => harness.close());

  it('never creates or books twice when a third of the answers are lost or fail', async () => {
    const runtime = await harness.open();
    try {
      enableAutomaticPosting(runtime, harness);
      harness.economic.setFaults({ failRate: 0.35, statuses: ['lost', 503, 429, 'drop'], seed: 3 });
      for (let i = 0; i < 4; i++) await runtime.syncOnce().catch(() => undefined);
      harness.economic.setFaults({ failRate: 0 });
      harness.clock.advanceDays(1);
      await runtime.syncOnce();
      const state = harness.economic.state() as unknown as { booked: Booked[]; idempotentReplays: number };
      const refs = state.booked.map((b) => b.references?.other);
      expect(new Set(refs).size).toBe(refs.length);
      expect(state.idempotentReplays).toBeGreaterThan(0);
      const rows = runtime.ledger.orders.list({ limit: 100 }).items;
      for (const row of rows.filter((r) => r.state === 'done')) expect(refs.filter((r) => r === `wc:${row.orderId}`)).toHaveLength(1);
      expect(rows.filter((r) => ['eligible', 'drafted', 'booked'].includes(r.state))).toEqual([]);
    } finally {
      runtime.close();
    }
  });
});
