import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupLedger, LEDGER_FILE_NAME, openLedger } from '../../ledger';
import { parse, requireDataDir } from '../args';
import { EXIT, UsageError } from '../exit-codes';
import { print, printJson } from '../output';
import type { Words } from '../../../shared/i18n/lang';

export const backupHelp: Words = {
  en: `ledgerbridge backup --data-dir DIR [--json]
  Writes a backup of the ledger to DIR/backups/ and prints its path (the newest seven backups
  are kept; LedgerBridge also takes one a day while it syncs). Safe beside a running
  LedgerBridge: SQLite copies one consistent state while the sync goes on.`,
  da: `ledgerbridge backup --data-dir DIR [--json]
  Skriver en sikkerhedskopi af registret til DIR/backups/ og skriver dens sti (de nyeste syv
  gemmes; LedgerBridge tager også én om dagen, mens den synkroniserer). Kan køre ved siden af en
  kørende LedgerBridge: SQLite kopierer én sammenhængende tilstand, mens synkroniseringen fortsætter.`,
};

export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, json: { type: 'boolean' } });
  const dataDir = requireDataDir(values['data-dir']);
  if (!existsSync(join(dataDir, LEDGER_FILE_NAME))) throw new UsageError(`there is no ledger in ${dataDir} to back up.`);
  const ledger = openLedger(dataDir, { lock: false });
  try {
    const path = await backupLedger(ledger);
    if (values.json) printJson({ path });
    else print(`${path}\n`);
    return EXIT.ok;
  } finally {
    ledger.close();
  }
}
