import { orderListCsvOf, readOrderList, summariseOrderList, type OrderListRow } from '../../../shared/days/order-list';
import { orderListPdf } from '../../../shared/days/order-list-pdf';
import { describe } from '../../../shared/errors';
import { ORDER_LIST_WORDS } from '../../../shared/i18n/order-list-words';
import type { Lang } from '../../../shared/i18n/lang';
import { AppError, type AppService, type Response } from '../../../shared/ipc/contract';
import type { DayRowView } from '../../../shared/ipc/schemas/days';
import type { OrderRow } from '../../../shared/ipc/schemas/operations';
import { HAND_WORKED_ROWS } from '../days/hand-worked-rows';

type DaysChannels = Pick<AppService, 'days.list' | 'days.orderList' | 'days.pdf' | 'days.sendToAccountant' | 'days.retry' | 'accountant.get' | 'accountant.save'>;

/**
 * The days of a shop booking per day, for the UI tests: 26 November booked in DKK (the
 * hand-worked list of test/shared/days: orders 1001–1003 and a refund of 0998, 1.234,95) and
 * in EUR; 27 November closed but waiting for `held` (order 1014, which a rule holds); 28 November still
 * collecting. The accountant (revisor@example.dk) got 26 November's DKK list; the EUR day was
 * booked before the address was set, so it was not mailed. With `draftDeleted`, 25 November (DKK,
 * orders 1004–1005, 598,00) is there too: frozen, but its draft 309 was deleted by hand in
 * e-conomic (LB-7025), and "Retry the day" gives it the new draft 312.
 */
export function memoryDays(held: OrderRow, language: () => Lang, postingUnit: () => 'order' | 'day' = () => 'day', options: { draftDeleted?: boolean } = {}): DaysChannels {
  const base = { abroad: false, refunds: 0, draftNumber: null, invoiceNumber: null, bookedAt: null, problem: null, waitingFor: [], orderListFixed: false, accountantMail: null };
  let accountantEmail = 'revisor@example.dk';
  const days: DayRowView[] = [
    { ...base, id: 5, day: '2026-11-28', currency: 'DKK', status: 'day', orders: 1, gross: '299.00' },
    {
      ...base,
      id: 4,
      day: '2026-11-27',
      currency: 'DKK',
      status: 'action',
      orders: 2,
      gross: '598.00',
      problem: { code: 'LB-7020', ...pick(describe('LB-7020', { date: '2026-11-27', currency: 'DKK', count: 1, orders: held.number }, language())) },
      waitingFor: [{ orderId: held.id, number: held.number, status: held.status, reason: held.reason?.text ?? null }],
    },
    { ...base, id: 3, day: '2026-11-26', currency: 'DKK', status: 'booked', orders: 3, refunds: 1, gross: '1234.95', draftNumber: 310, invoiceNumber: 4711, bookedAt: '2026-11-27T01:02:00.000Z', orderListFixed: true, accountantMail: { status: 'sent', to: 'revisor@example.dk', sentAt: '2026-11-27T01:05:00.000Z', problem: null } },
    { ...base, id: 2, day: '2026-11-26', currency: 'EUR', status: 'booked', orders: 1, gross: '40.00', draftNumber: 311, invoiceNumber: 4712, bookedAt: '2026-11-27T01:02:00.000Z', orderListFixed: true },
  ];
  const deletedParams = { date: '2026-11-25', currency: 'DKK', draftNumber: 309, count: 2 };
  if (options.draftDeleted) days.push({ ...base, id: 1, day: '2026-11-25', currency: 'DKK', status: 'action', orders: 2, gross: '598.00', orderListFixed: true, problem: { code: 'LB-7025', ...pick(describe('LB-7025', deletedParams, language())) } });
  const lists: Record<number, string> = {
    3: orderListCsvOf(HAND_WORKED_ROWS, 'da'),
    1: orderListCsvOf((['1004', '1005'] as const).map((number) => ({ kind: 'order', number, date: '2026-11-25', customer: 'Mette Jensen', total: '299.00', vat: '59.80', paymentMethod: 'MobilePay' })) satisfies OrderListRow[], 'da'),
    2: orderListCsvOf([{ kind: 'order', number: '1010', date: '2026-11-26', customer: 'Anna Schmidt', total: '40.00', vat: '8.00', paymentMethod: 'PayPal' }] satisfies OrderListRow[], 'da'),
  };
  const fixed = (id: number) => {
    const day = days.find((d) => d.id === id);
    if (!day || !lists[id]) throw new AppError('LB-9407', `No fixed order list for ${day?.day ?? id}.`);
    return { day, rows: readOrderList(lists[id]) };
  };
  return {
    'days.list': async (req): Promise<Response<'days.list'>> => ({ postingUnit: 'day', total: days.length, days: days.slice(req.offset, req.offset + req.limit) }),
    'days.orderList': async (req) => {
      const { day, rows } = fixed(req.id);
      const summary = summariseOrderList(rows);
      const words = ORDER_LIST_WORDS[language()];
      return { id: day.id, day: day.day, currency: day.currency, rows, total: summary.total, vat: summary.vat, firstNumber: summary.firstNumber, lastNumber: summary.lastNumber, csv: { fileName: `${words.fileName(day.day, day.currency, day.abroad)}.csv`, csv: orderListCsvOf(rows, language()) } };
    },
    'days.sendToAccountant': async (req) => {
      const day = days.find((d) => d.id === req.id && d.invoiceNumber !== null);
      if (!day) throw new AppError('LB-9407', `No booked day ${req.id}.`);
      if (!accountantEmail) throw new AppError('LB-6014', [describe('LB-6014', { date: day.day }, language()).message, describe('LB-6014', { date: day.day }, language()).fix].join(' '));
      day.accountantMail = { status: 'sent', to: accountantEmail, sentAt: new Date().toISOString(), problem: null };
      return day;
    },
    'days.retry': async (req) => {
      const day = days.find((d) => d.id === req.id);
      if (!day) throw new AppError('LB-9407', `No day ${req.id}.`);
      // Only a day whose draft was deleted is written again; any other is shown as it stands.
      if (day.problem?.code === 'LB-7025') Object.assign(day, { status: 'draft', problem: null, draftNumber: 312 });
      return day;
    },
    'accountant.get': async () => ({ postingUnit: postingUnit(), accountantEmail }),
    'accountant.save': async (req) => {
      accountantEmail = req.accountantEmail.trim();
      return { postingUnit: postingUnit(), accountantEmail };
    },
    'days.pdf': async (req) => {
      const { day, rows } = fixed(req.id);
      const bytes = await orderListPdf({ shop: 'Testbutik', day: day.day, currency: day.currency, abroad: day.abroad, rows, gross: day.gross, invoiceNumber: day.invoiceNumber, fixedAt: day.bookedAt! }, language());
      return { fileName: `${ORDER_LIST_WORDS[language()].fileName(day.day, day.currency, day.abroad)}.pdf`, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}

function pick(d: { title: string; message: string }) {
  return { title: d.title, message: d.message };
}
