import type { Order } from '../../shared/domain/order';
import type { ProblemReport } from '../../shared/errors';
import { CODES, describe as describeProblem } from '../../shared/errors';
import { EconomicError } from '../connectors/economic/errors';
import { ShopError } from '../connectors/shops/types';
import { mapEconomicError, mapShopError } from '../validation';
import { PlanError } from './plan/plan-invoice';
import { REASON } from './reasons';

export interface Failure {
  problem: ProblemReport;
  /** Try again later by itself (connectivity, rate limits, e-conomic hiccups). */
  retry: boolean;
  retryAfterMs?: number;
}

const PLAN_CODES: Record<PlanError['code'], ProblemReport['code']> = {
  'no-collective-customer': REASON.currencyNotEnabled,
  'no-product-group': REASON.vatRateUnmapped,
  'missing-sku': REASON.missingSku,
  'day-rounding-too-large': REASON.dayRoundingTooLarge,
};

/** Turns whatever went wrong with one order (or day, named like one) into a catalogue problem and a retry decision. */
export function failureFor(error: unknown, order: Pick<Order, 'number'>): Failure {
  if (error instanceof EconomicError) {
    const problem = mapEconomicError(error, { orderNumber: order.number });
    return { problem, retry: error.transient || describeProblem(problem.code).retriesItself, retryAfterMs: error.detail.retryAfterMs };
  }
  if (error instanceof ShopError) {
    const problem = mapShopError(error);
    return { problem: { ...problem, params: { ...problem.params, orderNumber: order.number } }, retry: error.kind !== 'auth' && error.kind !== 'config' };
  }
  if (error instanceof PlanError) {
    const code = error.code === 'no-product-group' && error.params.country ? CODES.ossRateWithoutProductGroup : PLAN_CODES[error.code];
    return { problem: { code, params: { orderNumber: order.number, ...error.params } }, retry: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { problem: { code: REASON.internal, params: { orderNumber: order.number, detail: message }, technical: { message: error instanceof Error ? (error.stack ?? message) : message } }, retry: true };
}
