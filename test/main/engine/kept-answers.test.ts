import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BookedInvoice, DraftInvoice } from '../../../main/connectors/economic/types';
import { keptBooked, keptDraft } from '../../../main/engine/kept-answers';

/** e-conomic's own answers (its API documentation's examples, unchanged). */
const answer = <T>(name: string): T => JSON.parse(readFileSync(join(__dirname, '../../fixtures/reference/economic', name), 'utf8')) as T;

describe('what the journal keeps of e-conomic’s answer to an invoice write', () => {
  it('keeps of a new draft its number, date, currency and the three amounts the totals check compares, and nothing of the buyer', () => {
    const draft = answer<DraftInvoice>('draft-invoice-create-response.json');
    const kept = keptDraft(draft);
    // From the answer: draft 424 of 13 February 2024, 500.00 net + 125.00 VAT = 625.00 DKK, no rounding.
    expect(kept).toEqual({ draftInvoiceNumber: 424, date: '2024-02-13', currency: 'DKK', netAmount: 500, grossAmount: 625, vatAmount: 125, roundingAmount: 0 });
    expect(JSON.stringify(kept)).not.toContain('John Doe');
  });

  it('keeps of a booked invoice what the invoice mail and the payment registration read: number, dates, amounts, what is owed, customer and terms', () => {
    const booked = answer<BookedInvoice>('booked-invoice-book-response.json');
    expect(keptBooked(booked)).toEqual({
      bookedInvoiceNumber: 300,
      date: '2024-02-13',
      dueDate: '2024-02-21',
      currency: 'DKK',
      netAmount: 500,
      grossAmount: 625,
      vatAmount: 125,
      roundingAmount: 0,
      remainder: 625,
      customer: { customerNumber: 1 },
      paymentTerms: { paymentTermsNumber: 1, name: 'Netto 8 dage' },
    });
  });

  it('is a fifth of the answer or less, so the journal no longer grows by whole invoices', () => {
    for (const [name, keep] of [
      ['draft-invoice-create-response.json', (a: unknown) => keptDraft(a as DraftInvoice)],
      ['booked-invoice-book-response.json', (a: unknown) => keptBooked(a as BookedInvoice)],
    ] as const) {
      const whole = answer<unknown>(name);
      expect(JSON.stringify(keep(whole)).length).toBeLessThan(JSON.stringify(whole).length / 5);
    }
  });

  it('leaves out what e-conomic did not say instead of writing it as empty', () => {
    const { roundingAmount: _r, remainder: _rest, dueDate: _d, ...booked } = answer<BookedInvoice>('booked-invoice-book-response.json');
    const kept = keptBooked(booked as BookedInvoice);
    expect(Object.keys(kept)).not.toContain('roundingAmount');
    expect(Object.keys(kept)).not.toContain('remainder');
    expect(Object.keys(kept)).not.toContain('dueDate');
    const terms = answer<BookedInvoice>('booked-invoice-book-response.json').paymentTerms;
    expect(keptBooked({ ...(booked as BookedInvoice), paymentTerms: { paymentTermsNumber: terms.paymentTermsNumber } }).paymentTerms).toEqual({ paymentTermsNumber: 1 });
  });
});
