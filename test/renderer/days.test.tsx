// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Days } from '../../renderer/scenes/days';
import { describe as describeProblem } from '../../shared/errors';
import type { DayRowView } from '../../shared/ipc/schemas/days';
import { createMemoryService, orderIdFor } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const cells = (row: HTMLElement) => within(row).queryAllByRole('cell').map((c) => c.textContent);

/** Catches what the scene hands to the browser's download: file names and bytes. */
function catchDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), `blob:${blobs.length}`));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs[Number(this.href.split(':').at(-1)) - 1] });
  });
  return files;
}

describe('the days screen (postingUnit "day")', () => {
  it('lists each day and currency with its status in the app’s words, orders, gross and e-conomic invoice', async () => {
    renderScene(<Days />);
    const table = await screen.findByRole('table', { name: 'Dagsopgørelser' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['28.11.2026', '27.11.2026', '26.11.2026', '26.11.2026']);
    expect(rows.map(cells)).toEqual([
      ['DKK', 'I dagsopgørelsen', '1 ordre, 0 refunderinger', '299,00 kr.', '–'],
      ['DKK', 'Kræver handling', '2 ordrer, 0 refunderinger', '598,00 kr.', '–'],
      ['DKK', 'Bogført', '3 ordrer, 1 refundering', '1.234,95 kr.', 'Faktura 4711'],
      ['EUR', 'Bogført', '1 ordre, 0 refunderinger', '40,00 EUR', 'Faktura 4712'],
    ]);
  });

  it('says which orders a closed day waits for, each a button to the order', async () => {
    const { routes, memory } = renderScene(<Days />, { orders: 3 });
    fireEvent.click(await screen.findByRole('button', { name: 'Vis 27.11.2026 DKK' }));
    const detail = screen.getByRole('region', { name: 'Dagsopgørelse 27.11.2026 DKK' });
    expect(within(detail).getByText('Dagsopgørelsen venter på ordrer.')).toBeTruthy();
    expect(within(detail).getByText(/Dagen 2026-11-27 \(DKK\) er slut, men den bogføres ikke, før 1 ordre\(r\) er klar: 1014/)).toBeTruthy();
    expect(within(detail).getByText('Venter på godkendelse')).toBeTruthy();
    expect(within(detail).getByText('Ordren venter på din godkendelse')).toBeTruthy();
    expect(within(detail).getByText('Ordrelisten lægges fast, når dagen lukker, og vises så her.')).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Ordre 1014' }));
    expect(routes).toEqual([{ screen: 'orders', orderId: orderIdFor(14) }]);
    expect(memory.calls.some((c) => c.channel === 'days.orderList')).toBe(false);
  });

  it('shows a booked day’s order list as fixed, adding up to the invoice: 1.250,00 + 99,95 + 10,00 − 125,00 = 1.234,95', async () => {
    renderScene(<Days />);
    fireEvent.click((await screen.findAllByRole('button', { name: 'Vis 26.11.2026 DKK' }))[0]);
    const list = await screen.findByRole('table', { name: 'Ordreliste 26.11.2026 DKK' });
    const rows = within(list).getAllByRole('row');
    expect(rows.slice(1, -1).map(cells)).toEqual([
      ['Ordre', '1001', '03.12.2026', 'Jens Hansen', 'MobilePay', '250,00 kr.', '1.250,00 kr.'],
      ['Ordre', '1002', '03.12.2026', 'Søren "Sømand" Ødegård', 'Kort (Visa)', '19,99 kr.', '99,95 kr.'],
      ['Ordre', '1003', '03.12.2026', '=1+1', 'Faktura; 8 dage', '2,00 kr.', '10,00 kr.'],
      ['Refundering', '0998', '03.12.2026', 'Mette Jensen', 'MobilePay', '-25,00 kr.', '-125,00 kr.'],
    ]);
    expect(within(rows.at(-1)!).getByRole('rowheader').textContent).toBe('I alt');
    expect(cells(rows.at(-1)!)).toEqual(['246,99 kr.', '1.234,95 kr.']);
    expect(screen.getByText('Ordrenumre 1001–1003')).toBeTruthy();
    expect(screen.getByText('Listen stemmer med dagens faktura: 1.234,95 kr. brutto.')).toBeTruthy();
  });

  it('downloads the order list as the CSV and the PDF the accountant gets', async () => {
    const files = catchDownloads();
    renderScene(<Days />);
    fireEvent.click((await screen.findAllByRole('button', { name: 'Vis 26.11.2026 DKK' }))[0]);
    await screen.findByRole('table', { name: 'Ordreliste 26.11.2026 DKK' });
    fireEvent.click(screen.getByRole('button', { name: 'Hent CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hent PDF' }));
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['ordreliste-2026-11-26-DKK.csv', 'ordreliste-2026-11-26-DKK.pdf']));
    const csv = new TextDecoder().decode(new Uint8Array(await files[0].blob.arrayBuffer()));
    expect(csv.split('\r\n')[1]).toBe('ordre;1001;2026-12-03;Jens Hansen;1250,00;250,00;MobilePay');
    const pdf = new Uint8Array(await files[1].blob.arrayBuffer());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(files[1].blob.type).toBe('application/pdf');
  });

  it('speaks English, with the refresh button a fix text can send the owner to', async () => {
    renderScene(<Days />, { language: 'en' });
    const table = await screen.findByRole('table', { name: 'Daily summaries' });
    expect(cells(within(table).getAllByRole('row')[3])).toEqual(['DKK', 'Booked', '3 orders, 1 refund', 'DKK 1,234.95', 'Invoice 4711']);
    expect(screen.getByRole('button', { name: 'Refresh' }).getAttribute('data-place')).toBe('days.refresh');
    fireEvent.click(screen.getByRole('button', { name: 'Show 28/11/2026 DKK' }));
    expect(screen.getByText('The order list is fixed when the day closes, and then shows here.')).toBeTruthy();
  });

  it('sends a day booked before the accountant was named to the accountant when the owner asks, and says so', async () => {
    const { memory } = renderScene(<Days />);
    fireEvent.click(await screen.findByRole('button', { name: 'Vis 26.11.2026 EUR' }));
    const detail = screen.getByRole('region', { name: 'Dagsopgørelse 26.11.2026 EUR' });
    const mail = await within(detail).findByRole('region', { name: 'Mail til revisor' });
    expect(within(mail).getByText('Ordrelisten er ikke sendt til revisor.')).toBeTruthy();
    const send = within(mail).getByRole('button', { name: 'Send til revisor' });
    expect(send.getAttribute('data-place')).toBe('days.sendToAccountant');
    fireEvent.click(send);
    await within(mail).findByText(/^Ordrelisten er sendt til revisor@example\.dk /);
    expect(memory.calls.filter((c) => c.channel === 'days.sendToAccountant').map((c) => c.request)).toEqual([{ id: 2 }]);
  });

  it('sends an already mailed list again on request, in English', async () => {
    const { memory } = renderScene(<Days />, { language: 'en' });
    fireEvent.click((await screen.findAllByRole('button', { name: 'Show 26/11/2026 DKK' }))[0]);
    const mail = await screen.findByRole('region', { name: 'Mail to the accountant' });
    expect(within(mail).getByText(/^The order list was sent to revisor@example\.dk /)).toBeTruthy();
    fireEvent.click(within(mail).getByRole('button', { name: 'Send to accountant' }));
    await vi.waitFor(() => expect(memory.calls.filter((c) => c.channel === 'days.sendToAccountant').map((c) => c.request)).toEqual([{ id: 3 }]));
  });

  it('says what to do when no accountant is named, with a way to the address in Settings', async () => {
    const { memory, routes } = renderScene(<Days />);
    await memory.service['accountant.save']({ accountantEmail: '' });
    fireEvent.click((await screen.findAllByRole('button', { name: 'Vis 26.11.2026 DKK' }))[0]);
    const mail = await screen.findByRole('region', { name: 'Mail til revisor' });
    fireEvent.click(within(mail).getByRole('button', { name: 'Send til revisor' }));
    expect(await within(mail).findByText(/Ordrelisten for 2026-11-26 kan ikke sendes til revisor, for der er ikke angivet en mailadresse til revisoren/)).toBeTruthy();
    fireEvent.click(within(mail).getByRole('button', { name: 'Gå til Indstillinger → Revisorens mailadresse' }));
    expect(routes).toEqual([{ screen: 'settings', place: 'settings.accountantEmail' }]);
  });
});

describe('the days screen with a day whose draft was deleted in e-conomic', () => {
  it('says what happened and offers "Prøv dagen igen" only for that day; pressing it shows the new draft', async () => {
    const { memory } = renderScene(<Days />, { dayDraftDeleted: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Vis 25.11.2026 DKK' }));
    const detail = screen.getByRole('region', { name: 'Dagsopgørelse 25.11.2026 DKK' });
    expect(within(detail).getByText('Dagsopgørelsens kladde er slettet i e-conomic.')).toBeTruthy();
    expect(within(detail).getByText(/Dagen 2026-11-25 \(DKK\): kladde 309 med dagens 2 ordrer og refunderinger er slettet i e-conomic/)).toBeTruthy();
    const retry = within(detail).getByRole('button', { name: 'Prøv dagen igen' });
    expect(retry.getAttribute('data-place')).toBe('days.retry');
    fireEvent.click(retry);
    await vi.waitFor(() => expect(memory.calls.filter((c) => c.channel === 'days.retry').map((c) => c.request)).toEqual([{ id: 1 }]));
    const table = screen.getByRole('table', { name: 'Dagsopgørelser' });
    await within(table).findByText('Kladde 312');
    expect(within(detail).queryByRole('button', { name: 'Prøv dagen igen' })).toBeNull();
  });

  it('offers "Retry the day" for a day whose voucher was deleted from the journal, which no longer names a voucher', async () => {
    const memory = createMemoryService();
    const params = { date: '2026-11-25', currency: 'DKK', journalNumber: 1, voucherNumber: '17', count: 2 };
    const gone: DayRowView = { ...voucherDay, id: 7, day: '2026-11-25', status: 'action', orders: 2, refunds: 0, gross: '598.00', voucher: null, bookedAt: null, problem: { code: 'LB-7026', title: describeProblem('LB-7026', params, 'en').title, message: describeProblem('LB-7026', params, 'en').message } };
    memory.service['days.list'] = async () => ({ postingUnit: 'day', total: 1, days: [gone] });
    const retried: number[] = [];
    memory.service['days.retry'] = async (req) => (retried.push(req.id), gone);
    renderScene(<Days />, { memory, language: 'en' });
    const [row] = within(await screen.findByRole('table', { name: 'Daily summaries' })).getAllByRole('row').slice(1);
    expect(cells(row)).toEqual(['DKK', 'Needs action', '2 orders, 0 refunds', 'DKK 598.00', '–']);
    fireEvent.click(screen.getByRole('button', { name: 'Show 25/11/2026 DKK' }));
    expect(screen.getByText(/was voucher 17 in journal 1, but the voucher was deleted from the journal in e-conomic before it was booked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry the day' }));
    await vi.waitFor(() => expect(retried).toEqual([7]));
  });

  it('opens the day to retry when the overview\'s "Gå til Dagsopgørelser → Prøv dagen igen" names no day', async () => {
    renderScene(<Days />, { dayDraftDeleted: true, route: { screen: 'days', place: 'days.retry' } });
    const detail = await screen.findByRole('region', { name: 'Dagsopgørelse 25.11.2026 DKK' });
    expect(within(detail).getByRole('button', { name: 'Prøv dagen igen' })).toBeTruthy();
  });

  it('offers no retry on a booked day or a day that waits for orders', async () => {
    renderScene(<Days />, { dayDraftDeleted: true, language: 'en' });
    for (const name of ['Show 26/11/2026 EUR', 'Show 27/11/2026 DKK']) {
      fireEvent.click(await screen.findByRole('button', { name }));
      expect(screen.queryByRole('button', { name: 'Retry the day' })).toBeNull();
    }
  });
});

/** 26 November in DKK booked as voucher 17 in journal 1 (dayBooking "journal"): no invoice, not yet mailed to the accountant. */
const voucherDay: DayRowView = { id: 3, day: '2026-11-26', currency: 'DKK', abroad: false, status: 'booked', orders: 3, refunds: 1, gross: '1234.95', draftNumber: null, invoiceNumber: null, voucher: { journalNumber: 1, accountingYear: '2026', voucherNumber: 17 }, bookedAt: '2026-11-27T01:02:00.000Z', problem: null, waitingFor: [], orderListFixed: true, accountantMail: null };

describe('the days screen with a day booked as a voucher in a journal', () => {
  it.each([
    ['da', 'Dagsopgørelser', 'Bilag 17, kassekladde 1', 'Vis 26.11.2026 DKK', 'Mail til revisor', 'Send til revisor'],
    ['en', 'Daily summaries', 'Voucher 17, journal 1', 'Show 26/11/2026 DKK', 'Mail to the accountant', 'Send to accountant'],
  ] as const)('names the voucher and its journal where an invoice would be, and offers "Send to accountant" for it (%s)', async (language, title, voucher, open, mailTitle, sendName) => {
    const memory = createMemoryService();
    const sent: number[] = [];
    memory.service['days.list'] = async () => ({ postingUnit: 'day', total: 1, days: [voucherDay] });
    memory.service['days.sendToAccountant'] = async (req) => (sent.push(req.id), { ...voucherDay, accountantMail: { status: 'sent', to: 'revisor@example.dk', sentAt: '2026-11-27T01:05:00.000Z', problem: null } });
    renderScene(<Days />, { memory, language });
    const [row] = within(await screen.findByRole('table', { name: title })).getAllByRole('row').slice(1);
    expect(cells(row).at(-1)).toBe(voucher);
    fireEvent.click(screen.getByRole('button', { name: open }));
    const mail = await screen.findByRole('region', { name: mailTitle });
    fireEvent.click(within(mail).getByRole('button', { name: sendName }));
    await vi.waitFor(() => expect(sent).toEqual([3]));
  });

  it('names every voucher e-conomic split the day over, as the accountant\'s mail does: "Bilag 17 og 18, kassekladde 1"', async () => {
    const memory = createMemoryService();
    memory.service['days.list'] = async () => ({ postingUnit: 'day', total: 1, days: [{ ...voucherDay, voucher: { journalNumber: 1, accountingYear: '2026', voucherNumber: 17, voucherNumbers: [17, 18] } }] });
    renderScene(<Days />, { memory, language: 'da' });
    const [row] = within(await screen.findByRole('table', { name: 'Dagsopgørelser' })).getAllByRole('row').slice(1);
    expect(cells(row).at(-1)).toBe('Bilag 17 og 18, kassekladde 1');
  });
});
