import type { Order } from '../../shared/domain/order';
import { CATALOGUE, SEVERITY_RANK, type ProblemReport } from '../../shared/errors';
import type { ValidationContext } from './context';
import { checkCustomer } from './checks/customer';
import { checkProducts, checkQuantities, checkShippingMethods, checkVatRates } from './checks/lines';
import { checkCurrency, checkZeroTotal, findingProblems } from './checks/money';
import { checkPaymentMethod } from './checks/payment';
import { checkTexts } from './checks/texts';

const CHECKS: Array<(order: Order, ctx: ValidationContext) => ProblemReport[]> = [
  findingProblems,
  checkCurrency,
  checkZeroTotal,
  checkCustomer,
  checkProducts,
  checkQuantities,
  checkVatRates,
  checkPaymentMethod,
  checkShippingMethods,
  checkTexts,
];

/**
 * Checks one order against everything e-conomic and the profile need, before
 * anything is written. Pure: no IO, never throws for bad data — a check that
 * trips over malformed data is itself reported, so one bad order cannot stop
 * the others. Returns every problem found, most severe first.
 */
export function validateOrder(order: Order, ctx: ValidationContext): ProblemReport[] {
  const problems: ProblemReport[] = [];
  for (const check of CHECKS) {
    try {
      problems.push(...check(order, ctx));
    } catch (err) {
      problems.push({
        code: 'LB-9001',
        params: { orderNumber: order?.number ?? '', detail: `validation: ${check.name}` },
        technical: { message: err instanceof Error ? err.message : String(err) },
      });
    }
  }
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => SEVERITY_RANK[CATALOGUE[b.p.code].severity] - SEVERITY_RANK[CATALOGUE[a.p.code].severity] || a.i - b.i)
    .map(({ p }) => p);
}

/** True when none of the problems stops the order from being transferred. */
export function canTransfer(problems: ProblemReport[]): boolean {
  return problems.every((p) => !CATALOGUE[p.code].blocksOrder);
}
