// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DryRunInvoice } from '../../shared/ipc/schemas/operations';
import { DryRunInvoiceView } from '../../renderer/scenes/setup-wizard/dry-run-invoice';
import { renderScene } from './support/render';

afterEach(cleanup);

const cells = (row: HTMLElement) => within(row).queryAllByRole('cell').map((c) => c.textContent);

/**
 * A day booked as one finance voucher in journal 1 (dayBooking "journal"), as the dry run hands
 * it to the wizard: two Krus orders (299.00 incl. 59.80 VAT each), 9401 paid with MobilePay and
 * 9402 with Dankort, each method's clearing account debited against 1010 (VAT code U25).
 */
const day: DryRunInvoice = {
  orderId: 'day:2026-12-04:DKK:domestic',
  orderNumber: '9401–9402',
  orderDate: '2026-12-04',
  customer: { number: null, name: '' },
  currency: 'DKK',
  layoutNumber: 19,
  paymentTermsNumber: 1,
  lines: [],
  netAmount: '478.40',
  vatAmount: '119.60',
  grossAmount: '598.00',
  shopTotal: '598.00',
  roundingAmount: '0.00',
  action: 'draft',
  ruleDecision: null,
  problems: [],
  voucher: {
    journalNumber: 1,
    entries: [
      { paymentMethod: 'Dankort', account: { number: 5821, name: 'Dankort/kort' }, contraAccount: { number: 1010, name: 'Salg af varer, indland' }, vatCode: 'U25', amount: '299.00', vatAmount: '59.80', text: 'Dagsopgørelse 2026-12-04, ordre 9401–9402: Dankort, salg 25 % moms' },
      { paymentMethod: 'MobilePay', account: { number: 5820, name: 'MobilePay' }, contraAccount: { number: 1010, name: 'Salg af varer, indland' }, vatCode: 'U25', amount: '299.00', vatAmount: '59.80', text: 'Dagsopgørelse 2026-12-04, ordre 9401–9402: MobilePay, salg 25 % moms' },
    ],
  },
};

describe("the dry run's view of a day voucher", () => {
  it('shows the voucher in journal 1 with one row per method: clearing account (debit) against sales account (credit), VAT code, amount and VAT', () => {
    renderScene(<DryRunInvoiceView invoice={day} />);
    const voucher = screen.getByRole('article', { name: 'Dagsopgørelse 04.12.2026, ordre 9401–9402: bilag i kassekladde 1' });
    expect(within(voucher).getByText('Lægges i kassekladden til bogføreren')).toBeTruthy();
    const rows = within(voucher).getAllByRole('row');
    expect(cells(rows[0])).toEqual([]);
    expect(within(rows[0]).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Betalingsmetode', 'Konto (debet)', 'Modkonto (kredit)', 'Momskode', 'Beløb inkl. moms', 'Heraf moms']);
    expect(rows.slice(1, 3).map(cells)).toEqual([
      ['Dankort', '5821 Dankort/kort', '1010 Salg af varer, indland', 'U25', '299,00', '59,80'],
      ['MobilePay', '5820 MobilePay', '1010 Salg af varer, indland', 'U25', '299,00', '59,80'],
    ]);
    // The totals: 2 × 299.00 = 598.00 with 2 × 59.80 = 119.60 VAT, the shop's 598.00.
    expect(cells(rows[3])).toEqual(['I alt (Debet = kredit: hver linje bogfører beløbet på begge konti)', '598,00 kr.', '119,60 kr.']);
    expect(cells(rows[4])).toEqual(['Butikkens total', '598,00 kr.', '']);
    expect(within(voucher).queryByText('Varenr.')).toBeNull();
  });

  it('says it in English too', () => {
    renderScene(<DryRunInvoiceView invoice={day} />, { language: 'en' });
    const voucher = screen.getByRole('article', { name: 'Daily summary 04/12/2026, orders 9401–9402: voucher in journal 1' });
    expect(within(voucher).getByText('Put in the journal for the accountant')).toBeTruthy();
    expect(within(voucher).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Payment method', 'Account (debit)', 'Contra account (credit)', 'VAT code', 'Amount incl. VAT', 'Of which VAT']);
  });

  it('shows what stops the day instead of entries, held back', () => {
    const problem = { code: 'LB-2048', message: 'Dagen 2026-12-04 (DKK) skal bogføres som et bilag i en kassekladde, men kassekladde 99 findes ikke i e-conomic (eller ingen er valgt). Dagen venter.', fix: 'Vælg kassekladden …' };
    renderScene(<DryRunInvoiceView invoice={{ ...day, action: 'hold', problems: [problem], voucher: { journalNumber: 99, entries: [] } }} />);
    const voucher = screen.getByRole('article', { name: 'Dagsopgørelse 04.12.2026, ordre 9401–9402: bilag i kassekladde 99' });
    expect(within(voucher).getByText('Holdes tilbage')).toBeTruthy();
    expect(within(voucher).queryByRole('table')).toBeNull();
    expect(within(voucher).getByRole('listitem').textContent).toBe(`LB-2048 ${problem.message} — ${problem.fix}`);
  });
});
