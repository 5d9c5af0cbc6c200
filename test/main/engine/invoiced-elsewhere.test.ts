import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoicePdfFilename } from '../../../main/mail/send';
import type { Runtime } from '../../../main/runtime/runtime';
import { generateWooDemoOrders, generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { ConfigStore } from '../../../main/settings';
import { startSandboxHarness as startHarness, walkSupervisedPeriod, type SandboxHarness as Harness } from '../../../main/demo/sandbox-harness';

/**
 * Issue 14 §4: two LedgerBridge data folders on one e-conomic agreement and one shop (a second
 * installation, or a new one beside an old one). Whichever runs first invoices an order; the
 * other finds that invoice in e-conomic under the order's reference and neither books nor mails
 * it again. e-conomic allows `$in:` on numeric properties only, so the lookup is one listing
 * per collection and poll page, never `references.other$in:`.
 */

type Invoice = { bookedInvoiceNumber?: number; draftInvoiceNumber?: number; references?: { other?: string } };

let harness: Harness;
let first: Runtime;
let second: Runtime;
let secondDir: string;
const orders = generateWooDemoOrders({ count: 24, seed: 3 });

beforeAll(async () => {
  harness = await startHarness({ orders });
  first = await harness.open();
  // The second installation: its own data folder, the same shop, agreement and mail server.
  secondDir = mkdtempSync(join(tmpdir(), 'lb-second-'));
  new ConfigStore(secondDir).saveProfile(new ConfigStore(harness.dataDir).requireProfile());
  second = await harness.open({ dataDir: secondDir });
  walkSupervisedPeriod(first);
  walkSupervisedPeriod(second);
});

afterAll(async () => {
  first?.close();
  second?.close();
  await harness?.close();
  rmSync(secondDir, { recursive: true, force: true });
});

const economic = () => harness.economic.state() as unknown as { drafts: Invoice[]; booked: Invoice[] };

/** How many booked invoices and drafts e-conomic holds per LedgerBridge reference. */
function invoicesPerReference(): Map<string, { booked: number; drafts: number }> {
  const per = new Map<string, { booked: number; drafts: number }>();
  const count = (doc: Invoice, key: 'booked' | 'drafts') => {
    const ref = doc.references?.other;
    if (!ref) return;
    const entry = per.get(ref) ?? { booked: 0, drafts: 0 };
    entry[key]++;
    per.set(ref, entry);
  };
  for (const b of economic().booked) count(b, 'booked');
  for (const d of economic().drafts) count(d, 'drafts');
  return per;
}

/** Mails to buyers with an invoice attached (the owner's problem notices carry none). */
const invoiceMails = () => harness.smtp.mails().filter((m) => m.attachments.length > 0);

/** Invoice mails per invoice number, as the SMTP server received them. */
function mailsPerInvoice(): Map<number, number> {
  const per = new Map<number, number>();
  for (const b of economic().booked) {
    const n = invoiceMails().filter((m) => m.attachments.some((a) => a.filename === invoicePdfFilename(b.bookedInvoiceNumber!))).length;
    per.set(b.bookedInvoiceNumber!, n);
  }
  return per;
}

describe('two data folders on one agreement', () => {
  it('the second installation books, drafts and mails nothing the first already invoiced, and says so once', async () => {
    const firstRun = await first.syncOnce();
    expect(firstRun.booked).toBeGreaterThan(10);
    const bookedByFirst = economic().booked.length;
    const draftsByFirst = economic().drafts.map((d) => d.draftInvoiceNumber); // kept as drafts by a rule
    const mailsAfterFirst = invoiceMails().length;
    expect(mailsAfterFirst).toBeGreaterThan(0);

    const secondRun = await second.syncOnce();
    expect(secondRun.booked).toBe(0);
    expect(economic().booked).toHaveLength(bookedByFirst);
    // A draft the first left is taken over, not made a second time.
    expect(economic().drafts.map((d) => d.draftInvoiceNumber)).toEqual(draftsByFirst);
    expect(invoiceMails()).toHaveLength(mailsAfterFirst);
    for (const [ref, n] of invoicesPerReference()) expect({ ref, invoices: n.booked + n.drafts }).toEqual({ ref, invoices: 1 });
    // Every order the first booked is done in the second ledger, with the same invoice number.
    for (const row of first.ledger.orders.list({ states: ['booked', 'done'], limit: 100 }).items) {
      expect(second.ledger.orders.get(row.orderId)).toMatchObject({ state: 'done', bookedNumber: row.bookedNumber });
    }
    const notes = second.log.openProblems().filter((p) => p.code === 'LB-7013');
    expect(notes).toHaveLength(1);
    expect(notes[0].params).toMatchObject({ count: bookedByFirst });
  });

  it('new orders: whichever installation syncs first invoices and mails each once', async () => {
    const [a, b, c] = generateWooOrders({ count: 3, seed: 77 }).map((o, i) => ({ ...o, id: 9001 + i, number: String(9001 + i), status: 'completed' }));
    harness.shop.upsertOrder(a);
    harness.shop.upsertOrder(b);
    await second.syncOnce(); // the second installation is first this time
    harness.shop.upsertOrder(c);
    await first.syncOnce();
    await second.syncOnce();

    for (const [ref, n] of invoicesPerReference()) expect({ ref, invoices: n.booked + n.drafts }).toEqual({ ref, invoices: 1 });
    for (const id of ['9001', '9002', '9003']) {
      const { booked, drafts } = invoicesPerReference().get(`wc:${id}`)!;
      expect(booked + drafts).toBe(1);
      // Both ledgers know the same invoice (or the same draft, when a rule keeps the order as one).
      const [one, other] = [first.ledger.orders.get(id)!, second.ledger.orders.get(id)!];
      expect(one.bookedNumber ?? one.draftNumber).not.toBeNull();
      expect(other.bookedNumber ?? other.draftNumber).toBe(one.bookedNumber ?? one.draftNumber);
    }
    for (const [invoice, mails] of mailsPerInvoice()) expect({ invoice, mails }).toEqual({ invoice, mails: 1 });
  });
});
