import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeWizard, startServiceHarness, type ServiceHarness } from './harness';

/**
 * The invoice mail's preview of an order not invoiced yet dates the example invoice today, and
 * today is the Danish date, as on the invoice e-conomic will make: at 23:30 UTC on 7 December 2026
 * it is 00:30 on 8 December in Copenhagen (UTC+1 in winter), not the UTC date, 7 December.
 */
describe('invoice mail preview: the example invoice is dated today in Denmark', () => {
  const now = new Date('2026-12-07T23:30:00Z');
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness({ now, clock: () => now });
    await completeWizard(h);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const subject = '{{invoiceDate}} | {{dueDate}} | {{paymentTerms}}';

  it('dates the example invoice 8 December at 23:30 UTC on 7 December (cash terms: due the same day)', async () => {
    const { template } = await h.service['mail.getTemplate']({ language: 'en' });
    // Before the first sync no order is invoiced: the preview takes one the shop has (MobilePay, "Kontant").
    const preview = await h.service['mail.preview']({ language: 'en', template: { ...template, subject } });
    expect(preview.subject).toBe('8 December 2026 | 8 December 2026 | Kontant');
  });

  it('counts the due date on from the Danish date: a bank transfer order on "Netto 8 dage" is due 16 December', async () => {
    const bankTransfer = h.orders.find((o) => o.payment_method === 'bacs')!;
    const { template } = await h.service['mail.getTemplate']({ language: 'en' });
    const preview = await h.service['mail.preview']({ language: 'en', orderId: String(bankTransfer.id), template: { ...template, subject } });
    expect(preview.subject).toBe('8 December 2026 | 16 December 2026 | Netto 8 dage');
  });
});

/**
 * The example invoice's due date follows e-conomic's rule for the terms' type: "Løbende måned +
 * 30" (invoiceMonth, the sandbox's terms 5, as in a new e-conomic agreement) counts the 30 days
 * from the last day of the invoice's month, not from the invoice date.
 */
describe('invoice mail preview: the due date under "Løbende måned + 30"', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness({ now, clock: () => now });
    await completeWizard(h, (answers) => ({ ...answers, paymentMethods: { ...answers.paymentMethods, bacs: { ...answers.paymentMethods.bacs, paymentTermsNumber: 5 } } }));
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('shows a bank transfer order invoiced 7 December as due 30 January (31 December + 30 days)', async () => {
    const bankTransfer = h.orders.find((o) => o.payment_method === 'bacs')!;
    const { template } = await h.service['mail.getTemplate']({ language: 'en' });
    const preview = await h.service['mail.preview']({ language: 'en', orderId: String(bankTransfer.id), template: { ...template, subject: '{{invoiceDate}} | {{dueDate}} | {{paymentTerms}}' } });
    expect(preview.subject).toBe('7 December 2026 | 30 January 2027 | Løbende måned + 30');
  });
});
