import { parse, requireDataDir } from '../args';
import { exitCodeOfKind, withProfiles } from '../runtime-errors';
import type { SyncFailure } from '../../runtime/sync-failure';
import type { FailureKind } from '../../runtime/classify-error';
import { EXIT } from '../exit-codes';
import { cliLanguage } from '../language';
import { statusReport, type StatusReport } from '../../operations/status';
import { describe, type ProblemReport } from '../../../shared/errors';
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
    // A shop that could not be opened is shown in its place with what stops it; the others are reported as usual.
    const unopened = profiles.unopened.map((u) => ({ profile: u.profile, shop: u.shop, ...notOpenedProblem(u.failure, lang) }));
    // The top level stays the one-profile report earlier versions printed; "profiles" has them all.
    if (values.json) printJson({ ...reports[0], profiles: reports, unopened: unopened.map(({ profile, kind, problem }) => ({ profile, kind, ...problem })) });
    else {
      // The shops sharing a fair use are found among all of them, also those `--profile` leaves out.
      const texts = new Map<string, string>(reports.map((r, i) => [r.profile.name, formatStatus(r, lang, sharingTheBudget(profiles.selected[i], profiles.all))]));
      for (const u of unopened) texts.set(u.profile, formatNotOpened(u, lang));
      print(profiles.names.flatMap((name) => texts.get(name) ?? []).join('\n'));
    }
    return unopened[0] ? exitCodeOfKind(unopened[0].kind) : EXIT.ok;
  }, { tellsUnopened: true });
}

/** A catalogue problem as `status` words it: code, title and what happened, then the fix on its own line. */
function problemText(problem: ProblemReport, lang: Lang): string {
  const d = describe(problem.code, problem.params, lang);
  return `${d.code} ${d.title}. ${d.message}\n  ${d.fix}`;
}

/** What stops a shop from opening, in the owner's words. */
function notOpenedProblem({ kind, problem }: SyncFailure, lang: Lang): { kind: FailureKind; problem: { code: string; title: string; message: string; fix: string } } {
  const d = describe(problem[lang].code, problem[lang].params, lang);
  return { kind, problem: { code: d.code, title: d.title, message: d.message, fix: d.fix } };
}

function formatNotOpened(u: { profile: string; shop: { platform?: string; url: string }; problem: { code: string; title: string; message: string; fix: string } }, lang: Lang): string {
  const w = STATUS_WORDS[lang];
  const shop = [u.shop.platform, u.shop.url].filter(Boolean).join(' ');
  return [`${w.profile}: ${u.profile}${shop ? ` (${shop})` : ''}`, `${w.notOpened}: ${u.problem.code} ${u.problem.title}. ${u.problem.message}`, `  ${u.problem.fix}`].join('\n') + '\n';
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
    ...(r.sync.lastFailure ? [`${w.lastSyncFailed(formatDateTime(r.sync.lastFailure.at, lang))}: ${problemText(r.sync.lastFailure.problem[lang], lang)}`] : []),
    `${w.orders}: ${counts.join(', ') || '0'}`,
    `${w.openProblems}: ${r.openProblems}${r.needsAttention ? ` · ${w.needsAttention}` : ''}`,
    `${w.economicCalls}: ${formatCount(r.budget.usedLast24h, lang)} / ${formatCount(r.budget.dailyLimit, lang)}${sharedWith.length > 0 ? ` · ${w.sharedBudget(sharedWith.join(', '))}` : ''}`,
    '',
    `${w.automaticPosting}: ${posting} · ${inEffect}`,
    ...r.posting.gates.map((g) => `  [${g.met ? 'x' : ' '}] ${g.text[lang]}`),
  ];
  return lines.join('\n') + '\n';
}
