/**
 * The owner's hand on automatic posting, against the sandboxes with a real ledger: an
 * order a rule holds is approved and booked from the app, an order is skipped (its draft
 * deleted), automatic posting is switched on for new orders only (the waiting drafts stay
 * the owner's), and switched off again with who and when recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateAutomaticPosting, confirmChecked, deactivateAutomaticPosting, waitingDrafts } from '../../../main/operations/activation';
import { approveOrder, canSkip, OrderActionRefused, skipOrder } from '../../../main/operations/order-actions';
import type { Runtime } from '../../../main/runtime/runtime';
import { generateWooDemoOrders, generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { describe as describeProblem, MISSING_VALUE } from '../../../shared/errors';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';

const RULE_NAME = 'Bankoverførsler bogføres aldrig automatisk';

describe('the owner’s actions on orders and on automatic posting', () => {
  let h: SandboxHarness;
  let runtime: Runtime;
  beforeAll(async () => {
    const start = new Date('2026-11-02T09:00:00Z');
    h = await startSandboxHarness({ orders: generateWooDemoOrders({ count: 16, seed: 7, start: new Date(start.getTime() - 2 * 86_400_000) }), start });
    // e-conomic's clock, on which the supervised period counts, shows the same day as the PC's.
    h.economic.settings({ now: start.toISOString() });
    runtime = await h.open();
    await runtime.syncOnce();
  }, 30_000);
  afterAll(async () => {
    runtime?.close();
    await h?.close();
  });

  const rows = (reasonCode: string) => runtime.ledger.orders.list({ states: ['held'], limit: 1000 }).items.filter((r) => r.reasonCode === reasonCode);
  const reasonOf = (orderId: string) => {
    const row = runtime.ledger.orders.get(orderId)!;
    return describeProblem(row.reasonCode!, (row.reasonDetail as { params: Record<string, string> }).params, 'da');
  };

  it('holds bank transfers by the demo rule and names the rule; waiting drafts name their draft', () => {
    const byRule = rows('LB-7002');
    expect(byRule.length).toBeGreaterThan(0);
    const held = reasonOf(byRule[0].orderId);
    expect(held.message).toBe(`Ordre ${byRule[0].number} bogføres ikke automatisk, fordi reglen "${RULE_NAME}" holder den tilbage, til du har godkendt den.`);
    const waiting = rows('LB-7001')[0];
    expect(reasonOf(waiting.orderId).message).toContain(`oprettet som kladde ${waiting.draftNumber} i e-conomic`);
    for (const row of [...byRule, ...rows('LB-7001')]) expect(JSON.stringify(reasonOf(row.orderId))).not.toContain(MISSING_VALUE);
  });

  it('approves an order a rule holds: its draft is booked in e-conomic once, and only then', async () => {
    const held = rows('LB-7002')[0];
    const after = await approveOrder(runtime, held.orderId, 'Mette');
    expect(['booked', 'done']).toContain(after.state);
    const booked = h.economic.state().booked.find((b) => b.bookedInvoiceNumber === after.bookedNumber);
    expect((booked?.references as { other?: string } | undefined)?.other).toBe(`wc:${held.orderId}`);
    expect(h.economic.state().drafts.map((d) => d.draftInvoiceNumber)).not.toContain(held.draftNumber);
    await expect(approveOrder(runtime, held.orderId, 'Mette')).rejects.toBeInstanceOf(OrderActionRefused);
    expect(h.economic.state().booked.filter((b) => (b.references as { other?: string } | undefined)?.other === `wc:${held.orderId}`)).toHaveLength(1);
  });

  it('skips an order the owner does not want booked, deleting its draft, and never a booked one', async () => {
    const waiting = rows('LB-7001')[0];
    const after = await skipOrder(runtime, waiting.orderId, 'Mette');
    expect(after).toMatchObject({ state: 'skipped', reasonCode: 'LB-7011', draftNumber: null });
    expect(h.economic.state().drafts.map((d) => d.draftInvoiceNumber)).not.toContain(waiting.draftNumber);
    expect(runtime.ledger.orders.history(waiting.orderId).at(-1)).toMatchObject({ toState: 'skipped', by: 'Mette' });
    const booked = runtime.ledger.orders.list({ states: ['booked', 'done'], limit: 1 }).items[0];
    expect(canSkip(booked)).toBe(false);
    await expect(skipOrder(runtime, booked.orderId, 'Mette')).rejects.toBeInstanceOf(OrderActionRefused);
  });

  it('switched on for new orders only, leaves the drafts that wait to the owner and books the next order', async () => {
    // The supervised period: 15 days on (the period counts on e-conomic's clock), one draft booked by hand, the owner's check.
    h.clock.advanceDays(15);
    h.economic.settings({ now: h.clock.now().toISOString() });
    const byHand = rows('LB-7001')[0];
    h.economic.bookDraft(byHand.draftNumber!);
    await runtime.syncOnce();
    confirmChecked(runtime, 'Mette');
    const waitingBefore = waitingDrafts(runtime).map((r) => r.orderId);
    expect(waitingBefore.length).toBeGreaterThan(1);

    expect(activateAutomaticPosting(runtime, { by: 'Mette', checked: false, acceptRisk: true, scope: 'new-only' })).toEqual({ activated: true, blockers: [] });
    expect(waitingDrafts(runtime)).toEqual([]);
    const left = rows('LB-7010');
    expect(left.map((r) => r.orderId).sort()).toEqual([...waitingBefore].sort());
    expect(reasonOf(left[0].orderId).title).toBe('Kladden bogføres af dig');

    const bookedBefore = h.economic.state().booked.length;
    const [fresh] = generateWooOrders({ count: 1, seed: 99, firstId: 9001, start: h.clock.now() }).map((o) => ({ ...o, status: 'processing', payment_method: 'mobilepay', payment_method_title: 'MobilePay' }));
    h.shop.upsertOrder(fresh);
    await runtime.syncOnce();
    expect(runtime.ledger.orders.get('9001')?.state).toMatch(/booked|done/);
    // The drafts that waited are still the owner's: only the new order was booked.
    expect(h.economic.state().booked.length).toBe(bookedBefore + 1);
    expect(rows('LB-7010')).toHaveLength(left.length);

    const approved = await approveOrder(runtime, left[0].orderId, 'Mette');
    expect(approved.state).toMatch(/booked|done/);
  });

  it('switched off, records who and when, and new drafts wait for a hand booking again', async () => {
    const before = h.clock.now().getTime();
    deactivateAutomaticPosting(runtime, 'Lars');
    const after = h.clock.now().getTime();
    const record = runtime.ledger.supervised.forProfile(runtime.profile.name).get();
    expect(record).toMatchObject({ active: false, deactivatedBy: 'Lars' });
    // The engine's clock runs on: the time recorded is the moment of the switch.
    const at = Date.parse(record!.deactivatedAt!);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    expect(runtime.ledger.supervised.forProfile(runtime.profile.name).events().at(-1)).toMatchObject({ kind: 'deactivated', by: 'Lars' });
    expect(runtime.postingStatus().effectiveMode).toBe('drafts');

    const [fresh] = generateWooOrders({ count: 1, seed: 100, firstId: 9002, start: h.clock.now() }).map((o) => ({ ...o, status: 'processing', payment_method: 'mobilepay', payment_method_title: 'MobilePay' }));
    h.shop.upsertOrder(fresh);
    await runtime.syncOnce();
    expect(runtime.ledger.orders.get('9002')).toMatchObject({ state: 'held', reasonCode: 'LB-7001' });
  });
});
