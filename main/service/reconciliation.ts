import { describe } from '../../shared/errors';
import { orderStatusOf } from '../../shared/i18n/order-status';
import type { Request, Response } from '../../shared/ipc/contract';
import { isOrderState } from '../ledger/order-states';
import { reconcileShop } from '../operations/reconcile';
import { toCsv } from '../moneyflows/reconciliation-format';
import type { ServiceContext } from './context';
import { translated } from './errors';
import { DECIMAL_MARK } from '../../shared/i18n/csv';
import { EXPORT_WORDS } from '../../shared/i18n/export-words';

/** The month's books against the shop, in the app (the CLI's `reconcile`): what is missing or differs. */
export class ReconciliationArea {
  constructor(private readonly ctx: ServiceContext) {}

  async run(req: Request<'reconcile.run'>): Promise<Response<'reconcile.run'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const from = `${req.month}-01`;
    const to = lastDayOf(req.month);
    const report = await translated(
      lang,
      () => reconcileShop(runtime, { from, to, groupBy: req.groupBy }),
      { platform: runtime.profile.shop.platform },
    );
    return {
      ...report,
      missing: report.missing.map(({ ledgerState, reasonCode, ...item }) => ({
        ...item,
        // A day's state is not an order's: the day screen shows it; here its reason says why it is not booked.
        status: !item.day && ledgerState && isOrderState(ledgerState) ? orderStatusOf(ledgerState, reasonCode) : null,
        reason: reasonCode ? describe(reasonCode, {}, lang).title : null,
      })),
      csv: { fileName: EXPORT_WORDS[lang].reconciliationFile(req.month), csv: toCsv(report, { decimal: DECIMAL_MARK[lang] }) },
    };
  }
}

/** The last calendar day of a YYYY-MM month. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}
