import type { Lang } from '../lang';

/** `ledgerbridge import`: its summary and help (the preview, progress and outcome words are in ../import-words.ts). */
export const IMPORT_COMMAND_WORDS: Record<Lang, { summary: string; help: string }> = {
  da: {
    summary: 'hent tidligere ordrer (kontrollerende prøve først)',
    help: `ledgerbridge import --data-dir DIR --from ÅÅÅÅ-MM-DD [--profile NAVN] [--preview] [--json] [--lang da|en]
  Henter shoppens tidligere ordrer fra datoen gennem den normale synkronisering, inden for
  fair use-grænsen. Ctrl+C sætter på pause; kør samme kommando igen for at fortsætte (også efter
  en genstart). Viser en fremskridtslinje. Alle datamappens butikker efter tur, eller den nævnte profil.
  --preview  en kontrollerende prøvekørsel først: hvor mange ordrer der ville blive overført, og
             hvilke der ville fejle og hvorfor; intet skrives
  --json     skriv prøven eller det endelige resultat som JSON (den første butiks øverst,
             alle butikkers i "profiles")`,
  },
  en: {
    summary: 'import earlier orders (validating preview first)',
    help: `ledgerbridge import --data-dir DIR --from YYYY-MM-DD [--profile NAME] [--preview] [--json] [--lang da|en]
  Imports the shop's earlier orders from the date through the normal sync, within the
  fair-use budget. Ctrl+C pauses; run the same command again to resume (also after a
  restart). Shows a progress line. Every shop of the data dir in turn, or the profile named.
  --preview  a validating dry run first: how many orders would transfer and which would
             fail and why; nothing is written
  --json     print the preview or the final summary as JSON (the first shop's at the top,
             every shop's in "profiles")`,
  },
};
