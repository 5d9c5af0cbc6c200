import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as describeProblem } from '../../../shared/errors';
import { isLocalDate } from '../../../shared/domain/local-day';
import { orderListPdf } from '../../../shared/days/order-list-pdf';
import { orderListDocument } from '../../engine/days/order-list-document';
import type { DayRow } from '../../ledger';
import type { Lang } from '../../../shared/i18n/lang';
import { CLI_WORDS } from '../../../shared/i18n/cli/cli';
import { csvFile } from '../../../shared/i18n/csv';
import { DAYS_WORDS } from '../../../shared/i18n/cli/days';
import { ORDER_LIST_WORDS } from '../../../shared/i18n/order-list-words';
import { intOption, parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import { EXIT, UsageError } from '../exit-codes';
import { table } from '../format';
import { print, printError, printJson } from '../output';
import { retryDay } from '../../operations/retry-day';
import { withProfiles } from '../runtime-errors';
import { oneProfile, PROFILE_OPTION, withShopColumn } from '../profile-selection';

function reasonOf(day: DayRow, lang: Lang): string {
  if (!day.reasonCode) return '';
  const params = ((day.reasonDetail as { params?: Record<string, string> } | null)?.params ?? {}) as never;
  return `${day.reasonCode} ${describeProblem(day.reasonCode, params, lang).message}`;
}

export async function daysCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    day: { type: 'string' },
    currency: { type: 'string' },
    export: { type: 'boolean' },
    csv: { type: 'string' },
    pdf: { type: 'string' },
    retry: { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const w = DAYS_WORDS[lang];
  const currencyOf = (currency: string, zone: string) => ORDER_LIST_WORDS[lang].currencyOf(currency, zone === 'abroad');
  if (values.day !== undefined && !isLocalDate(values.day)) throw new UsageError(w.badDay(values.day));
  for (const file of ['csv', 'pdf'] as const) if (values[file] !== undefined && values.day === undefined) throw new UsageError(w.fileNeedsDay(file));
  if (values.retry && values.day === undefined) throw new UsageError(w.retryNeedsDay);
  // Only a retry writes: it holds the data dir, as a sync does.
  return withProfiles({ dataDir, lang, profileName: values.profile, lock: Boolean(values.retry) }, async (profiles) => {
    if (values.csv !== undefined || values.pdf !== undefined) oneProfile(profiles, w.oneShopsOrderList, lang);
    if (values.retry) oneProfile(profiles, w.oneShopsRetry, lang);
    const list = () => profiles.selected.flatMap((runtime) => {
      const profile = runtime.profile.name;
      let days = values.day ? runtime.ledger.days.onDate(profile, values.day) : runtime.ledger.days.list(profile, intOption('limit', values.limit, 60, lang)).items;
      if (values.currency) days = days.filter((d) => d.currency === values.currency!.toUpperCase());
      return days.map((d) => {
        const entries = runtime.ledger.days.entries(d.id);
        return { row: d, runtime, profile, day: d.day, currency: d.currency, zone: d.zone, state: d.state, orders: entries.filter((e) => e.kind === 'order').length, refunds: entries.filter((e) => e.kind === 'refund').length, gross: d.gross, draftNumber: d.draftNumber, invoiceNumber: d.bookedNumber, reasonCode: d.reasonCode, reason: reasonOf(d, lang) || null, entries: values.day ? entries : undefined };
      });
    });
    /** The one summary --day (with --currency, --export) names. */
    const theDay = (rows: ReturnType<typeof list>) => {
      // A currency's export day (sales outside the EU) beside its domestic one: --export picks it.
      const inZone = rows.filter((r) => (r.zone === 'abroad') === Boolean(values.export));
      const chosen = inZone.length > 0 || values.export ? inZone : rows;
      if (chosen.length !== 1) throw new UsageError(chosen.length === 0 ? w.noSummary(values.day!, values.currency) : w.onePerCurrency(values.day!, chosen.map((d) => currencyOf(d.currency, d.zone)).join(', ')));
      return chosen[0];
    };
    if (values.retry) {
      const { row, runtime } = theDay(list());
      // A day not stopped by a deleted draft is left alone and shown as it stands.
      const { retried } = await retryDay(runtime, row.id);
      if (!retried) printError(`${w.notRetried(row.day, currencyOf(row.currency, row.zone))}\n`);
    }
    const rows = list();
    if (values.csv !== undefined || values.pdf !== undefined) {
      const { row: day, runtime } = theDay(rows);
      if (day.orderList === null) throw new UsageError(w.notClosed(day.day));
      if (values.csv !== undefined) writeFileSync(resolve(values.csv), csvFile(day.orderList));
      if (values.pdf !== undefined) writeFileSync(resolve(values.pdf), await orderListPdf(orderListDocument(runtime.ledger, runtime.profile, day)!, lang));
    }
    if (values.json) printJson({ days: rows.map(({ row: _row, runtime: _runtime, ...r }) => r) });
    else {
      print(
        table([
          withShopColumn(profiles, [...w.columns], CLI_WORDS[lang].shop),
          ...rows.map((r) => withShopColumn(profiles, [r.day, currencyOf(r.currency, r.zone), r.state, String(r.orders), String(r.refunds), r.gross ?? '', r.invoiceNumber?.toString() ?? '', r.reason ?? ''], r.profile)),
        ]),
      );
    }
    return EXIT.ok;
  });
}
