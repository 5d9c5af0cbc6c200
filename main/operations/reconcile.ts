import type { Order } from '../../shared/domain/order';
import { reconcile, type ReconcileOptions, type ReconciliationReport } from '../moneyflows';
import type { Runtime } from '../runtime/runtime';
import { startOfDanishDay } from './import';

/**
 * The books against the shop for one shop over `from`–`to` (moneyflows/reconciliation.ts), for
 * the CLI's `reconcile` and the app's Afstemning alike: every order changed in the shop since
 * the first day (orders placed in the range and orders refunded in it) against what e-conomic
 * holds, where a voucher e-conomic holds for another shop of this app is never this shop's day.
 */
export async function reconcileShop(runtime: Runtime, range: Omit<ReconcileOptions, 'shopOrders'>): Promise<ReconciliationReport> {
  const shopOrders: Order[] = [];
  for await (const page of (await runtime.shop()).pollChanged(startOfDanishDay(range.from))) shopOrders.push(...page.orders.map((n) => n.order));
  const deps = {
    ledger: runtime.ledger,
    client: await runtime.economic(),
    profile: runtime.profile,
    referenceQualifier: runtime.referenceQualifier,
    clock: runtime.clock,
    heldByAnotherShop: (journalNumber: number, accountingYear: string, voucherNumber: number) => runtime.heldByAnotherShop(journalNumber, accountingYear, voucherNumber),
  };
  return reconcile(deps, { ...range, shopOrders });
}
