// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Response } from '../../shared/ipc/contract';
import { Reconciliation } from '../../renderer/scenes/reconciliation';
import { createMemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

const line = (period: string) => ({ period, currency: 'DKK', shop: { count: 3, total: '897.00' }, invoiced: { count: 1, total: '907.00' }, refunded: { count: 0, total: '0.00' }, credited: { count: 0, total: '0.00' }, payments: { count: 0, total: '0.00' }, difference: '-10.00' });

/** A month in day mode (postingUnit "day"): one day's invoice is gone from e-conomic, another's gross was changed there. */
const dayMonth: Response<'reconcile.run'> = {
  from: '2026-11-01',
  to: '2026-11-30',
  groupBy: 'day',
  periods: [line('2026-11-03')],
  totals: [line('2026-11')],
  missing: [{ kind: 'invoice', orderId: '', orderNumber: '', date: '2026-11-02', currency: 'DKK', amount: '299.00', status: null, reason: null, day: { zone: 'domestic', orders: 1, reference: 'lb-day:demo:2026-11-02:DKK:domestic' } }],
  differing: [{ kind: 'invoice', orderId: '', orderNumber: '', invoiceNumber: 412, date: '2026-11-03', currency: 'DKK', shop: '897.00', economic: '907.00', difference: '-10.00', day: { zone: 'domestic', orders: 3, reference: 'lb-day:demo:2026-11-03:DKK:domestic' } }],
  unexpected: [],
  duplicates: [],
  pendingDays: [
    { status: 'waiting', date: '2026-11-28', currency: 'DKK', amount: '598.00', closesAt: '2026-11-29T00:00:00.000Z', waitingFor: ['8105'], day: { zone: 'domestic', orders: 2, reference: 'lb-day:demo:2026-11-28:DKK:domestic' } },
    { status: 'open', date: '2026-11-30', currency: 'DKK', amount: '299.00', closesAt: '2026-12-01T00:00:00.000Z', waitingFor: [], day: { zone: 'domestic', orders: 1, reference: 'lb-day:demo:2026-11-30:DKK:domestic' } },
  ],
  matches: false,
  csv: { fileName: 'afstemning-2026-11.csv', csv: 'x\r\n' },
};

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the reconciliation screen in day mode', () => {
  it.each([
    ['da', 'Afstem', 'Mangler i e-conomic', 'Beløb, der ikke passer', 'dagsfaktura 02.11.2026 DKK (1 ordre)', 'dagsfaktura 03.11.2026 DKK (3 ordrer)'],
    ['en', 'Reconcile', 'Missing in e-conomic', 'Amounts that differ', 'day invoice 02/11/2026 DKK (1 order)', 'day invoice 03/11/2026 DKK (3 orders)'],
  ] as const)('names the day and currency as the subject of a missing or differing day invoice (%s), and opens the Days screen', async (language, run, missing, differing, missingDay, differingDay) => {
    const memory = createMemoryService();
    memory.service['reconcile.run'] = async () => dayMonth;
    const { routes } = renderScene(<Reconciliation />, { memory, language });
    fireEvent.click(screen.getByRole('button', { name: run }));
    const missingTable = await screen.findByRole('table', { name: missing });
    const [missingRow] = within(missingTable).getAllByRole('row').slice(1);
    expect(cells(missingRow)[0]).toBe(missingDay);
    expect(missingRow.textContent).toContain('299');

    const [differingRow] = within(screen.getByRole('table', { name: differing })).getAllByRole('row').slice(1);
    expect(cells(differingRow)[0]).toBe(differingDay);
    expect(cells(differingRow)[1]).toContain('412');

    fireEvent.click(within(differingRow).getByRole('button', { name: differingDay }));
    expect(routes).toEqual([{ screen: 'days' }]);
  });

  it.each([
    ['da', 'Afstem', 'Dage der ikke er bogført endnu', ['dagsfaktura 28.11.2026 DKK (2 ordrer)', 'venter på ordre 8105, som er tilbageholdt'], ['dagsfaktura 30.11.2026 DKK (1 ordre)', 'dagen er ikke slut endnu']],
    ['en', 'Reconcile', 'Days not booked yet', ['day invoice 28/11/2026 DKK (2 orders)', 'waits for held order 8105'], ['day invoice 30/11/2026 DKK (1 order)', 'the day has not ended yet']],
  ] as const)('lists a day waiting for a held order and a day not ended yet apart from what is missing (%s)', async (language, run, title, waiting, open) => {
    const memory = createMemoryService();
    memory.service['reconcile.run'] = async () => dayMonth;
    renderScene(<Reconciliation />, { memory, language });
    fireEvent.click(screen.getByRole('button', { name: run }));
    const table = await screen.findByRole('table', { name: title });
    const rows = within(table).getAllByRole('row').slice(1).map(cells);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([waiting, open]);
    expect(rows[0][1]).toContain('598');
    expect(screen.getByText(`${title} (2)`)).toBeTruthy();
  });
});

/** A month of days booked as vouchers in journal 1 (dayBooking "journal"): one voucher deleted, one changed after booking, one entered twice. */
const voucherMonth: Response<'reconcile.run'> = {
  ...dayMonth,
  missing: [{ kind: 'voucher', orderId: '', orderNumber: '', date: '2026-11-02', currency: 'DKK', amount: '299.00', status: null, reason: null, day: { zone: 'domestic', orders: 1, reference: 'lb-day:demo:2026-11-02:DKK:domestic' }, voucher: { journalNumber: 1, accountingYear: '2026', voucherNumber: 17 } }],
  differing: [{ kind: 'voucher', orderId: '', orderNumber: '', invoiceNumber: null, date: '2026-11-03', currency: 'DKK', shop: '897.00', economic: '907.00', difference: '-10.00', day: { zone: 'domestic', orders: 3, reference: 'lb-day:demo:2026-11-03:DKK:domestic' }, voucher: { journalNumber: null, accountingYear: '2026', voucherNumber: 18 } }],
  duplicates: [{ reference: 'lb-day:demo:2026-11-04:DKK:domestic', orderId: null, booked: [], drafts: [], vouchers: [{ journalNumber: null, accountingYear: '2026', voucherNumber: 19 }, { journalNumber: 1, accountingYear: '2026', voucherNumber: 23 }] }],
  pendingDays: [],
};

describe('the reconciliation screen with days booked as vouchers in a journal', () => {
  it.each([
    ['da', 'Afstem', 'Mangler i e-conomic', 'Beløb, der ikke passer', 'Bogført eller oprettet to gange', ['dagsbilag 02.11.2026 DKK (1 ordre)', 'bilag 17 (2026) i kassekladde 1'], ['dagsbilag 03.11.2026 DKK (3 ordrer)', 'bilag 18 (2026) bogført'], 'bilag 19 (2026) bogført, bilag 23 (2026) i kassekladde 1'],
    ['en', 'Reconcile', 'Missing in e-conomic', 'Amounts that differ', 'Booked or created twice', ['day voucher 02/11/2026 DKK (1 order)', 'voucher 17 (2026) in journal 1'], ['day voucher 03/11/2026 DKK (3 orders)', 'voucher 18 (2026) booked'], 'voucher 19 (2026) booked, voucher 23 (2026) in journal 1'],
  ] as const)('names the day voucher and where it is in e-conomic: in the journal or booked (%s)', async (language, run, missing, differing, duplicates, missingCells, differingCells, twice) => {
    const memory = createMemoryService();
    memory.service['reconcile.run'] = async () => voucherMonth;
    const { routes } = renderScene(<Reconciliation />, { memory, language });
    fireEvent.click(screen.getByRole('button', { name: run }));
    const [missingRow] = within(await screen.findByRole('table', { name: missing })).getAllByRole('row').slice(1);
    expect(cells(missingRow).slice(0, 2)).toEqual(missingCells);
    const [differingRow] = within(screen.getByRole('table', { name: differing })).getAllByRole('row').slice(1);
    expect(cells(differingRow).slice(0, 2)).toEqual(differingCells);
    const [duplicateRow] = within(screen.getByRole('table', { name: duplicates })).getAllByRole('row').slice(1);
    expect(cells(duplicateRow)[1]).toBe(twice);
    fireEvent.click(within(missingRow).getByRole('button', { name: missingCells[0] }));
    expect(routes).toEqual([{ screen: 'days' }]);
  });
});
