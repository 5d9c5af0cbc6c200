import { describe } from '../../shared/errors';
import { orderStatusOf } from '../../shared/i18n/order-status';
import type { Request, Response } from '../../shared/ipc/contract';
import { ossReport } from '../moneyflows/oss-report';
import { ossCsv } from '../moneyflows/oss-report-format';
import type { ServiceContext } from './context';
import { translated } from './errors';
import { DECIMAL_MARK } from '../../shared/i18n/csv';
import { EXPORT_WORDS } from '../../shared/i18n/export-words';

/**
 * The quarter's One-Stop-Shop figures in the app (the CLI's `reconcile --oss --quarter`):
 * per country and rate what was booked, the orders not booked yet apart, and the same CSV.
 */
export class OssArea {
  constructor(private readonly ctx: ServiceContext) {}

  async report(req: Request<'oss.report'>): Promise<Response<'oss.report'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const report = await translated(lang, async () => ossReport({ ledger: runtime.ledger, client: await runtime.economic(), profile: runtime.profile }, req.quarter));
    return {
      ...report,
      unbooked: report.unbooked.map(({ state, reasonCode, ...order }) => ({
        ...order,
        status: orderStatusOf(state, reasonCode),
        reason: reasonCode ? describe(reasonCode, {}, lang).title : null,
      })),
      csv: { fileName: EXPORT_WORDS[lang].ossFile(req.quarter), csv: ossCsv(report, { decimal: DECIMAL_MARK[lang] }) },
    };
  }
}
