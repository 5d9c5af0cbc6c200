import { parse, requireDataDir } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { retryOrders } from '../../operations/retry';
import { print, printJson } from '../output';

export const retryHelp = `ledgerbridge retry --data-dir DIR (ORDER_ID… | --all-failed) [--json]
  Tries the given orders again now (after you fixed the data in the shop or e-conomic, or
  mapped a new payment method), or every order that failed or needs attention.`;

export async function retryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { 'data-dir': { type: 'string' }, 'all-failed': { type: 'boolean' }, json: { type: 'boolean' } }, true);
  const dataDir = requireDataDir(values['data-dir']);
  if (!values['all-failed'] && positionals.length === 0) throw new UsageError('name the order ids to retry, or pass --all-failed.');
  return withRuntime({ dataDir }, async (runtime) => {
    const result = await retryOrders(runtime, values['all-failed'] ? 'all-failed' : positionals);
    if (values.json) printJson(result);
    else for (const r of result.orders) print(`${r.orderId}: ${r.before} → ${r.after}${r.reasonCode ? ` (${r.reasonCode})` : ''}\n`);
    return EXIT.ok;
  });
}
