import { describe, expect, it } from 'vitest';
import { readAmount, readDecimal, toWireAmount } from '../../../../main/connectors/economic';
import { draftInvoiceToWire, journalVoucherToWire } from '../../../../main/connectors/economic/wire-body';
import type { DraftInvoiceInput } from '../../../../main/connectors/economic';

describe('amounts on the wire', () => {
  it('sends decimal strings as numbers with at most two decimals, rounded half-up', () => {
    expect(toWireAmount('199.95')).toBe(199.95);
    expect(toWireAmount('199.955')).toBe(199.96);
    expect(toWireAmount('-0.005')).toBe(-0.01);
    expect(toWireAmount('100')).toBe(100);
  });

  it('does not carry binary float drift into the request', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 1.005 in floats rounds down with toFixed.
    expect(toWireAmount(0.1 + 0.2)).toBe(0.3);
    expect(toWireAmount(1.005)).toBe(1.01);
    expect(JSON.stringify({ p: toWireAmount('80.00') })).toBe('{"p":80}');
  });

  it('reads response numbers back as decimal strings', () => {
    expect(readAmount(625)).toBe('625.00');
    expect(readAmount(3162.5)).toBe('3162.50');
    expect(readDecimal(25.0)).toBe('25');
    expect(readDecimal(0.125)).toBe('0.125');
  });

  it('converts every amount of a draft invoice and leaves absent ones absent', () => {
    const input: DraftInvoiceInput = {
      date: '2026-11-27',
      currency: 'DKK',
      customer: { customerNumber: 1 },
      layout: { layoutNumber: 14 },
      paymentTerms: { paymentTermsNumber: 1 },
      recipient: { name: 'Jens Hansen', vatZone: { vatZoneNumber: 1 } },
      lines: [
        { description: 'T-shirt', product: { productNumber: '1' }, quantity: '2', unitNetPrice: '79.996', discountPercentage: '10' },
        { description: 'Fragt', quantity: '1', unitNetPrice: '39.20' },
      ],
    };
    const wire = JSON.parse(JSON.stringify(draftInvoiceToWire(input)));
    expect(wire.lines[0]).toEqual({ description: 'T-shirt', product: { productNumber: '1' }, quantity: 2, unitNetPrice: 80, discountPercentage: 10 });
    expect(wire.lines[1]).toEqual({ description: 'Fragt', quantity: 1, unitNetPrice: 39.2 });
    expect(wire).not.toHaveProperty('exchangeRate');
    expect(input.lines![0].unitNetPrice).toBe('79.996'); // the caller's object is not modified
  });

  it('converts customer payment amounts in journal vouchers', () => {
    const wire = journalVoucherToWire({
      accountingYear: { year: '2026' },
      entries: { customerPayments: [{ amount: '-625.00', date: '2026-11-27', customer: { customerNumber: 1 }, customerInvoice: 300 }] },
    });
    expect(wire.entries.customerPayments![0].amount).toBe(-625);
  });
});
