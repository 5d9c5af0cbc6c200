import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { eachProfile, oneProfile, profilesJson, PROFILE_OPTION, underShop } from '../profile-selection';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { activateAutomaticPosting, deactivateAutomaticPosting, waitingPreview, type ActivationScope, type WaitingPreview } from '../../operations/activation';
import { fillCount, formatDateTime, formatMoney } from '../../../shared/i18n/format';
import type { Lang, PluralWords, Words } from '../../../shared/i18n/lang';
import { print, printError, printJson } from '../output';

/** What happens to the drafts that wait, by the owner's choice; `{total}` is their sum. */
const WAITING: Record<ActivationScope, Record<Lang, PluralWords>> = {
  'new-only': {
    da: { one: '{count} kladde ({total}), der venter, bogfører du selv.', other: '{count} kladder ({total}), der venter, bogfører du selv.' },
    en: { one: '{count} waiting draft ({total}) is left for you to book.', other: '{count} waiting drafts ({total}) are left for you to book.' },
  },
  'waiting-and-new': {
    da: { one: '{count} kladde ({total}), der venter, bogføres ved næste synkronisering.', other: '{count} kladder ({total}), der venter, bogføres ved næste synkronisering.' },
    en: { one: '{count} waiting draft ({total}) is booked by the next sync.', other: '{count} waiting drafts ({total}) are booked by the next sync.' },
  },
};

const MAILS: Record<Lang, PluralWords> = {
  da: { one: 'Derefter sendes {count} fakturamail.', other: 'Derefter sendes {count} fakturamails.' },
  en: { one: 'Then {count} invoice mail is sent.', other: 'Then {count} invoice mails are sent.' },
};

const NONE_WAITING: Words = { da: 'Ingen kladder venter.', en: 'No drafts are waiting.' };

export const activateHelp: Words = {
  en: `ledgerbridge activate --data-dir DIR [--profile NAME] --checked --accept-risk --by NAME [--only-new] [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAME] --preview [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAME] --off --by NAME [--json] [--lang da|en]
  The owner confirms having checked the invoices booked by hand during the supervised
  period and switches automatic posting on, at their own risk (recorded with time and name).
  Refused, with the reason, while a gate is not met. The drafts that wait are booked too,
  unless --only-new leaves them for the owner to book.
  --preview   what switching on would do to what waits (drafts booked, invoice mails sent); changes nothing
  --off       switch automatic posting off again (recorded with time and name); drafts then
              wait for a hand booking again
  --profile   the shop: switching on is for one shop at a time (each has its own supervised
              period), so with several shops it must be named; --preview and --off cover every
              shop unless one is named (--json: the first shop's at the top, every shop's in "profiles")`,
  da: `ledgerbridge activate --data-dir DIR [--profile NAVN] --checked --accept-risk --by NAVN [--only-new] [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAVN] --preview [--json] [--lang da|en]
ledgerbridge activate --data-dir DIR [--profile NAVN] --off --by NAVN [--json] [--lang da|en]
  Ejeren bekræfter at have kontrolleret de fakturaer, der er bogført i hånden i indkøringsperioden,
  og slår automatisk bogføring til på eget ansvar (gemmes med tidspunkt og navn). Afvises med
  grunden, så længe en betingelse ikke er opfyldt. Kladderne, der venter, bogføres også, medmindre
  --only-new lader ejeren bogføre dem selv.
  --preview   hvad det ville gøre ved det, der venter (kladder bogført, fakturamails sendt); ændrer intet
  --off       slå automatisk bogføring fra igen (gemmes med tidspunkt og navn); kladder venter så
              igen på at blive bogført i hånden
  --profile   butikken: der slås til for én butik ad gangen (hver har sin egen indkøringsperiode),
              så med flere butikker skal den nævnes; --preview og --off gælder alle butikker,
              medmindre én nævnes (--json: den første butiks øverst, alle butikkers i "profiles")`,
};

/** The waiting drafts and what becomes of them under the scope, in the owner's words. */
export function formatWaiting(preview: WaitingPreview, scope: ActivationScope, lang: Lang): string {
  if (preview.drafts === 0) return `${NONE_WAITING[lang]}\n`;
  const total = preview.total.map((t) => formatMoney(t.amount, t.currency, lang)).join(' + ');
  const lines = [fillCount(WAITING[scope][lang], preview.drafts, lang, { total })];
  if (scope === 'waiting-and-new' && preview.mails > 0) lines.push(fillCount(MAILS[lang], preview.mails, lang));
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
  const dataDir = requireDataDir(values['data-dir']);
  const lang = cliLanguage(values.lang, dataDir);
  const da = lang === 'da';
  const scope: ActivationScope = values['only-new'] ? 'new-only' : 'waiting-and-new';
  if (values.preview) {
    return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
      const { results } = await eachProfile(profiles, async (runtime) => waitingPreview(runtime));
      if (values.json) printJson(profilesJson(results));
      else print(results.map((r) => underShop(profiles, r.profile, formatWaiting(r.result, scope, lang))).join(''));
      return EXIT.ok;
    });
  }
  if (!values.by) throw new UsageError(da ? '--by NAVN skal med: hvem der slår automatisk bogføring til eller fra.' : '--by NAME is required: who switches automatic posting on or off.');
  const by = values.by;
  if (values.off) {
    // Switching off is always safe, so it may cover every shop at once (a stop for all of them).
    return withProfiles({ dataDir, profileName: values.profile }, async (profiles) => {
      const { results } = await eachProfile(profiles, async (runtime) => {
        deactivateAutomaticPosting(runtime, by);
        return { deactivated: true, by, at: runtime.ledger.supervised.forProfile(runtime.profile.name).get().deactivatedAt ?? runtime.clock().toISOString() };
      });
      if (values.json) printJson(profilesJson(results));
      else {
        const said = (at: string) => (da ? `Automatisk bogføring er slået fra af ${by} ${formatDateTime(at, lang)}.\n` : `Automatic posting switched off by ${by} ${formatDateTime(at, lang)}.\n`);
        print(results.map((r) => underShop(profiles, r.profile, said(r.result.at))).join(''));
      }
      return EXIT.ok;
    });
  }
  if (!values.checked) throw new UsageError(da ? '--checked skal med: bekræft, at du har kontrolleret de fakturaer, der er bogført i indkøringsperioden.' : '--checked is required: confirm that you have checked the invoices booked during the supervised period.');
  if (!values['accept-risk']) throw new UsageError(da ? '--accept-risk skal med: automatisk bogføring sker på eget ansvar.' : '--accept-risk is required: automatic posting runs at your own risk.');
  return withProfiles({ dataDir, profileName: values.profile }, async (profiles) => {
    // The owner confirms one shop's supervised period and accepts the risk for that shop.
    const runtime = oneProfile(profiles, { da: 'automatisk bogføring slås til for én butik ad gangen', en: 'automatic posting is switched on for one shop at a time' }, lang);
    const waiting = waitingPreview(runtime);
    const result = activateAutomaticPosting(runtime, { by, checked: true, acceptRisk: true, scope });
    if (values.json) printJson(result);
    else if (result.activated) {
      print(da ? `Automatisk bogføring er slået til af ${by}.\n` : `Automatic posting switched on by ${by}.\n`);
      if (waiting.drafts > 0) print(formatWaiting(waiting, scope, lang));
    } else {
      printError(da ? 'Automatisk bogføring kan ikke slås til endnu:\n' : 'Automatic posting cannot be switched on yet:\n');
      for (const gate of result.blockers) printError(`  - ${gate.text[lang]}\n`);
    }
    return result.activated ? EXIT.ok : EXIT.usage;
  });
}
