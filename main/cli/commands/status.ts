import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { EXIT } from '../exit-codes';
import { cliLanguage } from '../language';
import { statusReport, type StatusReport } from '../../operations/status';
import { describe } from '../../../shared/errors';
import { formatCount, formatDateTime } from '../../../shared/i18n/format';
import type { Lang } from '../../../shared/i18n/lang';
import { STATUS_WORDS } from '../../../shared/i18n/cli/status';
import { ORDER_STATUS_WORDS, ORDER_STATUSES } from '../../../shared/i18n/order-status';
import { PLAN_WORDS } from '../../../shared/i18n/terms';
import { syncSummaryText } from '../../../shared/i18n/sync-summary';
import { print, printJson } from '../output';
import { sharingTheBudget } from '../../runtime/profiles';

export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
    const reports = profiles.selected.map(statusReport);
    // The top level stays the one-profile report earlier versions printed; "profiles" has them all.
    if (values.json) printJson({ ...reports[0], profiles: reports });
    // The shops sharing a fair use are found among all of them, also those `--profile` leaves out.
    else print(reports.map((r, i) => formatStatus(r, lang, sharingTheBudget(profiles.selected[i], profiles.all))).join('\n'));
    return EXIT.ok;
  });
}

/** The status in the owner's words: statuses as in the app, local times, plans by name; `sharedWith`, the shops sharing its fair use. */
export function formatStatus(r: StatusReport, lang: Lang, sharedWith: readonly string[] = []): string {
  const w = STATUS_WORDS[lang];
  const source = r.profile.invoiceSource === 'economic' ? w.invoiceFromEconomic : w.invoiceFromShop;
  const posting = r.automaticPosting.on ? w.postingOn(r.automaticPosting.by, formatDateTime(r.automaticPosting.at, lang)) : w.postingOff;
  const inEffect = r.posting.effectiveMode === 'automatic' ? w.bookedAutomatically : w.createdAsDrafts;
  const counts = ORDER_STATUSES.filter((s) => r.orders.byStatus[s] > 0).map((s) => `${ORDER_STATUS_WORDS[lang][s]} ${r.orders.byStatus[s]}`);
  const lines = [
    `${w.profile}: ${r.profile.name} (${r.profile.platform} ${r.profile.shopUrl} → e-conomic ${r.profile.economicUrl})`,
    `${w.orderStages}: ${r.profile.orderStages.join(', ')} · ${w.theInvoice} ${source}`,
    `${w.licence}: ${r.licence.plan ? PLAN_WORDS[r.licence.plan][lang] : w.noValidLicence}${r.licence.reason ? ` (${describe(r.licence.reason.code, r.licence.reason.params, lang).title})` : ''}`,
    `${w.lastSync}: ${r.sync.lastSyncAt ? formatDateTime(r.sync.lastSyncAt, lang) : w.notYet}${r.sync.lastSummary ? ` · ${syncSummaryText(r.sync.lastSummary, lang)}` : ''} · ${w.every} ${r.sync.intervalMinutes} min`,
    `${w.orders}: ${counts.join(', ') || '0'}`,
    `${w.openProblems}: ${r.openProblems}${r.needsAttention ? ` · ${w.needsAttention}` : ''}`,
    `${w.economicCalls}: ${formatCount(r.budget.usedLast24h, lang)} / ${formatCount(r.budget.dailyLimit, lang)}${sharedWith.length > 0 ? ` · ${w.sharedBudget(sharedWith.join(', '))}` : ''}`,
    '',
    `${w.automaticPosting}: ${posting} · ${inEffect}`,
    ...r.posting.gates.map((g) => `  [${g.met ? 'x' : ' '}] ${g.text[lang]}`),
  ];
  return lines.join('\n') + '\n';
}
