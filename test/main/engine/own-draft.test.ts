import { afterEach, describe, expect, it } from 'vitest';
import { EconomicClient } from '../../../main/connectors/economic/client';
import type { DraftInvoice } from '../../../main/connectors/economic/types';
import { retryOrders } from '../../../main/operations/retry';
import type { Runtime } from '../../../main/runtime/runtime';
import { generateWooDemoOrders } from '../../../main/sandbox/shops/woocommerce';
import { startSandboxHarness as startHarness, walkSupervisedPeriod, type SandboxHarness as Harness } from '../../../main/demo/sandbox-harness';

/**
 * Issue 14 §4: e-conomic reuses a draft's number once it is booked or deleted, and a PUT to a
 * number that does not exist creates it. So before LedgerBridge writes to (or books) a draft
 * that waited, it makes sure the number still holds its own draft (`references.other`): a draft
 * the owner booked or deleted by hand is never re-created, and the owner's own draft that took
 * the number over is never overwritten.
 */

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

type Doc = DraftInvoice & { bookedInvoiceNumber?: number };
const drafts = (h: Harness) => (h.economic.state() as unknown as { drafts: Doc[] }).drafts;
const booked = (h: Harness) => (h.economic.state() as unknown as { booked: Doc[] }).booked;
const withReference = (docs: Doc[], reference: string) => docs.filter((d) => d.references?.other === reference);

/** One paid order, synced once in the supervised period: its draft waits for the owner. */
async function orderWithWaitingDraft(): Promise<{ runtime: Runtime; raw: Record<string, unknown>; orderId: string; reference: string; draft: Doc }> {
  const [demo] = generateWooDemoOrders({ count: 1, seed: 11 });
  const raw: Record<string, unknown> = { ...demo, status: 'processing' };
  harness = await startHarness({ orders: [raw] });
  const runtime = await harness.open();
  await runtime.syncOnce();
  const orderId = String(raw.id);
  expect(runtime.ledger.orders.get(orderId)!.state).toBe('held');
  const [draft] = drafts(harness);
  return { runtime, raw, orderId, reference: `wc:${orderId}`, draft };
}

/** What the owner does in e-conomic's own screens, through the API a person's browser uses. */
function owner(h: Harness): EconomicClient {
  return new EconomicClient({ baseUrl: h.economic.url, appSecretToken: h.economic.appSecretToken, agreementGrantToken: h.economic.agreementGrantToken });
}

/** The owner writes an invoice of their own; e-conomic gives it the lowest free number after the highest draft. */
async function ownersOwnDraft(h: Harness, like: Doc): Promise<DraftInvoice> {
  return owner(h).createDraftInvoice(
    {
      date: like.date,
      currency: 'DKK',
      customer: { customerNumber: like.customer.customerNumber },
      paymentTerms: { paymentTermsNumber: like.paymentTerms.paymentTermsNumber },
      layout: { layoutNumber: like.layout!.layoutNumber },
      recipient: { name: 'Hansens Køkken ApS', vatZone: { vatZoneNumber: like.recipient.vatZone.vatZoneNumber } },
      lines: [{ lineNumber: 1, description: 'Konsulenttime', quantity: 1, unitNetPrice: 850, product: { productNumber: like.lines![0].product!.productNumber } }],
    },
    'owner-own-draft',
  );
}

function changeBuyerName(h: Harness, raw: Record<string, unknown>, first_name: string): void {
  h.shop.upsertOrder({ id: raw.id, billing: { ...(raw.billing as Record<string, unknown>), first_name } });
}

describe('a draft that waited for the owner', () => {
  it('booked by hand, then changed in the shop: the booking stands and the draft that took its number is left alone', async () => {
    const { runtime, raw, orderId, reference, draft } = await orderWithWaitingDraft();
    try {
      const invoice = harness!.economic.bookDraft(draft.draftInvoiceNumber);
      const theirs = await ownersOwnDraft(harness!, draft);
      expect(theirs.draftInvoiceNumber).toBe(draft.draftInvoiceNumber); // e-conomic reuses the number

      changeBuyerName(harness!, raw, 'Karoline');
      await runtime.syncOnce();

      const row = runtime.ledger.orders.get(orderId)!;
      expect(row.state === 'booked' || row.state === 'done').toBe(true);
      expect(row.bookedNumber).toBe(invoice.bookedInvoiceNumber);
      // The owner's draft is as they wrote it, and the order was not invoiced a second time.
      expect(drafts(harness!)).toEqual([expect.objectContaining({ draftInvoiceNumber: theirs.draftInvoiceNumber, recipient: expect.objectContaining({ name: 'Hansens Køkken ApS' }) })]);
      expect(withReference(drafts(harness!), reference)).toEqual([]);
      expect(withReference(booked(harness!), reference).map((b) => b.bookedInvoiceNumber)).toEqual([invoice.bookedInvoiceNumber]);
      // The manual booking counts for the supervised period like one seen by the daily check.
      expect(runtime.ledger.supervised.forProfile(runtime.profile.name).get().manualBookingCount).toBe(1);
    } finally {
      runtime.close();
    }
  });

  it('deleted by hand, then changed in the shop: no draft is made again until the owner presses Retry', async () => {
    const { runtime, raw, orderId, reference, draft } = await orderWithWaitingDraft();
    try {
      await owner(harness!).deleteDraftInvoice(draft.draftInvoiceNumber, 'owner-deletes');
      const theirs = await ownersOwnDraft(harness!, draft);
      expect(theirs.draftInvoiceNumber).toBe(draft.draftInvoiceNumber);

      changeBuyerName(harness!, raw, 'Karoline');
      await runtime.syncOnce();
      changeBuyerName(harness!, raw, 'Karla');
      await runtime.syncOnce();

      const row = runtime.ledger.orders.get(orderId)!;
      expect(row).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-3010', draftNumber: null });
      expect(runtime.log.openProblems().filter((p) => p.code === 'LB-3010').map((p) => p.orderId)).toEqual([orderId]);
      expect(drafts(harness!)).toEqual([expect.objectContaining({ draftInvoiceNumber: theirs.draftInvoiceNumber, recipient: expect.objectContaining({ name: 'Hansens Køkken ApS' }) })]);
      expect(booked(harness!)).toEqual([]);

      // The owner decides the order should be invoiced after all: a new draft of its own.
      await retryOrders(runtime, [orderId]);
      const ours = withReference(drafts(harness!), reference);
      expect(ours).toHaveLength(1);
      expect(ours[0].draftInvoiceNumber).not.toBe(theirs.draftInvoiceNumber);
      expect(ours[0].recipient.name).toContain('Karla');
      expect(runtime.ledger.orders.get(orderId)).toMatchObject({ state: 'held', draftNumber: ours[0].draftInvoiceNumber });
      expect(drafts(harness!).find((d) => d.draftInvoiceNumber === theirs.draftInvoiceNumber)!.recipient.name).toBe('Hansens Køkken ApS');
    } finally {
      runtime.close();
    }
  });

  it('deleted by hand before automatic posting began: the draft that took its number is not booked', async () => {
    const { runtime, orderId, draft } = await orderWithWaitingDraft();
    try {
      await owner(harness!).deleteDraftInvoice(draft.draftInvoiceNumber, 'owner-deletes');
      const theirs = await ownersOwnDraft(harness!, draft);

      harness!.clock.advanceDays(15); // the supervised period's 14 days
      walkSupervisedPeriod(runtime);
      await runtime.syncOnce();

      expect(booked(harness!)).toEqual([]);
      expect(drafts(harness!).map((d) => d.draftInvoiceNumber)).toEqual([theirs.draftInvoiceNumber]);
      expect(runtime.ledger.orders.get(orderId)).toMatchObject({ state: 'needs-attention', reasonCode: 'LB-3010' });
    } finally {
      runtime.close();
    }
  });
});
