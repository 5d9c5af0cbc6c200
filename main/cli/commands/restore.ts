import { resolve } from 'node:path';
import { BackupInvalidError, LedgerTooNewError, restoreLedger } from '../../ledger';
import { markRestored } from '../../engine/after-restore';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import type { Words } from '../../../shared/i18n/lang';
import { EXIT, UsageError } from '../exit-codes';
import { print, printJson } from '../output';

export const restoreHelp: Words = {
  en: `ledgerbridge restore --data-dir DIR --file F [--json] [--lang da|en]
  Makes the backup F the ledger again; the ledger as it was is backed up first. Refused while
  another LedgerBridge uses DIR (exit code 4). The next sync first looks up in e-conomic every
  order the backup does not know as finished, so nothing booked since the backup is booked or
  mailed again.`,
  da: `ledgerbridge restore --data-dir DIR --file FIL [--json] [--lang da|en]
  Gør sikkerhedskopien FIL til registret igen; registret, som det var, gemmes først. Afvises, mens
  en anden LedgerBridge bruger DIR (afslutningskode 4). Næste synkronisering slår først alle ordrer,
  som kopien ikke kender som færdige, op i e-conomic, så intet bogført siden kopien bogføres eller
  mailes igen.`,
};

export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir']);
  if (!values.file) throw new UsageError('--file F is required: the backup to restore (see DIR/backups/).');
  const file = resolve(values.file);
  const lang = cliLanguage(values.lang, dataDir);
  let result;
  try {
    result = await restoreLedger(dataDir, file, { prepare: (db) => markRestored(db, new Date(), file) });
  } catch (error) {
    if (error instanceof BackupInvalidError || error instanceof LedgerTooNewError) throw new UsageError(error.message);
    throw error;
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
