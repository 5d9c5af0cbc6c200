import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { EXIT } from '../exit-codes';
import { cliLanguage } from '../language';
import { statusReport, type StatusReport } from '../../operations/status';
import { describe } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/i18n/format';
import type { Lang, Words } from '../../../shared/i18n/lang';
import { ORDER_STATUS_WORDS, ORDER_STATUSES } from '../../../shared/i18n/order-status';
import { PLAN_WORDS } from '../../../shared/i18n/terms';
import { syncSummaryText } from '../../../shared/i18n/sync-summary';
import { print, printJson } from '../output';

export const statusHelp: Words = {
  en: `ledgerbridge status --data-dir DIR [--profile NAME] [--json] [--lang da|en]
  Each profile (or the one named): the sync loop, orders by status, and every gate of automatic posting
  with what is missing. --json: the first profile's report at the top, every profile's in "profiles".`,
  da: `ledgerbridge status --data-dir DIR [--profile NAME] [--json] [--lang da|en]
  Hver profil (eller den nævnte): synkroniseringen, ordrer efter status og hver betingelse for automatisk
  bogføring med det, der mangler. --json: den første profils rapport øverst, alle profilers i "profiles".`,
};

export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir']);
  const lang = cliLanguage(values.lang, dataDir);
  return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
    const reports = profiles.selected.map(statusReport);
    // The top level stays the one-profile report earlier versions printed; "profiles" has them all.
    if (values.json) printJson({ ...reports[0], profiles: reports });
    else print(reports.map((r) => formatStatus(r, lang)).join('\n'));
    return EXIT.ok;
  });
}

/** The status in the owner's words: statuses as in the app, local times, plans by name. */
export function formatStatus(r: StatusReport, lang: Lang): string {
  const da = lang === 'da';
  const source = r.profile.invoiceSource === 'economic' ? (da ? 'fra e-conomic, mailet af LedgerBridge' : 'from e-conomic, mailed by LedgerBridge') : da ? 'sendes af webshoppen' : 'sent by the web shop';
  const posting = r.automaticPosting.on
    ? da
      ? `til (slået til af ${r.automaticPosting.by} ${formatDateTime(r.automaticPosting.at, lang)})`
      : `on (switched on by ${r.automaticPosting.by} ${formatDateTime(r.automaticPosting.at, lang)})`
    : da
      ? 'fra'
      : 'off';
  const inEffect = r.posting.effectiveMode === 'automatic' ? (da ? 'fakturaer bogføres automatisk' : 'invoices are booked automatically') : da ? 'ordrer oprettes som kladder' : 'orders are created as drafts';
  const counts = ORDER_STATUSES.filter((s) => r.orders.byStatus[s] > 0).map((s) => `${ORDER_STATUS_WORDS[lang][s]} ${r.orders.byStatus[s]}`);
  const lines = [
    `${da ? 'Profil' : 'Profile'}: ${r.profile.name} (${r.profile.platform} ${r.profile.shopUrl} → e-conomic ${r.profile.economicUrl})`,
    `${da ? 'Ordrestatus, der overføres' : 'Order stages transferred'}: ${r.profile.orderStages.join(', ')} · ${da ? 'fakturaen' : 'the invoice'} ${source}`,
    `${da ? 'Licens' : 'Licence'}: ${r.licence.plan ? PLAN_WORDS[r.licence.plan][lang] : da ? 'ingen gyldig' : 'none valid'}${r.licence.reason ? ` (${describe(r.licence.reason.code, r.licence.reason.params, lang).title})` : ''}`,
    `${da ? 'Seneste synkronisering' : 'Last sync'}: ${r.sync.lastSyncAt ? formatDateTime(r.sync.lastSyncAt, lang) : da ? 'endnu ikke' : 'not yet'}${r.sync.lastSummary ? ` · ${syncSummaryText(r.sync.lastSummary, lang)}` : ''} · ${da ? 'hvert' : 'every'} ${r.sync.intervalMinutes} min`,
    `${da ? 'Ordrer' : 'Orders'}: ${counts.join(', ') || '0'}`,
    `${da ? 'Åbne problemer' : 'Open problems'}: ${r.openProblems}${r.needsAttention ? (da ? ' · kræver opmærksomhed' : ' · needs attention') : ''}`,
    `${da ? 'Kald til e-conomic seneste døgn' : 'e-conomic calls last 24 h'}: ${r.budget.usedLast24h} / ${r.budget.dailyLimit}`,
    '',
    `${da ? 'Automatisk bogføring' : 'Automatic posting'}: ${posting} · ${inEffect}`,
    ...r.posting.gates.map((g) => `  [${g.met ? 'x' : ' '}] ${g.text[lang]}`),
  ];
  return lines.join('\n') + '\n';
}
