// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OssVat, recentQuarters } from '../../renderer/scenes/oss';
import { renderScene } from './support/render';

// Only the calendar is fixed (7 December 2026), so the quarter list is the same on every run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the OSS VAT screen', () => {
  it('opens on the last quarter that has ended, the one whose return is due', () => {
    renderScene(<OssVat />);
    const picker = screen.getByRole('combobox', { name: 'Kvartal' }) as HTMLSelectElement;
    expect(picker.value).toBe('2026Q3');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent).slice(0, 3)).toEqual(['4. kvartal 2026', '3. kvartal 2026', '2. kvartal 2026']);
    expect(screen.getByRole('button', { name: 'Eksportér CSV' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows base and VAT per country and rate with the total, and the orders not booked apart', async () => {
    const { memory, routes } = renderScene(<OssVat />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kvartal' }), { target: { value: '2026Q4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis tallene' }));
    const table = await screen.findByRole('table', { name: 'OSS-moms 4. kvartal 2026' });
    expect(memory.calls.find((c) => c.channel === 'oss.report')?.request).toEqual({ quarter: '2026Q4' });
    expect(screen.getByRole('heading', { name: '4. kvartal 2026 (01.10.2026 – 31.12.2026)' })).toBeTruthy();

    const germany19 = within(table).getAllByRole('row').find((r) => r.textContent?.includes('19 %'))!;
    expect(within(germany19).getByRole('rowheader').textContent).toBe('Tyskland (DE)');
    expect(cells(germany19)).toEqual(['19 %', '708,70 kr.', '134,66 kr.', '1', '1']);
    const rowHeaders = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeaders).toEqual(['Tyskland (DE)', 'Tyskland (DE)', 'Nederlandene (NL)', 'Sverige (SE)', 'I alt']);
    const total = within(table).getAllByRole('row').at(-1)!;
    expect(cells(total)).toEqual(['', '1.330,90 kr.', '248,43 kr.', '', '']);

    const unbooked = screen.getByRole('heading', { name: 'OSS-ordrer, der ikke er bogført (1)' }).closest('section') ?? document.body;
    expect(within(unbooked).getByText('Momssatsen findes ikke i køberens land')).toBeTruthy();
    expect(within(unbooked).getByText('125,00 EUR')).toBeTruthy();
    fireEvent.click(within(unbooked).getByRole('button', { name: 'Ordre 4005' }));
    expect(routes).toEqual([{ screen: 'orders', orderId: '4005' }]);
  });

  it("shows the OSS sales of days sent as journal vouchers apart, in the day's currency, not as nothing booked", async () => {
    renderScene(<OssVat />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kvartal' }), { target: { value: '2026Q2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis tallene' }));
    const table = await screen.findByRole('table', { name: 'OSS-salg i kassekladde-bilag 2. kvartal 2026' });
    expect(screen.queryByText('Intet er bogført med OSS i kvartalet.')).toBeNull();
    expect(screen.getByText(/ikke med i tallene ovenfor/)).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Tyskland (DE)', 'Sverige (SE)']);
    expect(cells(rows[0])).toEqual(['19 %', '200,00 kr.', '38,00 kr.', 'DKK', '2']);
    expect(cells(rows[1])).toEqual(['25 %', '40,00 EUR', '10,00 EUR', 'EUR', '1']);
  });

  it('exports the same CSV the CLI writes, as a UTF-8 file Excel reads', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderScene(<OssVat />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kvartal' }), { target: { value: '2026Q4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis tallene' }));
    await screen.findByRole('table', { name: 'OSS-moms 4. kvartal 2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Eksportér CSV' }));
    expect(names).toEqual(['oss-moms-2026Q4.csv']);
    const bytes = new Uint8Array(await created[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('country;vat_rate;taxable_base;vat;currency;invoices;credit_notes\r\n');
  });

  it('says so in English when nothing was booked under OSS in the quarter', async () => {
    renderScene(<OssVat />, { language: 'en' });
    expect((screen.getByRole('combobox', { name: 'Quarter' }) as HTMLSelectElement).selectedOptions[0].textContent).toBe('Q3 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Show the figures' }));
    expect(await screen.findByText('Nothing was booked under OSS in the quarter.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('OSS orders not booked', { exact: false })).toBeNull();
  });
});

describe('the quarters to choose from', () => {
  it('are the current quarter and the seven before it, across the turn of the year', () => {
    expect(recentQuarters(new Date(2027, 1, 15))).toEqual(['2027Q1', '2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q4', '2025Q3', '2025Q2']);
  });
});
