import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { eachProfile, oneProfile, profilesJson, PROFILE_OPTION, underShop } from '../profile-selection';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { activateAutomaticPosting, deactivateAutomaticPosting, waitingPreview, type ActivationScope, type WaitingPreview } from '../../operations/activation';
import { fillCount, formatDateTime, formatMoney } from '../../../shared/i18n/format';
import type { Lang } from '../../../shared/i18n/lang';
import { ACTIVATE_WORDS } from '../../../shared/i18n/cli/activate';
import { print, printError, printJson } from '../output';

/** The waiting drafts and what becomes of them under the scope, in the owner's words. */
export function formatWaiting(preview: WaitingPreview, scope: ActivationScope, lang: Lang): string {
  const w = ACTIVATE_WORDS[lang];
  if (preview.drafts === 0) return `${w.noneWaiting}\n`;
  const total = preview.total.map((t) => formatMoney(t.amount, t.currency, lang)).join(' + ');
  const lines = [fillCount(w.waiting[scope], preview.drafts, lang, { total })];
  if (scope === 'waiting-and-new' && preview.mails > 0) lines.push(fillCount(w.mails, preview.mails, lang));
  return `${lines.join(' ')}\n`;
}

export async function activateCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    ...PROFILE_OPTION,
    checked: { type: 'boolean' },
    'accept-risk': { type: 'boolean' },
    'only-new': { type: 'boolean' },
    preview: { type: 'boolean' },
    off: { type: 'boolean' },
    by: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const w = ACTIVATE_WORDS[lang];
  const scope: ActivationScope = values['only-new'] ? 'new-only' : 'waiting-and-new';
  if (values.preview) {
    return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles) => {
      const { results } = await eachProfile(profiles, async (runtime) => waitingPreview(runtime));
      if (values.json) printJson(profilesJson(results));
      else print(results.map((r) => underShop(profiles, r.profile, formatWaiting(r.result, scope, lang))).join(''));
      return EXIT.ok;
    });
  }
  if (!values.by) throw new UsageError(w.byRequired);
  const by = values.by;
  if (values.off) {
    // Switching off is always safe, so it may cover every shop at once (a stop for all of them).
    return withProfiles({ dataDir, lang, profileName: values.profile }, async (profiles) => {
      const { results } = await eachProfile(profiles, async (runtime) => {
        deactivateAutomaticPosting(runtime, by);
        return { deactivated: true, by, at: runtime.ledger.supervised.forProfile(runtime.profile.name).get().deactivatedAt ?? runtime.clock().toISOString() };
      });
      if (values.json) printJson(profilesJson(results));
      else {
        const said = (at: string) => `${w.switchedOff(by, formatDateTime(at, lang))}\n`;
        print(results.map((r) => underShop(profiles, r.profile, said(r.result.at))).join(''));
      }
      return EXIT.ok;
    });
  }
  if (!values.checked) throw new UsageError(w.checkedRequired);
  if (!values['accept-risk']) throw new UsageError(w.acceptRiskRequired);
  return withProfiles({ dataDir, lang, profileName: values.profile }, async (profiles) => {
    // The owner confirms one shop's supervised period and accepts the risk for that shop.
    const runtime = oneProfile(profiles, w.oneShopAtATime, lang);
    const waiting = waitingPreview(runtime);
    const result = activateAutomaticPosting(runtime, { by, checked: true, acceptRisk: true, scope });
    if (values.json) printJson(result);
    else if (result.activated) {
      print(`${w.switchedOn(by)}\n`);
      if (waiting.drafts > 0) print(formatWaiting(waiting, scope, lang));
    } else {
      printError(`${w.cannotSwitchOn}\n`);
      for (const gate of result.blockers) printError(`  - ${gate.text[lang]}\n`);
    }
    return result.activated ? EXIT.ok : EXIT.usage;
  });
}
