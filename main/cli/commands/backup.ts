import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupLedger, LEDGER_FILE_NAME, openLedger } from '../../ledger';
import { profileHomes } from '../../runtime/profile-dirs';
import { parse, requireDataDir } from '../args';
import { EXIT, UsageError } from '../exit-codes';
import { cliLanguage } from '../language';
import { BACKUP_WORDS } from '../../../shared/i18n/cli/backup';
import { print, printJson } from '../output';

export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean' } });
  const dataDir = requireDataDir(values['data-dir']);
  const homes = profileHomes(dataDir, values.profile).filter((home) => existsSync(join(home.dir, LEDGER_FILE_NAME)));
  if (homes.length === 0) throw new UsageError(BACKUP_WORDS[cliLanguage(undefined, dataDir)].noLedger(dataDir));
  const backups: Array<{ profile: string | null; path: string }> = [];
  for (const home of homes) {
    const ledger = openLedger(home.dir, { lock: false });
    try {
      backups.push({ profile: home.profile, path: await backupLedger(ledger) });
    } finally {
      ledger.close();
    }
  }
  // "path" stays the first (with one profile: the only) backup, as before several profiles.
  if (values.json) printJson({ path: backups[0].path, backups });
  else print(backups.map((b) => (homes.length > 1 ? `${b.profile}: ${b.path}` : b.path)).join('\n') + '\n');
  return EXIT.ok;
}
