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
});
