// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorLog } from '../../renderer/scenes/error-log';
import { visibleRange } from '../../renderer/components/virtual-list';
import { orderIdFor } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

const VIEWPORT = 560;
const ROW = 36;
const grid = () => screen.getByRole('grid', { name: 'Fejllog' });
const renderedRows = () => within(grid()).queryAllByRole('row');
const logCalls = (memory: { calls: Array<{ channel: string; request: unknown }> }) =>
  memory.calls.filter((c) => c.channel === 'log.list').map((c) => c.request as { offset: number; limit: number; severity?: string; search?: string });

describe('ErrorLog with 100,000 entries', () => {
  it('renders only the rows in view and fetches the log page by page', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 100_000 });
    expect(await screen.findByText('100.000 poster')).toBeTruthy();
    await screen.findByText('Entry 0: Order could not be transferred');
    const { end } = visibleRange(0, VIEWPORT, ROW, 100_000, 8);
    expect(renderedRows()).toHaveLength(end);
    expect(renderedRows().length).toBeLessThan(30);
    expect(grid().getAttribute('aria-rowcount')).toBe('100000');
    expect(logCalls(memory).every((r) => r.limit <= 200)).toBe(true);
  });

  it('fetches and shows the rows around where the user scrolls to', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 100_000 });
    await screen.findByText('Entry 0: Order could not be transferred');
    const target = 73_456;
    grid().scrollTop = target * ROW;
    fireEvent.scroll(grid());
    expect(await screen.findByText(`Entry ${target}: Order could not be transferred`)).toBeTruthy();
    expect(screen.queryByText('Entry 0: Order could not be transferred')).toBeNull();
    expect(renderedRows().length).toBeLessThan(40);
    expect(logCalls(memory).some((r) => r.offset <= target && target < r.offset + r.limit)).toBe(true);
  });
});

describe('ErrorLog filters', () => {
  it('filters by severity', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 1000 });
    await screen.findByText('1.000 poster');
    fireEvent.change(screen.getByRole('combobox', { name: 'Alvor' }), { target: { value: 'critical' } });
    expect(await screen.findByText('250 poster')).toBeTruthy();
    await waitFor(() => expect(within(grid()).getAllByText('Kritisk').length).toBe(renderedRows().length));
    expect(logCalls(memory).at(-1)).toMatchObject({ severity: 'critical', offset: 0 });
  });

  it('filters by code, order, date and search text', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 1000 });
    await screen.findByText('1.000 poster');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kode' }), { target: { value: 'LB-2003' } });
    expect(await screen.findByText('250 poster')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søg' }), { target: { value: 'VAT rate' } });
    expect(await screen.findByText('250 poster')).toBeTruthy(); // every LB-2003 entry is a VAT entry
    fireEvent.change(screen.getByRole('textbox', { name: 'Ordre' }), { target: { value: '1005' } });
    expect(await screen.findByText('1 post')).toBeTruthy();
    expect(logCalls(memory).at(-1)).toMatchObject({ code: 'LB-2003', search: 'VAT rate', orderId: '1005' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Ordre' }), { target: { value: '' } });
    // Dates are written the Danish way (day first); ISO is understood too.
    fireEvent.change(screen.getByLabelText('Fra'), { target: { value: '01-11-2026' } });
    fireEvent.change(screen.getByLabelText('Til'), { target: { value: '2026-11-01' } });
    await waitFor(() => expect(logCalls(memory).at(-1)).toMatchObject({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-01T23:59:59.999Z' }));
    fireEvent.blur(screen.getByLabelText('Til'));
    expect((screen.getByLabelText('Til') as HTMLInputElement).value).toBe('01-11-2026');
    expect((screen.getByLabelText('Fra') as HTMLInputElement).placeholder).toBe('Fra: dd-mm-åååå');
  });

  it('says how to write a date it cannot read, and keeps the filter as it was', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 10 });
    await screen.findByText('10 poster');
    const calls = logCalls(memory).length;
    const from = screen.getByLabelText('Fra');
    fireEvent.change(from, { target: { value: '31-02-2026' } });
    fireEvent.blur(from);
    expect(screen.getByRole('alert').textContent).toBe('Skriv datoen som dd-mm-åååå, fx 24-12-2026.');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(logCalls(memory).slice(calls).some((c) => (c as { from?: string }).from !== undefined)).toBe(false);
    fireEvent.change(from, { target: { value: '28.02.2026' } });
    await waitFor(() => expect(logCalls(memory).at(-1)).toMatchObject({ from: '2026-02-28T00:00:00.000Z' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 10 });
    await screen.findByText('10 poster');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søg' }), { target: { value: 'nothing like this' } });
    expect(await screen.findByText('Ingen poster matcher filtret.')).toBeTruthy();
  });
});

describe('ErrorLog entry', () => {
  it('explains the fix in plain words, with technical details behind a toggle', async () => {
    renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 50 });
    fireEvent.click(await screen.findByText('Entry 1: VAT rate has no product group'));
    expect(await screen.findByText('Sådan løser du det')).toBeTruthy();
    expect(screen.getByText('Choose a product group for 12 %.')).toBeTruthy();
    expect(screen.queryByText(/POST \/invoices\/drafts/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vis tekniske detaljer' }));
    expect(screen.getByText(/POST \/invoices\/drafts → 400/)).toBeTruthy();
  });

  it('retries the order and marks the entry resolved', async () => {
    const { memory } = renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 50 });
    fireEvent.click(await screen.findByText('Entry 1: VAT rate has no product group'));
    fireEvent.click(await screen.findByRole('button', { name: 'Prøv ordren igen' }));
    expect(await screen.findByText('1 ordre prøvet igen.')).toBeTruthy();
    expect(memory.calls.find((c) => c.channel === 'orders.retry')?.request).toEqual({ ids: [orderIdFor(1)] });
    fireEvent.click(screen.getByRole('button', { name: 'Markér som løst' }));
    expect(await screen.findByText('Løst')).toBeTruthy();
    expect(memory.log[1].resolved).toBe(true);
  });

  it('creates a support bundle', async () => {
    renderScene(<ErrorLog viewportHeight={VIEWPORT} />, { logEntries: 5 });
    fireEvent.click(await screen.findByRole('button', { name: 'Lav supportpakke' }));
    expect(await screen.findByText('Supportpakken er gemt: /tmp/ledgerbridge-support-2026-11-27.zip')).toBeTruthy();
  });
});

describe('visibleRange', () => {
  it('covers the viewport plus overscan and stays inside the list', () => {
    expect(visibleRange(0, 360, 36, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(36 * 1000, 360, 36, 100_000, 5)).toEqual({ start: 995, end: 1015 });
    expect(visibleRange(36 * 99_995, 360, 36, 100_000, 5)).toEqual({ start: 99_990, end: 100_000 });
    expect(visibleRange(0, 360, 36, 3, 5)).toEqual({ start: 0, end: 3 });
  });
});
