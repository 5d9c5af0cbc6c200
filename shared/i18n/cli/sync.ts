import type { Lang } from '../lang';

/** `ledgerbridge sync`: once, in the background, or as a dry run. */
export const SYNC_WORDS: Record<Lang, { summary: string; help: string; onceOrWatch: string }> = {
  da: {
    summary: 'overfør ordrer én gang, i baggrunden eller som prøvekørsel',
    help: `ledgerbridge sync --data-dir DIR [--profile NAVN] [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --profile   kun denne profil (standard: alle datamappens profiler side om side)
  --once      én synkronisering (standard)
  --watch     bliv ved med at synkronisere i baggrunden, hver profil hvert sync.intervalMinutes, til den stoppes
  --dry-run   vis de præcise fakturaer i e-conomic, hver butiks næste ordrer (op til --limit, standard 10,
              pr. butik) ville blive til; intet skrives. --json: {at, entries}, hver post med sin profil
  --json      skriv {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls, profile}, én linje pr. profil`,
    onceOrWatch: 'brug enten --once eller --watch, ikke begge.',
  },
  en: {
    summary: 'transfer orders once, in the background, or as a dry run',
    help: `ledgerbridge sync --data-dir DIR [--profile NAME] [--once|--watch] [--dry-run [--limit N]] [--json] [--lang da|en]
  --profile   only this profile (default: every profile of the data dir, side by side)
  --once      one cycle (default)
  --watch     keep syncing in the background, each profile every sync.intervalMinutes, until stopped
  --dry-run   show the exact e-conomic invoices the next orders of each shop (up to --limit, default 10,
              per shop) would become; writes nothing. --json: {at, entries}, each entry with its profile
  --json      print {fetched, eligible, drafted, booked, held, skipped, failed, mailed, apiCalls, profile}, one line per profile`,
    onceOrWatch: 'use either --once or --watch, not both.',
  },
};
