import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, money } from '../../../../shared/domain/money';
import { localDate } from '../../../../shared/domain/local-day';
import { admin, bookedDocs, draftDocs, startShopHarness, type ShopHarness } from '../../moneyflows/harness';
import { krusOrder } from '../../../helpers/refund-cases';

/**
 * A day is booked exactly once however the run that books it dies: SIGKILLed after
 * e-conomic created the day's draft but before the ledger knew, or after e-conomic booked it
 * but before the ledger knew. The restart finds the day's invoice by its reference and
 * finishes it; a second sync changes nothing. Two Krus orders (2 × 299.00, see
 * test/helpers/refund-cases.ts) paid with MobilePay make the day: 598.00, and its payment
 * voucher: one entry of −598.00 against MobilePay's clearing account 5820 — also exactly once
 * when the run dies just before or just after e-conomic received the voucher. A day's writes
 * are, in order: its draft (1), its booking (2), its payment voucher (3).
 */

const CHILD = join(__dirname, '..', 'crash-child.ts');
const RUN_TS = join(__dirname, '..', '..', '..', '..', 'bin', 'run-ts.js');
const DAY_MS = 86_400_000;

function runChild(dataDir: string, crashAt: string): Promise<{ killed: boolean }> {
  const env = { ...process.env, LEDGERBRIDGE_CRASH_AT: crashAt };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_TS, CHILD, dataDir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status, signal) => {
      if (status !== 0 && signal !== 'SIGKILL') reject(new Error(`child failed (${status ?? signal}): ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('a day while the sync is killed', () => {
  let h: ShopHarness;
  let next = 9100;
  beforeAll(async () => {
    h = await startShopHarness('woocommerce', {
      automatic: true,
      profile: {
        postingUnit: 'day',
        paymentMethods: { mobilepay: { title: 'MobilePay', paymentTermsNumber: 3, registerPayment: { journalNumber: 2, contraAccountNumber: 5820 } } },
        sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: new Date(Date.now() - 30 * DAY_MS).toISOString() } },
    });
  }, 60_000);
  afterAll(() => h.close());

  // Each case sells on its own day, further back than the last, so the days never mix.
  let daysAgo = 3;

  it.each(['after-economic-write:1', 'after-economic-write:2', 'after-journal-begin:3', 'after-economic-write:3'])('is booked and its payments registered exactly once after a SIGKILL at %s and a restart', async (point) => {
    const date = localDate(new Date(Date.now() - daysAgo++ * DAY_MS), 'Europe/Copenhagen');
    const at = `${date}T11:00:00`;
    for (const n of [next++, next++]) await admin(h.shop.url, 'orders', { ...krusOrder('woocommerce', n), date_created_gmt: at, date_paid_gmt: at, date_completed_gmt: at });
    h.runtime.close(); // the data dir is the child's now

    const first = await runChild(h.dataDir, point);
    expect(first.killed, 'the kill point was reached').toBe(true);

    await h.reopen();
    await h.runtime.syncOnce();
    await h.runtime.syncOnce();
    const reference = `lb-day:${h.runtime.profile.name}:${date}:DKK:domestic`;
    expect(bookedDocs(h.economic).filter((d) => d.references?.other === reference).map((d) => money(dec(String(d.grossAmount))))).toEqual(['598.00']);
    expect(draftDocs(h.economic).filter((d) => d.references?.other === reference)).toEqual([]);
    expect(h.runtime.ledger.days.find(h.runtime.profile.name, date, 'DKK', 'domestic')?.state).toBe('done');
    const vouchers = (h.economic.state().vouchers as unknown as Array<{ entries: Array<{ date: string; amount: string; contraAccountNumber: number }> }>).filter((v) => v.entries.some((e) => e.date === date));
    expect(vouchers.map((v) => v.entries.map((e) => [money(dec(e.amount)), e.contraAccountNumber]))).toEqual([[['-598.00', 5820]]]);
  });
});
