import { money } from '../../../../shared/domain/money';
import type { GiftCardRedemption, PaymentMethod } from '../../../../shared/domain/order';
import { list, text, textOrNull, type Json } from '../shop-json';
import { legacyId, type AmountReader } from './read';

/**
 * Payments from the order's transactions. Gift-card payments (the `gift_card` gateway) are a
 * way of paying, not a payment method: they are listed as redemptions and the model's total
 * is the order total minus them.
 */

const PAYMENT_KINDS = new Set(['SALE', 'CAPTURE']);

function isGiftCardGateway(gateway: unknown): boolean {
  return text(gateway).toLowerCase().replace(/[\s-]+/g, '_') === 'gift_card';
}

export function transactionsOf(o: Json): Json[] {
  return list(o.transactions);
}

export function giftCardsOf(transactions: Json[], r: AmountReader): GiftCardRedemption[] {
  return transactions
    .filter((t) => isGiftCardGateway(t.gateway) && PAYMENT_KINDS.has(text(t.kind)) && t.status === 'SUCCESS')
    .map((t, i) => ({ id: legacyId(t.id), code: null, amount: money(r.amount(t.amountSet, `transactions[${i}].amountSet`)) }));
}

/** The gateway that took the money: a sale or capture, else the authorisation still waiting for capture. */
export function paymentMethodOf(o: Json, transactions: Json[]): PaymentMethod {
  const usable = (t: Json) => !isGiftCardGateway(t.gateway) && t.status === 'SUCCESS' && textOrNull(t.gateway) !== null;
  const paying =
    transactions.find((t) => usable(t) && PAYMENT_KINDS.has(text(t.kind))) ?? transactions.find((t) => usable(t) && t.kind === 'AUTHORIZATION');
  const gatewayNames = (Array.isArray(o.paymentGatewayNames) ? o.paymentGatewayNames : []).map(text).filter((g) => g !== '' && !isGiftCardGateway(g));
  return paying
    ? { id: text(paying.gateway), title: text(paying.formattedGateway ?? paying.gateway), transactionId: legacyId(paying.id) || null }
    : // Shopify names orders created without a payment (Admin, API, draft orders) "manual".
      { id: gatewayNames[0] ?? 'manual', title: gatewayNames[0] ?? 'manual', transactionId: null };
}

/** When the money was taken: the first successful sale or capture, else the order's processing time if it is paid. */
export function paidAtOf(o: Json, transactions: Json[], isPaid: boolean): string | null {
  const paidTx = transactions.find((t) => PAYMENT_KINDS.has(text(t.kind)) && t.status === 'SUCCESS');
  return textOrNull(paidTx?.processedAt) ?? (isPaid ? textOrNull(o.processedAt) : null);
}
