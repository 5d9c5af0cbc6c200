import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppService, type DesktopService } from '../../../main/service/app-service';
import { MemorySecretStore } from '../../../main/secrets';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Channel, RequestInput, Response } from '../../../shared/ipc/contract';
import { dayDate } from '../../../shared/i18n/order-list-words';
import { pdfLines } from '../../helpers/pdf-text';
import { startDaySummaryShop, type DaySummaryShop } from '../../helpers/day-summary-shop';

/**
 * The days screen's service (main/service/days.ts) over the real ledger of a shop booking per
 * day, through the validated contract: a booked day of the three Krus orders 8001–8003
 * (3 × 299.00 = 897.00, VAT 3 × 59.80 = 179.40) and a day that waits for order 8006 (Vipps,
 * not mapped to a payment in e-conomic).
 */
let shop: DaySummaryShop;
let service: DesktopService;

async function call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
  const result = await dispatch(service, channel, request, { validateResponses: true });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Response<K>;
}

beforeAll(async () => {
  shop = await startDaySummaryShop();
  shop.runtime.close();
  service = await createAppService({ dataDir: shop.h.dataDir, onEvent: () => undefined, secrets: new MemorySecretStore(), economicUrl: shop.h.economic.url, autoSync: false });
}, 60_000);

afterAll(async () => {
  await service?.dispose();
  await shop.h.close();
});

describe('the days service', () => {
  it('lists the booked day with its invoice and the waiting day with the order that holds it', async () => {
    const { postingUnit, days } = await call('days.list', {});
    expect(postingUnit).toBe('day');
    const booked = days.find((d) => d.day === shop.bookedDay)!;
    expect(booked).toMatchObject({ currency: 'DKK', abroad: false, status: 'booked', orders: 3, refunds: 0, gross: '897.00', problem: null, waitingFor: [], orderListFixed: true });
    expect(booked.invoiceNumber).toEqual(expect.any(Number));
    const waiting = days.find((d) => d.day === shop.waitingDay)!;
    expect(waiting).toMatchObject({ status: 'action', orders: 2, gross: '598.00', invoiceNumber: null, orderListFixed: false });
    expect(waiting.problem?.code).toBe('LB-7020');
    expect(waiting.waitingFor).toEqual([{ orderId: '8006', number: '8006', status: expect.any(String), reason: expect.any(String) }]);
    expect(waiting.waitingFor[0].status).not.toBe('day');
  });

  it('gives the booked day’s order list as it was fixed, with its CSV and a PDF of the same rows', async () => {
    const booked = (await call('days.list', {})).days.find((d) => d.day === shop.bookedDay)!;
    const list = await call('days.orderList', { id: booked.id });
    expect(list.rows.map((r) => [r.kind, r.number, r.customer, r.total, r.vat, r.paymentMethod])).toEqual(['8001', '8002', '8003'].map((n) => ['order', n, 'Mette Jensen', '299.00', '59.80', 'MobilePay']));
    expect(list).toMatchObject({ total: '897.00', vat: '179.40', firstNumber: '8001', lastNumber: '8003' });
    expect(list.csv.fileName).toBe(`ordreliste-${shop.bookedDay}-DKK.csv`);
    expect(list.csv.csv.split('\r\n')[1]).toBe(`ordre;8001;${shop.bookedDay};Mette Jensen;299,00;59,80;MobilePay`);

    const pdf = await call('days.pdf', { id: booked.id });
    expect(pdf.fileName).toBe(`ordreliste-${shop.bookedDay}-DKK.pdf`);
    const [page] = await pdfLines(Buffer.from(pdf.base64, 'base64'));
    expect(page).toContain(`Ordre 8002 ${dayDate(shop.bookedDay, 'da')} Mette Jensen MobilePay 59,80 299,00`);
    expect(page).toContain('I alt DKK 179,40 897,00');
    expect(page).toContain(`Dagens faktura i e-conomic: nr. ${booked.invoiceNumber}`);
  });

  it('refuses the order list of a day that has not closed, with a code and a way to the days screen', async () => {
    const waiting = (await call('days.list', {})).days.find((d) => d.day === shop.waitingDay)!;
    const result = await dispatch(service, 'days.pdf', { id: waiting.id }, { validateResponses: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'LB-9407' } });
    expect(!result.ok && result.error.message).toContain(`Der er ingen fastlagt ordreliste for dagsopgørelsen ${shop.waitingDay}`);
  });
});
