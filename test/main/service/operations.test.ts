import { existsSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, EventPayload } from '../../../shared/ipc/contract';
import { completeWizard, ECONOMIC_TOKENS, orderWithoutSku, SHOP_KEYS, startServiceHarness, type ServiceHarness } from './harness';

/** After setup: sync, overview, orders, error log, retry, PDFs and the support bundle, against the sandboxes. */
describe('desktop service: daily operation', () => {
  let h: ServiceHarness;
  let brokenId: string;
  /** The orders the first sync takes: from the oldest order of the setup check's dry run. */
  let synced: Array<Record<string, unknown>>;
  beforeAll(async () => {
    h = await startServiceHarness();
    synced = await completeWizard(h);
    brokenId = String(orderWithoutSku(h).id);
  });
  afterAll(async () => {
    await h?.close();
  });
  const eventsNamed = <N extends AppEvent['name']>(name: N): Array<EventPayload<N>> =>
    h.events.filter((e) => e.name === name).map((e) => e.payload as EventPayload<N>);

  it('syncs now: drafts in e-conomic, progress and tray events, and a notification for the bad order', async () => {
    h.events.length = 0;
    const summary = await h.service['sync.now']({});
    const eligible = synced.filter((o) => o.status === 'processing' || o.status === 'completed').length;
    expect(summary).toMatchObject({ fetched: synced.length, eligible: eligible, drafted: eligible - 1 });
    expect(h.economic.state().drafts).toHaveLength(eligible - 1);

    expect(eventsNamed('status.changed').map((s) => s.trayState)).toContain('working');
    expect(eventsNamed('status.changed').at(-1)).toMatchObject({ trayState: 'attention', running: false, attentionCount: 1 });
    expect(eventsNamed('sync.progress').map((p) => p.phase)).toEqual(expect.arrayContaining(['fetching', 'processing', 'done']));
    expect(eventsNamed('sync.progress').at(-1)?.phase).toBe('done');
    expect(eventsNamed('notification')).toEqual([expect.objectContaining({ code: 'LB-1001', orderId: brokenId, severity: 'error', title: 'Vare uden varenummer' })]);
  });

  it('shows the overview: orders by state, the supervised period and its gates, the call budget', async () => {
    const d = await h.service['dashboard.get']({});
    expect(d.lastSync).toMatchObject({ ok: true, summary: { fetched: synced.length } });
    expect(d.ordersByState['needs-attention']).toBe(1);
    expect(d.ordersByState.held + d.ordersByState.drafted).toBe(h.economic.state().drafts.length);
    expect(d.trayState).toBe('attention');
    expect(d.bookingMode).toBe('automatic');
    // The demo licence the wizard read is Standard (valid against the sandboxes): the plan gate is met.
    expect(d.plan).toBe('standard');
    expect(d.supervised).toMatchObject({ day: 1, periodDays: 14, manualBookingsSeen: 0, checkedConfirmed: null, activated: null });
    expect(d.gates.map((g) => [g.id, g.met])).toEqual([['plan', true], ['period', false], ['manualBookings', false], ['checked', false], ['activated', false]]);
    expect(d.gates.find((g) => g.id === 'period')).toMatchObject({ current: 1, required: 14 });
    expect(d.automaticPostingActive).toBe(false);
    expect(d.fairUse.used).toBeGreaterThan(0);
    expect(d.fairUse.limit).toBe(50_000);
  });

  it('refuses activation with every missing gate named, and a check before any draft was booked by hand', async () => {
    await expect(h.service['supervised.activate']({ by: 'Mette', acceptRisk: true, scope: 'waiting-and-new' })).rejects.toMatchObject({ code: 'LB-7001', message: expect.stringMatching(/Dag 1 af 14/) });
    await expect(h.service['supervised.confirmChecked']({ by: 'Mette' })).rejects.toMatchObject({
      code: 'LB-7001',
      message: 'Bogfør mindst én af LedgerBridges kladder manuelt i e-conomic, så vi kan se at det virker.',
    });
    expect((await h.service['dashboard.get']({})).supervised.checkedConfirmed).toBeNull();
  });

  it('lists orders with state, reason and invoice number; filters by state and finds by number', async () => {
    const all = await h.service['orders.list']({ offset: 0, limit: 100 });
    expect(all.total).toBe(synced.length);
    const attention = await h.service['orders.list']({ status: 'action', offset: 0, limit: 100 });
    expect(attention.rows).toEqual([expect.objectContaining({ id: brokenId, reason: { code: 'LB-1001', text: 'Vare uden varenummer' }, draftInvoiceNumber: null })]);
    const drafted = all.rows.filter((r) => r.draftInvoiceNumber !== null);
    expect(drafted).toHaveLength(h.economic.state().drafts.length);
    const one = drafted[0];
    const found = await h.service['orders.list']({ search: one.number, offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.id)).toContain(one.id);
    expect(await h.service['orders.openInEconomic']({ id: one.id })).toEqual({ url: `https://secure.e-conomic.com/sales/invoices/drafts/${one.draftInvoiceNumber}` });
    await expect(h.service['orders.openInEconomic']({ id: brokenId })).rejects.toMatchObject({ code: 'LB-9406' });
    await expect(h.service['orders.get']({ id: '999999' })).rejects.toMatchObject({ code: 'LB-9404' });
  });

  it('explains an order: its problem with the fix and its history', async () => {
    const detail = await h.service['orders.get']({ id: brokenId });
    expect(detail.state).toBe('needs-attention');
    expect(detail.problems[0]).toMatchObject({ code: 'LB-1001', message: expect.stringContaining(detail.number) });
    expect(detail.problems[0].fix).toMatch(/varenummer/i);
    expect(detail.history.map((e) => e.state).slice(-2)).toEqual(['eligible', 'needs-attention']);
    expect(detail.history.every((e) => e.message.length > 0)).toBe(true);
  });

  it('filters the error log by severity, code, order number and text, with the fix as steps', async () => {
    const all = await h.service['log.list']({ includeResolved: true, offset: 0, limit: 100 });
    expect(all.codes).toContain('LB-1001');
    const byCode = await h.service['log.list']({ code: 'LB-1001', includeResolved: true, offset: 0, limit: 100 });
    expect(byCode.rows).toEqual([expect.objectContaining({ orderId: brokenId, severity: 'error', resolved: false })]);
    const number = byCode.rows[0].orderNumber!;
    expect((await h.service['log.list']({ orderId: number, includeResolved: true, offset: 0, limit: 100 })).rows.map((r) => r.code)).toEqual(['LB-1001']);
    expect((await h.service['log.list']({ severity: 'critical', includeResolved: true, offset: 0, limit: 100 })).total).toBe(0);
    expect((await h.service['log.list']({ search: number, includeResolved: true, offset: 0, limit: 100 })).rows.map((r) => r.id)).toContain(byCode.rows[0].id);
    // Info events (the cancelled order) are stored resolved; hiding resolved entries leaves the problem.
    expect((await h.service['log.list']({ includeResolved: false, offset: 0, limit: 100 })).rows.map((r) => r.code)).toEqual(['LB-1001']);

    const detail = await h.service['log.get']({ id: byCode.rows[0].id });
    expect(detail.retryable).toBe(true);
    expect(detail.fix.length).toBeGreaterThan(0);
    expect(detail.technical).toContain('LB-1001');
    await expect(h.service['log.get']({ id: '424242' })).rejects.toMatchObject({ code: 'LB-9405' });
  });

  it('retries the order after the owner fixed it in the shop: it goes through and its problem is resolved', async () => {
    const native = structuredClone(orderWithoutSku(h)) as { line_items: Array<{ sku: string }> };
    native.line_items = native.line_items.map((l) => (l.sku === '' ? { ...l, sku: 'KRUS-BLA' } : l));
    h.shop.upsertOrder(native);
    const draftsBefore = h.economic.state().drafts.length;

    expect(await h.service['orders.retry']({ ids: [brokenId] })).toEqual({ queued: 1 });
    const after = await h.service['orders.get']({ id: brokenId });
    expect(['held', 'drafted']).toContain(after.state);
    expect(after.draftInvoiceNumber).not.toBeNull();
    expect(h.economic.state().drafts).toHaveLength(draftsBefore + 1);
    expect(h.economic.state().products.map((p) => p.productNumber)).toContain('KRUS-BLA');
    expect((await h.service['log.list']({ includeResolved: false, offset: 0, limit: 100 })).total).toBe(0);
    expect(eventsNamed('status.changed').at(-1)).toMatchObject({ trayState: 'ok', attentionCount: 0 });
  });

  it('downloads a draft invoice as a real PDF, and a booked one once the owner booked it in e-conomic', async () => {
    const row = (await h.service['orders.list']({ offset: 0, limit: 100 })).rows.find((r) => r.draftInvoiceNumber !== null)!;
    const draft = await h.service['invoices.pdf']({ kind: 'draft', number: row.draftInvoiceNumber! });
    const draftBytes = Buffer.from(draft.base64, 'base64');
    expect(draftBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(draftBytes)).getPageCount()).toBeGreaterThan(0);

    const booked = h.economic.bookDraft(row.draftInvoiceNumber!);
    await h.service['sync.now']({});
    const after = (await h.service['orders.get']({ id: row.id }));
    expect(after.bookedInvoiceNumber).toBe(booked.bookedInvoiceNumber);
    expect((await h.service['dashboard.get']({})).supervised.manualBookingsSeen).toBe(1);
    const pdf = await h.service['invoices.pdf']({ kind: 'booked', number: booked.bookedInvoiceNumber });
    expect(pdf.fileName).toBe(`Faktura-${booked.bookedInvoiceNumber}.pdf`);
    expect((await PDFDocument.load(Buffer.from(pdf.base64, 'base64'))).getPageCount()).toBeGreaterThan(0);
    expect(existsSync(`${h.dataDir}/pdf/Faktura-${booked.bookedInvoiceNumber}.pdf`)).toBe(true);
    expect(await h.service['orders.openInEconomic']({ id: row.id })).toEqual({ url: `https://secure.e-conomic.com/sales/invoices/booked/${booked.bookedInvoiceNumber}` });
  });

  it("records the owner's check once LedgerBridge has seen a draft booked by hand", async () => {
    const checked = await h.service['supervised.confirmChecked']({ by: 'Mette' });
    expect(checked.by).toBe('Mette');
    const d = await h.service['dashboard.get']({});
    expect(d.supervised.checkedConfirmed).toEqual(checked);
    expect(d.gates.find((g) => g.id === 'checked')?.met).toBe(true);
  });

  it('previews the invoice mail against a real order and reports template mistakes by line', async () => {
    const { template, isDefault, placeholders } = await h.service['mail.getTemplate']({ language: 'da' });
    expect(isDefault).toBe(true);
    // A Danish owner picks the Danish names, labelled in Danish; the English names still fill in.
    expect(placeholders).toContainEqual(expect.objectContaining({ token: '{{ordrenummer}}', label: 'Ordrenummer' }));
    // The newest booked order is the example, with its real invoice from e-conomic.
    const preview = await h.service['mail.preview']({ language: 'da', template: { ...template, subject: 'Faktura {{invoiceNumber}} til ordre {{ordrenummer}}' } });
    const order = await h.service['orders.get']({ id: preview.orderId });
    expect(order.bookedInvoiceNumber).not.toBeNull();
    expect(preview.subject).toBe(`Faktura ${order.bookedInvoiceNumber} til ordre ${order.number}`);
    expect(preview.text).toContain(order.number);
    const { errors } = await h.service['mail.validateTemplate']({ language: 'da', template: { ...template, text: 'Hej\n{{kundeNavn}}' } });
    expect(errors).toEqual([expect.objectContaining({ field: 'text', line: 2, message: expect.stringContaining('{{kundeNavn}}') })]);
    expect(await h.service['mail.saveTemplate']({ language: 'da', template: { ...template, subject: 'Din faktura {{invoiceNumber}}' } })).toEqual({ saved: true });
    expect((await h.service['mail.getTemplate']({ language: 'da' })).isDefault).toBe(false);
    // No SMTP server in this profile: the test mail says what to set up.
    await expect(h.service['mail.testSend']({ language: 'da', template, to: 'ejer@example.dk' })).rejects.toMatchObject({ code: 'LB-6007' });
  });

  it('writes a support bundle without any secret', async () => {
    const bundle = await h.service['support.createBundle']({});
    const text = readFileSync(bundle.path, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bundle.sizeBytes);
    expect(JSON.parse(text).kind).toBe('ledgerbridge-support-bundle');
    for (const secret of [...Object.values(SHOP_KEYS), ...Object.values(ECONOMIC_TOKENS)]) expect(text).not.toContain(secret);
  });

  it('keeps settings and the paused state across a restart', async () => {
    const settings = await h.service['settings.update']({ language: 'en', syncIntervalMinutes: 15, notificationEmail: 'ejer@nordlys.dk', digest: 'daily' });
    expect(settings).toMatchObject({ language: 'en', syncIntervalMinutes: 15, notificationEmail: 'ejer@nordlys.dk', digest: 'daily', dataDir: h.dataDir });
    expect(await h.service['sync.pause']({})).toEqual({ paused: true });
    const again = await h.reopen();
    expect(await again['settings.get']({})).toEqual(settings);
    expect((await again['dashboard.get']({})).paused).toBe(true);
    expect((await again['profile.get']({})).profile?.sync.intervalMinutes).toBe(15);
    expect(await again['sync.resume']({})).toEqual({ paused: false });
    await expect(again['orders.get']({ id: '999999' })).rejects.toMatchObject({ code: 'LB-9404', message: expect.stringMatching(/^Order 999999 is not in LedgerBridge's order list\. Refresh the order list/) });
  });
});
