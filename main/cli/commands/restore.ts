import { resolve } from 'node:path';
import { acquireDataDirLock, BackupInvalidError, LedgerTooNewError, restoreLedger } from '../../ledger';
import { ledgerOwner, profileHomes, type NamedProfileHome } from '../../runtime/profile-dirs';
import { UnknownProfileError } from '../../settings';
import { markRestored } from '../../engine/after-restore';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import type { Lang } from '../../../shared/i18n/lang';
import { RESTORE_WORDS } from '../../../shared/i18n/cli/restore';
import { EXIT, UsageError } from '../exit-codes';
import { print, printJson } from '../output';

export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, file: { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  if (!values.file) throw new UsageError(RESTORE_WORDS[lang].fileRequired);
  const file = resolve(values.file);
  const home = restoreTarget(profileHomes(dataDir), values.profile, ledgerOwner(file), lang);
  // A further profile's ledger is below the data dir; the data dir's lock keeps a running LedgerBridge out.
  const lock = home.dir === dataDir ? null : acquireDataDirLock(dataDir);
  let result;
  try {
    result = { ...(await restoreLedger(home.dir, file, { prepare: (db) => markRestored(db, new Date(), file) })), profile: home.profile };
  } catch (error) {
    if (error instanceof BackupInvalidError || error instanceof LedgerTooNewError) throw new UsageError(error.message);
    throw error;
  } finally {
    lock?.release();
  }
  if (values.json) printJson(result);
  else print(`${RESTORE_WORDS[lang].restored(result.restored, result.previous)}\n`);
  return EXIT.ok;
}

/**
 * The profile whose ledger the backup becomes: the one named, else the one the backup records
 * (with a single profile, that one). A backup of another configured shop is never restored over
 * this one's ledger: its orders and references are not this shop's.
 */
function restoreTarget(homes: NamedProfileHome[], profileName: string | undefined, owner: string | null, lang: Lang): NamedProfileHome {
  const w = RESTORE_WORDS[lang];
  const names = homes.map((h) => h.profile);
  if (profileName !== undefined && !names.includes(profileName)) throw new UnknownProfileError(profileName, names.filter((n) => n !== null));
  const target = homes.find((h) => h.profile === (profileName ?? owner)) ?? (homes.length === 1 ? homes[0] : undefined);
  if (!target) {
    throw new UsageError(w.ownerUnknown(names.join(', ')));
  }
  if (owner !== null && owner !== target.profile && names.includes(owner)) {
    throw new UsageError(w.otherShopsBackup(owner, target.profile));
  }
  return target;
}
