import type { Order } from '../../../shared/domain/order';
import { CODES, type ProblemReport } from '../../../shared/errors';
import type { ValidationContext } from '../context';

/** A payment method nobody has mapped is a prompt to map it, named as the owner knows it. */
export function checkPaymentMethod(order: Order, ctx: ValidationContext): ProblemReport[] {
  const id = order.payment.id.trim();
  if (id !== '' && ctx.knownPaymentMethods.has(id)) return [];
  const shown = id === '' ? order.payment.title.trim() : order.payment.title.trim() && order.payment.title.trim() !== id ? `${order.payment.title.trim()} (${id})` : id;
  return [{ code: CODES.paymentMethodUnmapped, params: { orderNumber: order.number, paymentMethod: shown }, technical: { message: `payment method id "${id}" is not in profile.paymentMethods` } }];
}
