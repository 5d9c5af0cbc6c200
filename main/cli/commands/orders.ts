import { parse, requireDataDir, intOption } from '../args';
import { withProfiles } from '../runtime-errors';
import { PROFILE_OPTION, withShopColumn } from '../profile-selection';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { table } from '../format';
import { isOrderState, type OrderState } from '../../ledger/order-states';
import { mailStatusOf } from '../../operations/mail-status';
import { currentReason } from '../../operations/order-reason';
import { formatDate, formatMoney } from '../../../shared/i18n/format';
import type { Lang } from '../../../shared/i18n/lang';
import { CLI_WORDS } from '../../../shared/i18n/cli/cli';
import { ORDERS_WORDS } from '../../../shared/i18n/cli/orders';
import { MAIL_STATUS_WORDS } from '../../../shared/i18n/terms';
import { ORDER_STATUS_WORDS, ORDER_STATUSES, orderStatusOf, STATUS_SELECTION, type OrderStatus } from '../../../shared/i18n/order-status';
import { print, printJson } from '../output';

/** `--state` takes the owner's statuses (draft, approval …) and, as before, the engine's states. */
function statesOf(values: string[] | undefined, lang: Lang): { states?: OrderState[]; heldByRule?: boolean } {
  if (!values) return {};
  const states = new Set<OrderState>();
  // `held` is two statuses: a draft waiting for a hand booking, or an order a rule holds for approval.
  const heldKinds = new Set<boolean>();
  for (const value of values) {
    if (isOrderState(value)) {
      states.add(value);
      if (value === 'held') heldKinds.add(true).add(false);
    } else if ((ORDER_STATUSES as readonly string[]).includes(value)) {
      const selection = STATUS_SELECTION[value as OrderStatus];
      for (const s of selection.states) states.add(s);
      if (selection.heldByRule !== undefined) heldKinds.add(selection.heldByRule);
    } else {
      throw new UsageError(ORDERS_WORDS[lang].unknownStatus(value, ORDER_STATUSES.join(', ')));
    }
  }
  return { states: [...states], heldByRule: heldKinds.size === 1 ? [...heldKinds][0] : undefined };
}

export async function ordersCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    state: { type: 'string' },
    search: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const filter = statesOf(values.state?.split(',').map((s) => s.trim()), lang);
  const limit = intOption('limit', values.limit, 200, lang);
  return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles) => {
    // Each shop's newest orders, then the newest of them all: the limit counts across shops.
    const perShop = profiles.selected.map((runtime) => ({ runtime, result: runtime.ledger.orders.list({ ...filter, search: values.search, limit, sort: 'modified-desc' }) }));
    const result = { total: perShop.reduce((sum, s) => sum + s.result.total, 0) };
    const listed = perShop.flatMap(({ runtime, result }) => result.items.map((o) => ({ o, runtime })));
    listed.sort((a, b) => b.o.modified.localeCompare(a.o.modified));
    const rows = listed.slice(0, limit).map(({ o, runtime }) => {
      const reason = currentReason(o, lang);
      const mail = runtime.outbox.statusForOrder(o.orderId)[0]?.status ?? null;
      // `status` stays the shop's status (docs/contracts.md: extend, never rename); `ownerStatus` is the app's word for it.
      return {
        profile: runtime.profile.name,
        orderId: o.orderId,
        number: o.number,
        date: o.order?.dates?.created || o.firstSeenAt,
        status: o.status,
        ownerStatus: orderStatusOf(o.state, o.reasonCode),
        state: o.state,
        total: o.total,
        currency: o.currency,
        draftNumber: o.draftNumber,
        bookedNumber: o.bookedNumber,
        reasonCode: o.reasonCode,
        reason: reason?.title ?? null,
        fix: reason?.fix ?? null,
        mail,
        attempts: o.attempts,
        nextRetryAt: o.nextRetryAt,
        modified: o.modified,
      };
    });
    if (values.json) printJson({ total: result.total, orders: rows });
    else {
      const w = ORDERS_WORDS[lang];
      const outboxOf = new Map(profiles.selected.map((runtime) => [runtime.profile.name, runtime.outbox]));
      print(
        table([
          withShopColumn(profiles, [...w.columns], CLI_WORDS[lang].shop),
          ...rows.map((r) =>
            withShopColumn(
              profiles,
              [r.number, formatDate(r.date, lang), ORDER_STATUS_WORDS[lang][r.ownerStatus], formatMoney(r.total, r.currency, lang), r.draftNumber?.toString() ?? '', r.bookedNumber?.toString() ?? '', MAIL_STATUS_WORDS[lang][mailStatusOf(outboxOf.get(r.profile)!, r.orderId)], r.reasonCode ? `${r.reasonCode} ${r.reason}` : ''],
              r.profile,
            ),
          ),
        ]) + `${w.orders(result.total)}\n`,
      );
    }
    return EXIT.ok;
  });
}
