import type { OrderListRow } from '../../../shared/days/order-list';

/** Three orders and a refund of an older order on 3 December, worked out by hand. */
export const HAND_WORKED_ROWS: OrderListRow[] = [
  { kind: 'order', number: '1001', date: '2026-12-03', customer: 'Jens Hansen', total: '1250.00', vat: '250.00', paymentMethod: 'MobilePay' },
  { kind: 'order', number: '1002', date: '2026-12-03', customer: 'Søren "Sømand" Ødegård', total: '99.95', vat: '19.99', paymentMethod: 'Kort (Visa)' },
  { kind: 'order', number: '1003', date: '2026-12-03', customer: '=1+1', total: '10.00', vat: '2.00', paymentMethod: 'Faktura; 8 dage' },
  { kind: 'refund', number: '0998', date: '2026-12-03', customer: 'Mette Jensen', total: '-125.00', vat: '-25.00', paymentMethod: 'MobilePay' },
];

