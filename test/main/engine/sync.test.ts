import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateWooDemoOrders } from '../../../main/sandbox/shops/woocommerce';
import { dec } from '../../../shared/domain/money';
import { startSandboxHarness, walkSupervisedPeriod, type SandboxHarness } from '../../../main/demo/sandbox-harness';

let harness: SandboxHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

type Draft = { draftInvoiceNumber: number; grossAmount: number | string; references?: { other?: string } };
type Booked = { bookedInvoiceNumber: number; grossAmount: number | string; references?: { other?: string } };
const state = (h: SandboxHarness) => h.economic.state() as unknown as { drafts: Draft[]; booked: Booked[] };

describe('a sync cycle against the sandboxes', () => {
  it('turns the demo shop\'s paid orders into drafts whose gross equals the shop total, and explains the one bad order', async () => {
    const orders = generateWooDemoOrders({ count: 50, seed: 7 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      const summary = await runtime.syncOnce();
      expect(summary.fetched).toBe(50);
      const byState = runtime.ledger.orders.countByState();
      const eligible = orders.filter((o) => ['processing', 'completed'].includes(String(o.status)));
      // Every eligible order is either a draft waiting for the owner (supervised period) or held with a reason.
      expect((byState.held ?? 0) + (byState['needs-attention'] ?? 0)).toBe(eligible.length);
      expect(byState['needs-attention']).toBe(1);
      const bad = runtime.ledger.orders.list({ states: ['needs-attention'], limit: 10 }).items[0];
      expect(bad.reasonCode).toBe('LB-1001');
      expect(runtime.log.openProblems().map((p) => p.code)).toContain('LB-1001');

      const { drafts } = state(harness);
      expect(drafts).toHaveLength(byState.held);
      for (const draft of drafts) {
        const orderId = draft.references!.other!.replace('wc:', '');
        const row = runtime.ledger.orders.get(orderId)!;
        expect(dec(String(draft.grossAmount)).toFixed(2)).toBe(dec(row.total).toFixed(2));
        expect(row.draftNumber).toBe(draft.draftInvoiceNumber);
      }
      // Drafts mode: nothing booked, the supervised period has started.
      expect(state(harness).booked).toHaveLength(0);
      expect(runtime.postingStatus().supervisedDay).toBe(1);

      // A second cycle with no changes makes no writes.
      const again = await runtime.syncOnce();
      expect(again.drafted).toBe(0);
      expect(state(harness).drafts).toHaveLength(drafts.length);
    } finally {
      runtime.close();
    }
  });

  it("records each order's way in its history, eligible with the rules' decision, and an order stopped by a problem without one", async () => {
    harness = await startSandboxHarness({ orders: generateWooDemoOrders({ count: 50, seed: 7 }) });
    const runtime = await harness.open();
    try {
      await runtime.syncOnce();
      const { items } = runtime.ledger.orders.list({ limit: 100 });
      // The orders that got as far as a draft (not waiting for their stage, not cancelled, not stopped).
      const decided = items.filter((r) => ['drafted', 'held', 'booked', 'done'].includes(r.state));
      expect(decided.length).toBeGreaterThan(0);
      // The demo profile's one rule keeps bank transfers (WooCommerce "bacs") as drafts.
      const rule = { id: 'bank-transfer-manual', name: 'Bankoverførsler bogføres aldrig automatisk' };
      for (const row of decided) {
        expect(runtime.ledger.orders.history(row.orderId)[0]).toMatchObject({ fromState: 'seen', toState: 'eligible', reasonCode: null, detail: null, by: 'engine' });
        const bank = row.order.payment.id === 'bacs';
        expect(row.ruleDecision).toEqual({
          ruleId: bank ? rule.id : null,
          ruleName: bank ? rule.name : null,
          actions: [],
          keepAsDraft: bank,
          skip: false,
          holdForReview: false,
          ownInvoice: false,
          matched: bank ? [rule] : [],
        });
      }
      expect(decided.some((r) => r.order.payment.id === 'bacs')).toBe(true);
      // The bad order became eligible and then stopped on its problem, before the rules decided anything.
      const [bad] = runtime.ledger.orders.list({ states: ['needs-attention'], limit: 10 }).items;
      expect(runtime.ledger.orders.history(bad.orderId).map((h) => [h.fromState, h.toState, h.reasonCode])).toEqual([
        ['seen', 'eligible', null],
        ['eligible', 'needs-attention', 'LB-1001'],
      ]);
      expect(bad.ruleDecision).toBeNull();
    } finally {
      runtime.close();
    }
  });

  it('sees a draft the owner booked by hand, counts it for the supervised period and mails the invoice PDF', async () => {
    harness = await startSandboxHarness({ orders: generateWooDemoOrders({ count: 12, seed: 3 }) });
    const runtime = await harness.open();
    try {
      await runtime.syncOnce();
      const held = runtime.ledger.orders.list({ states: ['held'], limit: 50 }).items.find((r) => r.order.billing.email)!;
      const booked = harness.economic.bookDraft(held.draftNumber!) as unknown as Booked;
      await runtime.syncOnce();
      const row = runtime.ledger.orders.get(held.orderId)!;
      expect(row.state).toBe('done');
      expect(row.bookedNumber).toBe(booked.bookedInvoiceNumber);
      expect(runtime.ledger.supervised.forProfile('demo').get().manualBookingCount).toBe(1);
      const all = harness.smtp.mails();
      const mails = all.filter((m) => m.envelope.to.includes(held.order.billing.email!));
      expect(mails).toHaveLength(1);
      // The other mail is the owner's error notice about the order without SKU, sent at once.
      const notices = all.filter((m) => m.envelope.to.includes('ejer@demo-butik.dk'));
      expect(notices).toHaveLength(1);
      expect(notices[0].text).toContain('LB-1001');
      expect(mails[0].envelope.to).toEqual([held.order.billing.email]);
      expect(mails[0].attachments[0]).toMatchObject({ contentType: 'application/pdf' });
      expect(mails[0].subject).toContain(String(booked.bookedInvoiceNumber));
      // The attachment is byte for byte e-conomic's PDF of the booked invoice.
      const pdf = await fetch(`${harness.economic.url}/invoices/booked/${booked.bookedInvoiceNumber}/pdf`, {
        headers: { 'X-AppSecretToken': harness.economic.appSecretToken, 'X-AgreementGrantToken': harness.economic.agreementGrantToken },
      });
      const sha = createHash('sha256').update(Buffer.from(await pdf.arrayBuffer())).digest('hex');
      expect(mails[0].attachments[0].sha256).toBe(sha);
      expect(mails[0].messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      // The customer's language: Danish in Denmark, English elsewhere; the outbox knows it was sent.
      expect(mails[0].text).toContain(held.order.billing.country === 'DK' ? 'Hej' : 'Hello');
      expect(runtime.outbox.statusForOrder(held.orderId)[0].status).toBe('sent');
    } finally {
      runtime.close();
    }
  });

  it('books automatically once every gate is met, except what a rule keeps as a draft', async () => {
    const orders = generateWooDemoOrders({ count: 30, seed: 11 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      expect(runtime.postingStatus().effectiveMode).toBe('automatic');
      await runtime.syncOnce();
      const rows = runtime.ledger.orders.list({ limit: 100 }).items;
      const bankTransfers = rows.filter((r) => r.order.payment.id === 'bacs' && ['held', 'done'].includes(r.state));
      for (const r of bankTransfers) expect(r.state).toBe('held');
      const done = rows.filter((r) => r.state === 'done');
      expect(done.length).toBeGreaterThan(10);
      const { booked } = state(harness);
      expect(booked).toHaveLength(done.length);
      for (const invoice of booked) {
        const row = runtime.ledger.orders.get(invoice.references!.other!.replace('wc:', ''))!;
        expect(dec(String(invoice.grossAmount)).eq(dec(row.total))).toBe(true);
      }
      // Exactly one invoice per order reference.
      const refs = booked.map((b) => b.references!.other);
      expect(new Set(refs).size).toBe(refs.length);
    } finally {
      runtime.close();
    }
  });

  it("keeps in the journal of a booked order e-conomic's numbers and amounts, not its copy of the invoice with the buyer's name and address", async () => {
    const orders = generateWooDemoOrders({ count: 10, seed: 11 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      walkSupervisedPeriod(runtime);
      await runtime.syncOnce();
      const invoice = state(harness).booked[0] as Booked & { recipient: { name: string; address?: string } };
      const orderId = invoice.references!.other!.replace('wc:', '');
      const written = runtime.ledger.operations.forOrder(orderId).filter((op) => op.step === 'create-draft' || op.step === 'book');
      expect(written.map((op) => [op.step, op.status])).toEqual([
        ['create-draft', 'completed'],
        ['book', 'completed'],
      ]);
      const [draft, book] = written.map((op) => op.result as Record<string, unknown>);
      expect(draft).toMatchObject({ draftInvoiceNumber: runtime.ledger.orders.get(orderId)!.draftNumber, grossAmount: invoice.grossAmount });
      expect(book).toMatchObject({ bookedInvoiceNumber: invoice.bookedInvoiceNumber, grossAmount: invoice.grossAmount });
      for (const kept of [draft, book]) {
        expect(kept).not.toHaveProperty('recipient');
        expect(kept).not.toHaveProperty('lines');
        expect(JSON.stringify(kept)).not.toContain(invoice.recipient.name);
      }
    } finally {
      runtime.close();
    }
  });

  it('deletes the draft of an order cancelled before booking and says so in the log', async () => {
    const orders = generateWooDemoOrders({ count: 6, seed: 5 });
    harness = await startSandboxHarness({ orders });
    let runtime = await harness.open();
    const held = await runtime.syncOnce().then(() => runtime.ledger.orders.list({ states: ['held'], limit: 10 }).items[0]);
    runtime.close();
    harness.shop.upsertOrder({ id: Number(held.orderId), status: 'cancelled' });
    runtime = await harness.open();
    try {
      await runtime.syncOnce();
      const row = runtime.ledger.orders.get(held.orderId)!;
      expect(row.state).toBe('skipped');
      expect(row.reasonCode).toBe('LB-7004');
      expect(state(harness).drafts.map((d) => d.draftInvoiceNumber)).not.toContain(held.draftNumber);
      expect(runtime.log.list({ orderId: held.orderId }).entries.map((e) => e.code)).toContain('LB-7004');
    } finally {
      runtime.close();
    }
  });

  it('updates the draft every time the order changes in the shop before it is booked', async () => {
    const orders = generateWooDemoOrders({ count: 6, seed: 9 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      await runtime.syncOnce();
      const held = runtime.ledger.orders.list({ states: ['held'], limit: 10 }).items.find((r) => !r.order.billing.company)!;
      const raw = orders.find((o) => String(o.id) === held.orderId)! as Record<string, unknown>;
      const recipientAfter = async (first_name: string, last_name: string) => {
        harness!.shop.upsertOrder({ id: raw.id, billing: { ...(raw.billing as Record<string, unknown>), first_name, last_name } });
        await runtime.syncOnce();
        const drafts = state(harness!).drafts.filter((d) => d.references?.other === `wc:${held.orderId}`) as Array<Draft & { recipient: { name: string } }>;
        return drafts.map((d) => d.recipient.name);
      };
      // Each version of the order is a new generation, with write keys of its own.
      expect(await recipientAfter('Karen', 'Blixen')).toEqual(['Karen Blixen']);
      expect(runtime.ledger.orders.get(held.orderId)!.generation).toBe(1);
      expect(await recipientAfter('Tania', 'Blixen')).toEqual(['Tania Blixen']);
      expect(runtime.ledger.orders.get(held.orderId)!.generation).toBe(2);
    } finally {
      runtime.close();
    }
  });

  it('asks once to map a new payment method instead of failing every order, and transfers them once it is mapped', async () => {
    const orders = generateWooDemoOrders({ count: 40, seed: 13 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      const { dankort: _dankort, ...withoutDankort } = runtime.profile.paymentMethods;
      runtime.saveProfile({ ...runtime.profile, paymentMethods: withoutDankort });
      await runtime.syncOnce();
      const waiting = runtime.ledger.orders.list({ states: ['needs-attention'], limit: 100 }).items.filter((r) => r.reasonCode === 'LB-2002');
      expect(waiting.length).toBeGreaterThan(1);
      const prompts = runtime.log.openProblems().filter((p) => p.code === 'LB-2002');
      expect(prompts).toHaveLength(1);
      expect(prompts[0].occurrences).toBe(waiting.length);

      runtime.saveProfile({ ...runtime.profile, paymentMethods: { ...withoutDankort, dankort: { title: 'Dankort', paymentTermsNumber: 3 } } });
      await runtime.syncOnce();
      for (const row of waiting) expect(runtime.ledger.orders.get(row.orderId)!.state).toBe('held');
      expect(runtime.log.openProblems().filter((p) => p.code === 'LB-2002')).toEqual([]);
    } finally {
      runtime.close();
    }
  });

  it('does not touch the draft when only the order status changes (processing → completed)', async () => {
    const orders = generateWooDemoOrders({ count: 8, seed: 17 });
    harness = await startSandboxHarness({ orders });
    const runtime = await harness.open();
    try {
      await runtime.syncOnce();
      const held = runtime.ledger.orders.list({ states: ['held'], limit: 10 }).items.find((r) => r.status === 'processing')!;
      const writesBefore = Object.entries(harness.economic.state().calls.byRoute).filter(([route]) => /^(POST|PUT|DELETE) /.test(route));
      harness.shop.upsertOrder({ id: Number(held.orderId), status: 'completed' });
      await runtime.syncOnce();
      const writesAfter = Object.entries(harness.economic.state().calls.byRoute).filter(([route]) => /^(POST|PUT|DELETE) /.test(route));
      expect(writesAfter).toEqual(writesBefore);
      expect(runtime.ledger.orders.get(held.orderId)).toMatchObject({ state: 'held', status: 'completed', draftNumber: held.draftNumber });
    } finally {
      runtime.close();
    }
  });
});
