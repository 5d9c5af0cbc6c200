import type { Order } from '../../shared/domain/order';
import { dec, money } from '../../shared/domain/money';
import type { Lang } from '../../shared/errors';
import { orderStatusOf } from '../../shared/i18n/order-status';
import type { InvoiceRow, OrderLine, OrderRow } from '../../shared/ipc/schemas/operations';
import type { OrderRow as LedgerOrder } from '../ledger/orders';
import type { MailOutbox } from '../mail';
import { currentReason } from '../operations/order-reason';
import { mailStatusOf } from '../operations/mail-status';

/** e-conomic's web app, where the owner looks at and books invoices. */
export const ECONOMIC_WEB = 'https://secure.e-conomic.com';

/**
 * How the ledger's orders look on the owner's screens: one row shape for the order
 * list, the overview and the invoices, in the owner's vocabulary and language.
 */
export function orderRowOf(row: LedgerOrder, outbox: MailOutbox, lang: Lang): OrderRow {
  const billing = row.order?.billing;
  return {
    id: row.orderId,
    number: row.number,
    date: row.order?.dates?.created || row.firstSeenAt,
    customer: billing ? billing.company || billing.name || billing.email || '' : '',
    total: row.total,
    currency: row.currency,
    state: row.state,
    status: orderStatusOf(row.state, row.reasonCode),
    reason: row.reasonCode ? { code: row.reasonCode, text: currentReason(row, lang)!.title } : null,
    draftInvoiceNumber: row.draftNumber,
    bookedInvoiceNumber: row.bookedNumber,
    mailStatus: mailStatusOf(outbox, row.orderId),
  };
}

/** The invoice an order became (or the draft it waits as), or null before it reached e-conomic. */
export function invoiceRowOf(row: LedgerOrder, outbox: MailOutbox): InvoiceRow | null {
  const number = row.bookedNumber ?? row.draftNumber;
  if (number === null) return null;
  const billing = row.order?.billing;
  return {
    kind: row.bookedNumber !== null ? 'booked' : 'draft',
    number,
    orderId: row.orderId,
    orderNumber: row.number,
    date: row.order?.dates?.created || row.firstSeenAt,
    customer: billing ? billing.company || billing.name || billing.email || '' : '',
    total: row.total,
    currency: row.currency,
    mailStatus: mailStatusOf(outbox, row.orderId),
  };
}

/** The order's lines as the invoice gets them: net unit price, discount, and the line's gross. */
export function orderLinesOf(order: Order): OrderLine[] {
  return [...order.lines, ...order.shippingLines, ...order.feeLines].map((l) => ({
    kind: l.kind,
    description: l.name,
    sku: l.sku,
    quantity: l.quantity,
    unitPrice: money(dec(l.unitPrice)),
    discount: money(dec(l.discount)),
    total: money(dec(l.total).plus(dec(l.tax))),
    vatRate: l.taxRate,
  }));
}

/** The order in the shop's admin: WooCommerce redirects post.php to its order screen with or without HPOS. */
export function shopAdminUrl(order: Pick<Order, 'platform' | 'id'>, shopUrl: string): string | null {
  const base = shopUrl.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(base) || !order.id) return null;
  const id = encodeURIComponent(order.id);
  return order.platform === 'woocommerce' ? `${base}/wp-admin/post.php?post=${id}&action=edit` : `${base}/admin/orders/${id}`;
}

/** The invoice, or the draft it waits as, in e-conomic's web app. */
export function economicUrl(row: Pick<LedgerOrder, 'bookedNumber' | 'draftNumber'>): string | null {
  if (row.bookedNumber !== null) return `${ECONOMIC_WEB}/sales/invoices/booked/${row.bookedNumber}`;
  if (row.draftNumber !== null) return `${ECONOMIC_WEB}/sales/invoices/drafts/${row.draftNumber}`;
  return null;
}
