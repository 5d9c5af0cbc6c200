import { parse, requireDataDir } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { currentReason } from '../../operations/order-reason';
import { retryOrders, type RetryResult } from '../../operations/retry';
import { fillCount } from '../../../shared/i18n/format';
import type { Lang, PluralWords, Words } from '../../../shared/i18n/lang';
import { ORDER_STATUS_WORDS, orderStatusOf } from '../../../shared/i18n/order-status';
import { print, printJson } from '../output';

export const retryHelp: Words = {
  en: `ledgerbridge retry --data-dir DIR (ORDER_ID… | --all-failed) [--json] [--lang da|en]
  Tries the given orders again now (after you fixed the data in the shop or e-conomic, or
  mapped a new payment method), or every order that failed or needs action. Prints each
  order's status before and after, and the reason if it is still stopped.`,
  da: `ledgerbridge retry --data-dir DIR (ORDRE_ID… | --all-failed) [--json] [--lang da|en]
  Prøver de nævnte ordrer igen nu (når du har rettet data i shoppen eller e-conomic eller
  tilknyttet en ny betalingsmetode), eller alle ordrer med fejl, eller som kræver handling.
  Skriver hver ordres status før og efter, og årsagen, hvis den stadig er stoppet.`,
};

const RETRIED: Record<Lang, PluralWords> = {
  da: { one: '{count} ordre prøvet igen.', other: '{count} ordrer prøvet igen.' },
  en: { one: '{count} order retried.', other: '{count} orders retried.' },
};

/**
 * Each order as the owner reads it: "Ordre 1234: Kræver handling → Kladde i e-conomic", and why
 * it is still stopped (`reasonOf` gives the reason's title for an order id).
 */
export function formatRetry(result: RetryResult, lang: Lang, reasonOf: (orderId: string) => string | null): string {
  const da = lang === 'da';
  const lines = result.orders.map((o) => {
    const before = ORDER_STATUS_WORDS[lang][orderStatusOf(o.before, o.reasonCodeBefore)];
    const status = orderStatusOf(o.after, o.reasonCode);
    // A draft or an order held for approval is where it should be; only a stopped order needs its reason.
    const stopped = o.reasonCode && (status === 'action' || status === 'retrying');
    const reason = stopped ? ` (${[o.reasonCode, reasonOf(o.orderId)].filter(Boolean).join(' ')})` : '';
    return `${da ? 'Ordre' : 'Order'} ${o.number}: ${before} → ${ORDER_STATUS_WORDS[lang][status]}${reason}`;
  });
  for (const id of result.unknown) lines.push(da ? `Ordre-id ${id} findes ikke i LedgerBridge.` : `Order id ${id} is not known to LedgerBridge.`);
  lines.push(fillCount(RETRIED[lang], result.orders.length, lang));
  return `${lines.join('\n')}\n`;
}

export async function retryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { 'data-dir': { type: 'string' }, 'all-failed': { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' } }, true);
  const dataDir = requireDataDir(values['data-dir']);
  const lang = cliLanguage(values.lang, dataDir);
  if (!values['all-failed'] && positionals.length === 0) throw new UsageError(lang === 'da' ? 'nævn de ordre-id’er, der skal prøves igen, eller brug --all-failed.' : 'name the order ids to retry, or pass --all-failed.');
  return withRuntime({ dataDir }, async (runtime) => {
    const result = await retryOrders(runtime, values['all-failed'] ? 'all-failed' : positionals);
    if (values.json) printJson(result);
    else {
      const reasonOf = (id: string) => {
        const row = runtime.ledger.orders.get(id);
        return row ? (currentReason(row, lang)?.title ?? null) : null;
      };
      print(formatRetry(result, lang, reasonOf));
    }
    return EXIT.ok;
  });
}
