import { resolve } from 'node:path';
import { acquireDataDirLock, BackupInvalidError, LedgerTooNewError, restoreLedger } from '../../ledger';
import { ledgerOwner, profileHomes, type NamedProfileHome } from '../../runtime/profile-dirs';
import { UnknownProfileError } from '../../settings';
import { markRestored } from '../../engine/after-restore';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import type { Words } from '../../../shared/i18n/lang';
import { EXIT, UsageError } from '../exit-codes';
import { print, printJson } from '../output';

export const restoreHelp: Words = {
  en: `ledgerbridge restore --data-dir DIR --file F [--profile NAME] [--json] [--lang da|en]
  Makes the backup F the ledger again of the profile it was taken of (or of the profile named;
  a backup of another shop's ledger is refused); the ledger as it was is backed up first. Refused while
  another LedgerBridge uses DIR (exit code 4). The next sync first looks up in e-conomic every
  order the backup does not know as finished, so nothing booked since the backup is booked or
  mailed again.`,
  da: `ledgerbridge restore --data-dir DIR --file FIL [--profile NAVN] [--json] [--lang da|en]
  Gør sikkerhedskopien FIL til registret igen for den profil, den er taget af (eller for den nævnte
  profil; en kopi af en anden butiks register afvises); registret, som det var, gemmes først. Afvises, mens
  en anden LedgerBridge bruger DIR (afslutningskode 4). Næste synkronisering slår først alle ordrer,
  som kopien ikke kender som færdige, op i e-conomic, så intet bogført siden kopien bogføres eller
  mailes igen.`,
};

export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, file: { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir']);
  if (!values.file) throw new UsageError('--file F is required: the backup to restore (see DIR/backups/).');
  const file = resolve(values.file);
  const lang = cliLanguage(values.lang, dataDir);
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
  else
    print(
      lang === 'da'
        ? `Gendannet fra ${result.restored}.\nRegistret, som det var, er gemt som ${result.previous}.\nNæste synkronisering spørger først e-conomic om alt bogført siden sikkerhedskopien.\n`
        : `Restored from ${result.restored}.\nThe ledger as it was is kept as ${result.previous}.\nThe next sync first asks e-conomic about everything booked since the backup.\n`,
    );
  return EXIT.ok;
}

/**
 * The profile whose ledger the backup becomes: the one named, else the one the backup records
 * (with a single profile, that one). A backup of another configured shop is never restored over
 * this one's ledger: its orders and references are not this shop's.
 */
function restoreTarget(homes: NamedProfileHome[], profileName: string | undefined, owner: string | null, lang: 'da' | 'en'): NamedProfileHome {
  const da = lang === 'da';
  const names = homes.map((h) => h.profile);
  if (profileName !== undefined && !names.includes(profileName)) throw new UnknownProfileError(profileName, names.filter((n) => n !== null));
  const target = homes.find((h) => h.profile === (profileName ?? owner)) ?? (homes.length === 1 ? homes[0] : undefined);
  if (!target) {
    throw new UsageError(
      da
        ? `sikkerhedskopien siger ikke, hvilken af profilerne den er taget af; nævn den med --profile (${names.join(', ')}).`
        : `the backup does not say which of the profiles it was taken of; name it with --profile (${names.join(', ')}).`,
    );
  }
  if (owner !== null && owner !== target.profile && names.includes(owner)) {
    throw new UsageError(
      da
        ? `sikkerhedskopien er af profilen "${owner}"s register, ikke af "${target.profile}"s; den gendannes ikke over en anden butik.`
        : `the backup is of profile "${owner}"'s ledger, not of "${target.profile}"'s; it is not restored over another shop.`,
    );
  }
  return target;
}
