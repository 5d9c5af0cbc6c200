import type { Lang } from '../lang';

/** `ledgerbridge restore`: a backup made the ledger again, and why one is refused. */
export const RESTORE_WORDS: Record<
  Lang,
  {
    summary: string;
    help: string;
    restored: (restored: string, previous: string) => string;
    ownerUnknown: (names: string) => string;
    otherShopsBackup: (owner: string, target: string | null) => string;
    fileRequired: string;
  }
> = {
  da: {
    summary: 'gør en sikkerhedskopi til registret igen (afstemt med e-conomic ved næste synkronisering)',
    help: `ledgerbridge restore --data-dir DIR --file FIL [--profile NAVN] [--json] [--lang da|en]
  Gør sikkerhedskopien FIL til registret igen for den profil, den er taget af (eller for den nævnte
  profil; en kopi af en anden butiks register afvises); registret, som det var, gemmes først. Afvises, mens
  en anden LedgerBridge bruger DIR (afslutningskode 4). Næste synkronisering slår først alle ordrer,
  som kopien ikke kender som færdige, op i e-conomic, så intet bogført siden kopien bogføres eller
  mailes igen.`,
    restored: (restored, previous) =>
      `Gendannet fra ${restored}.\nRegistret, som det var, er gemt som ${previous}.\nNæste synkronisering spørger først e-conomic om alt bogført siden sikkerhedskopien.`,
    ownerUnknown: (names) => `sikkerhedskopien siger ikke, hvilken af profilerne den er taget af; nævn den med --profile (${names}).`,
    otherShopsBackup: (owner, target) => `sikkerhedskopien er af profilen "${owner}"s register, ikke af "${target}"s; den gendannes ikke over en anden butik.`,
    fileRequired: '--file F skal angives: sikkerhedskopien, der skal lægges tilbage (se DIR/backups/).',
  },
  en: {
    summary: 'make a backup the ledger again (reconciled with e-conomic on the next sync)',
    help: `ledgerbridge restore --data-dir DIR --file F [--profile NAME] [--json] [--lang da|en]
  Makes the backup F the ledger again of the profile it was taken of (or of the profile named;
  a backup of another shop's ledger is refused); the ledger as it was is backed up first. Refused while
  another LedgerBridge uses DIR (exit code 4). The next sync first looks up in e-conomic every
  order the backup does not know as finished, so nothing booked since the backup is booked or
  mailed again.`,
    restored: (restored, previous) =>
      `Restored from ${restored}.\nThe ledger as it was is kept as ${previous}.\nThe next sync first asks e-conomic about everything booked since the backup.`,
    ownerUnknown: (names) => `the backup does not say which of the profiles it was taken of; name it with --profile (${names}).`,
    otherShopsBackup: (owner, target) => `the backup is of profile "${owner}"'s ledger, not of "${target}"'s; it is not restored over another shop.`,
    fileRequired: '--file F is required: the backup to restore (see DIR/backups/).',
  },
};
