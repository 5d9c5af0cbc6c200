import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreCommand } from '../../../main/cli/commands/restore';
import { restorePending } from '../../../main/engine/after-restore';
import { backupLedger } from '../../../main/ledger';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';

type Booked = { bookedInvoiceNumber: number; references?: { other?: string } };
const booked = (h: SandboxHarness) => (h.economic.state() as unknown as { booked: Booked[] }).booked;
const drafts = (h: SandboxHarness) => (h.economic.state() as unknown as { drafts: unknown[] }).drafts;
/** Invoice mails to customers, by the invoice number in their subject ("Faktura 10234 fra …"). */
const invoiceMails = (h: SandboxHarness) =>
  h.smtp
    .mails()
    .map((m) => /^Faktura (\d+) /.exec(m.subject ?? ''))
    .filter((match) => match !== null)
    .map((match) => Number(match[1]));

/** Paid orders (bank transfers included), so that each one is booked. */
const paidOrders = (count: number, seed: number, firstId: number) => generateWooOrders({ count, seed, firstId }).map((o) => ({ ...o, status: 'processing' }));

let harness: SandboxHarness | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await harness?.close();
  harness = null;
});

async function restore(dataDir: string, file: string): Promise<number> {
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return await restoreCommand(['--data-dir', dataDir, '--file', file, '--json']);
  } finally {
    quiet.mockRestore();
  }
}

describe('a sync after restoring a backup', () => {
  it('books and mails none of the 50 orders booked since the backup a second time, and goes on with new ones', async () => {
    harness = await startSandboxHarness({ orders: paidOrders(10, 31, 2001), profile: { rules: [] } });
    let runtime = await harness.open();
    walkSupervisedPeriod(runtime);
    await runtime.syncOnce();
    expect(booked(harness)).toHaveLength(10);
    const backup = await backupLedger(runtime.ledger);

    for (const order of paidOrders(50, 32, 3001)) harness.shop.upsertOrder(order);
    expect((await runtime.syncOnce()).booked).toBe(50);
    runtime.close();
    const before = booked(harness).map((b) => b.bookedInvoiceNumber).sort((a, b) => a - b);
    expect(before).toHaveLength(60);
    expect(invoiceMails(harness).sort((a, b) => a - b)).toEqual(before);

    // Two days later the backup from before those 50 is restored (the ledger file was damaged, say).
    // By then e-conomic has forgotten the Idempotency-Keys of the 50 bookings (after 24 hours), so only a
    // lookup by the orders' references can stop them from being booked again.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 86_400_000);
    harness.clock.advanceDays(2);
    expect(await restore(harness.dataDir, backup)).toBe(0);

    runtime = await harness.open();
    try {
      expect(restorePending(runtime.ledger)).toBe(true);
      const summary = await runtime.syncOnce();
      expect(summary).toMatchObject({ drafted: 0, booked: 0, mailed: 0 });
      expect(booked(harness).map((b) => b.bookedInvoiceNumber).sort((a, b) => a - b)).toEqual(before);
      expect(drafts(harness)).toEqual([]);
      expect(invoiceMails(harness).sort((a, b) => a - b)).toEqual(before);

      // The ledger knows them again, each with its invoice, and the owner is told which were found.
      for (const invoice of booked(harness)) {
        const row = runtime.ledger.orders.get(invoice.references!.other!.replace('wc:', ''))!;
        expect([row.state, row.bookedNumber]).toEqual(['done', invoice.bookedInvoiceNumber]);
      }
      const found = runtime.log.list({ code: 'LB-7009', limit: 10 }).entries;
      expect(found).toHaveLength(1);
      expect(found[0].params).toMatchObject({ count: 50 });
      expect(restorePending(runtime.ledger)).toBe(false);

      // A new order after that is booked and mailed as usual, once.
      harness.shop.upsertOrder(paidOrders(1, 33, 4001)[0]);
      expect(await runtime.syncOnce()).toMatchObject({ booked: 1, mailed: 1 });
      expect(booked(harness)).toHaveLength(61);
      expect(new Set(booked(harness).map((b) => b.references?.other)).size).toBe(61);
    } finally {
      runtime.close();
    }
  });
});
