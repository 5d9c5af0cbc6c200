import type { Lang } from '../lang';

/** `ledgerbridge backup`. */
export const BACKUP_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    noLedger: (dataDir: string) => string;
  }
> = {
  da: {
    summary: 'skriv en sikkerhedskopi af registret og vis dens sti',
    help: `ledgerbridge backup --data-dir DIR [--profile NAVN] [--json]
  Skriver en sikkerhedskopi af hver profils register (eller af den nævntes) ved siden af det, i
  DIR/backups/ og DIR/profiles/NAVN/backups/, og skriver hver sti (de nyeste syv gemmes;
  LedgerBridge tager også én om dagen, mens den synkroniserer). Kan køre ved siden af en kørende
  LedgerBridge: SQLite kopierer én sammenhængende tilstand, mens synkroniseringen fortsætter.
  --json: {path, backups: [{profile, path}]}.`,
    noLedger: (dataDir) => `der er ingen bogføringsdatabase i ${dataDir} at tage sikkerhedskopi af.`,
  },
  en: {
    summary: 'write a backup of the ledger and print its path',
    help: `ledgerbridge backup --data-dir DIR [--profile NAME] [--json]
  Writes a backup of every profile's ledger (or of the one named) beside it, to DIR/backups/ and
  DIR/profiles/NAME/backups/, and prints each path (the newest seven backups are kept;
  LedgerBridge also takes one a day while it syncs). Safe beside a running LedgerBridge: SQLite
  copies one consistent state while the sync goes on. --json: {path, backups: [{profile, path}]}.`,
    noLedger: (dataDir) => `there is no ledger in ${dataDir} to back up.`,
  },
};
