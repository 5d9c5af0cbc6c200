import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { currentReason } from '../../operations/order-reason';
import { retryOrders, type RetryResult } from '../../operations/retry';
import { fillCount } from '../../../shared/i18n/format';
import type { Lang } from '../../../shared/i18n/lang';
import { RETRY_WORDS } from '../../../shared/i18n/cli/retry';
import { ORDER_STATUS_WORDS, orderStatusOf } from '../../../shared/i18n/order-status';
import { print, printJson } from '../output';

/** What retry did in every shop it covered: each order with its profile, and the ids no shop knows. */
export interface RetryReport {
  orders: Array<RetryResult['orders'][number] & { profile: string }>;
  unknown: string[];
}

/**
 * Each order as the owner reads it: "Ordre 1234: Kræver handling → Kladde i e-conomic", and why
 * it is still stopped (`reasonOf` gives the reason's title for an order id).
 */
export function formatRetry(
  result: RetryReport,
  lang: Lang,
  reasonOf: (profile: string, orderId: string) => string | null,
  nameShops = false,
): string {
  const w = RETRY_WORDS[lang];
  const lines = result.orders.map((o) => {
    const before = ORDER_STATUS_WORDS[lang][orderStatusOf(o.before, o.reasonCodeBefore)];
    const status = orderStatusOf(o.after, o.reasonCode);
    // A draft or an order held for approval is where it should be; only a stopped order needs its reason.
    const stopped = o.reasonCode && (status === 'action' || status === 'retrying');
    const reason = stopped ? ` (${[o.reasonCode, reasonOf(o.profile, o.orderId)].filter(Boolean).join(' ')})` : '';
    return `${nameShops ? `${o.profile}: ` : ''}${w.order} ${o.number}: ${before} → ${ORDER_STATUS_WORDS[lang][status]}${reason}`;
  });
  for (const id of result.unknown) lines.push(w.unknownOrder(id));
  lines.push(fillCount(w.retried, result.orders.length, lang));
  return `${lines.join('\n')}\n`;
}

export async function retryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { 'data-dir': { type: 'string' }, profile: { type: 'string' }, 'all-failed': { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' } }, true);
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  if (!values['all-failed'] && positionals.length === 0) throw new UsageError(RETRY_WORDS[lang].nameOrders);
  return withProfiles({ dataDir, lang, profileName: values.profile }, async (profiles) => {
    const several = profiles.names.length > 1;
    const result: RetryReport = { orders: [], unknown: [] };
    const known = new Set<string>();
    // Shop after shop, each with the orders it knows: two shops may have an order with the same id.
    for (const runtime of profiles.selected) {
      const ids = values['all-failed'] ? 'all-failed' : positionals.filter((id) => runtime.ledger.orders.get(id) !== null);
      if (ids !== 'all-failed' && ids.length === 0) continue;
      const retried = await retryOrders(runtime, ids);
      for (const o of retried.orders) known.add(o.orderId);
      result.orders.push(...retried.orders.map((o) => ({ ...o, profile: runtime.profile.name })));
    }
    if (!values['all-failed']) result.unknown = positionals.filter((id) => !known.has(id));
    if (values.json) printJson(result);
    else {
      const reasonOf = (profile: string, id: string) => {
        const row = profiles.selected.find((r) => r.profile.name === profile)!.ledger.orders.get(id);
        return row ? (currentReason(row, lang)?.title ?? null) : null;
      };
      print(formatRetry(result, lang, reasonOf, several));
    }
    return EXIT.ok;
  });
}
