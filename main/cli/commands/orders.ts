import { parse, requireDataDir, intOption } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { ORDER_STATES, isOrderState, type OrderState } from '../../ledger/order-states';
import { describe as describeProblem } from '../../../shared/errors';
import { table } from '../format';
import { print, printJson } from '../output';

export const ordersHelp = `ledgerbridge orders --data-dir DIR [--state S[,S…]] [--search TEXT] [--limit N] [--json] [--lang da|en]
  Every order with its state, reason and invoice numbers. States: ${ORDER_STATES.join(', ')}.`;

export async function ordersCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    state: { type: 'string' },
    search: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir']);
  const lang = values.lang === 'en' ? 'en' : 'da';
  const states = values.state?.split(',').map((s) => s.trim());
  for (const s of states ?? []) if (!isOrderState(s)) throw new UsageError(`unknown state "${s}"; use one of ${ORDER_STATES.join(', ')}.`);
  return withRuntime({ dataDir, lock: false }, async (runtime) => {
    const result = runtime.ledger.orders.list({ states: states as OrderState[] | undefined, search: values.search, limit: intOption('limit', values.limit, 200), sort: 'modified-desc' });
    const rows = result.items.map((o) => {
      const reason = o.reasonCode ? describeProblem(o.reasonCode, ((o.reasonDetail as { params?: Record<string, string> } | null)?.params ?? { orderNumber: o.number }) as never, lang) : null;
      const mail = runtime.outbox.statusForOrder(o.orderId)[0]?.status ?? null;
      return { orderId: o.orderId, number: o.number, status: o.status, state: o.state, total: o.total, currency: o.currency, draftNumber: o.draftNumber, bookedNumber: o.bookedNumber, reasonCode: o.reasonCode, reason: reason?.title ?? null, fix: reason?.fix ?? null, mail, attempts: o.attempts, nextRetryAt: o.nextRetryAt, modified: o.modified };
    });
    if (values.json) printJson({ total: result.total, orders: rows });
    else {
      const da = lang === 'da';
      print(
        table([
          [da ? 'Ordre' : 'Order', da ? 'Tilstand' : 'State', da ? 'Beløb' : 'Total', da ? 'Kladde' : 'Draft', da ? 'Faktura' : 'Invoice', 'Mail', da ? 'Årsag' : 'Reason'],
          ...rows.map((r) => [r.number, r.state, `${r.total} ${r.currency}`, r.draftNumber?.toString() ?? '', r.bookedNumber?.toString() ?? '', r.mail ?? '', r.reasonCode ? `${r.reasonCode} ${r.reason}` : '']),
        ]) + `${result.total} ${da ? 'ordrer' : 'orders'}\n`,
      );
    }
    return EXIT.ok;
  });
}
