import type { Words } from '../../../shared/i18n/lang';
import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { PROFILE_OPTION } from '../profile-selection';
import { EXIT } from '../exit-codes';
import { createSupportBundle } from '../../support';
import { appVersion } from '../../app-version';
import { print, printJson } from '../output';

export const supportBundleHelp: Words = {
  en: `ledgerbridge support-bundle --data-dir DIR [--profile NAME] [--order ID …] [--json]
  Writes one JSON file for support: versions, settings with every secret removed, recent log
  entries with technical details, and the history of the affected orders, of every shop (each
  in "profiles") or of the profile named. Prints its path.`,
  da: `ledgerbridge support-bundle --data-dir DIR [--profile NAVN] [--order ID …] [--json]
  Skriver én JSON-fil til support: versioner, indstillinger uden nogen hemmeligheder, de seneste
  logposter med tekniske detaljer og forløbet for de berørte ordrer, for alle butikker (hver i
  "profiles") eller for den nævnte profil. Skriver filens sti.`,
};

export async function supportBundleCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, ...PROFILE_OPTION, order: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const dataDir = requireDataDir(values['data-dir']);
  return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
    const [first] = profiles.all;
    const shops = profiles.selected.map((runtime) => ({ profile: runtime.profile.name, ledger: runtime.ledger, logStore: runtime.log }));
    // The e-conomic calls of every shop are counted in the first profile's ledger (ProfileRuntimes).
    const bundle = createSupportBundle({ dataDir, shops, callBudgetLedger: first.ledger, config: first.config.load(), appVersion: appVersion(), orderIds: values.order });
    if (values.json) printJson({ path: bundle.path });
    else print(`${bundle.path}\n`);
    return EXIT.ok;
  });
}
