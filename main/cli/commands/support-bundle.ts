import { parse, requireDataDir } from '../args';
import { withProfiles } from '../runtime-errors';
import { PROFILE_OPTION } from '../profile-selection';
import { EXIT } from '../exit-codes';
import { createSupportBundle } from '../../support';
import { appVersion } from '../../app-version';
import { print, printJson } from '../output';

export async function supportBundleCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, ...PROFILE_OPTION, order: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const dataDir = requireDataDir(values['data-dir']);
  return withProfiles({ dataDir, profileName: values.profile, lock: false }, async (profiles) => {
    const [first] = profiles.all;
    const shops = profiles.selected.map((runtime) => ({ profile: runtime.profile.name, ledger: runtime.ledger, logStore: runtime.log }));
    // The e-conomic calls of every shop are counted in the first opened profile's ledger (ProfileRuntimes).
    // What stops each shop's sync now, also a shop that could not be opened (its ledger has nothing to give).
    const bundle = createSupportBundle({ dataDir, shops, callBudgetLedger: first.ledger, config: first.config.load(), appVersion: appVersion(), orderIds: values.order, syncFailures: profiles.syncFailures() });
    if (values.json) printJson({ path: bundle.path });
    else print(`${bundle.path}\n`);
    return EXIT.ok;
    // The bundle has what stops each shop (syncFailures): support reads it there.
  }, { tellsUnopened: true });
}
