import { entry } from './define';

/** 20xx continued: the setup wizard's licence, e-conomic login and setup check. */
export const SETUP_WIZARD = {
  'LB-2015': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Licensen er ufuldstændig',
      message: 'Licensteksten er ufuldstændig eller beskadiget, så den kan ikke læses.',
      fix: 'Kopiér hele licensen fra mailen igen, uden mellemrum og linjeskift, og indsæt den i LedgerBridge under [[setup.licence]].',
    },
    en: {
      title: 'The licence is incomplete',
      message: 'The licence text is incomplete or damaged, so it cannot be read.',
      fix: 'Copy the whole licence from the e-mail again, without spaces or line breaks, and paste it into LedgerBridge under [[setup.licence]].',
    },
  }),
  'LB-2016': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Licensen er ikke fra LedgerBridge',
      message: 'Licensen er ikke udstedt af LedgerBridge, eller den er blevet ændret.',
      fix: 'Indsæt licensen præcis som du fik den, i LedgerBridge under [[setup.licence]], eller kontakt LedgerBridge for en ny.',
    },
    en: {
      title: 'The licence is not from LedgerBridge',
      message: 'The licence was not issued by LedgerBridge, or it has been changed.',
      fix: 'Paste the licence exactly as you received it into LedgerBridge under [[setup.licence]], or contact LedgerBridge for a new one.',
    },
  }),
  'LB-2017': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: ['date'],
    da: {
      title: 'Licensen er udløbet',
      message: 'Licensen udløb {date}.',
      fix: 'Forny licensen hos LedgerBridge, og indsæt den nye i LedgerBridge under [[setup.licence]].',
    },
    en: {
      title: 'The licence has expired',
      message: 'The licence expired on {date}.',
      fix: 'Renew the licence with LedgerBridge and paste the new one into LedgerBridge under [[setup.licence]].',
    },
  }),
  'LB-2018': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Demolicensen gælder kun sandkasserne',
      message: 'Licensen er en demolicens, der kun gælder de lokale sandkasser, men butikken eller e-conomic er en rigtig.',
      fix: 'Indsæt kundens egen licens i LedgerBridge under [[setup.licence]].',
    },
    en: {
      title: 'The demo licence only works with the sandboxes',
      message: 'The licence is a demo licence valid only for the local sandboxes, but the shop or e-conomic is a real one.',
      fix: "Paste the customer's own licence into LedgerBridge under [[setup.licence]].",
    },
  }),
  'LB-2019': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Svaret fra e-conomic hørte ikke til denne opsætning',
      message: 'e-conomic sendte en adgang tilbage, men ikke til det login, LedgerBridge startede lige nu, så den blev ikke brugt.',
      fix: 'Tryk "Log ind i e-conomic og giv adgang" i LedgerBridge under [[setup.economic]] igen, og giv adgang i det vindue, der åbner.',
    },
    en: {
      title: 'The answer from e-conomic did not belong to this setup',
      message: 'e-conomic sent an access back, but not for the login LedgerBridge started just now, so it was not used.',
      fix: 'Press "Log in to e-conomic and grant access" in LedgerBridge under [[setup.economic]] again, and grant access in the window that opens.',
    },
  }),
  'LB-2020': entry({
    category: 'setup',
    severity: 'error',
    blocksOrder: false,
    params: [],
    da: {
      title: 'e-conomic gav ikke adgang',
      message: 'e-conomic sendte ingen adgang tilbage til LedgerBridge.',
      fix: 'Tryk "Log ind i e-conomic og giv adgang" i LedgerBridge under [[setup.economic]] igen, log ind med en bruger, der må tilføje apps, og tryk "Tilføj app". Du kan også indsætte nøglerne selv.',
    },
    en: {
      title: 'e-conomic did not grant access',
      message: 'e-conomic sent no access back to LedgerBridge.',
      fix: 'Press "Log in to e-conomic and grant access" in LedgerBridge under [[setup.economic]] again, log in as a user who may add apps, and press "Add app". You can also paste the tokens yourself.',
    },
  }),
  'LB-2021': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Opsætningen er ikke kontrolleret',
      message: 'Opsætningen er ændret, siden kontrollen sidst kørte, så den kan ikke gemmes endnu.',
      fix: 'Kør kontrollen i LedgerBridge under [[setup.check]], og gem, når intet er rødt.',
    },
    en: {
      title: 'The setup has not been checked',
      message: 'The setup has changed since the check last ran, so it cannot be saved yet.',
      fix: 'Run the check in LedgerBridge under [[setup.check]], and save when nothing is red.',
    },
  }),
  'LB-2022': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: ['detail'],
    da: {
      title: 'Opsætningen er ikke klar',
      message: 'Kontrollen fandt noget, der skal rettes, før opsætningen kan gemmes: {detail}.',
      fix: 'Ret de røde punkter i LedgerBridge under [[setup.check]] (hvert punkt har en knap til det trin, der skal rettes), og kør kontrollen igen.',
    },
    en: {
      title: 'The setup is not ready',
      message: 'The check found something to fix before the setup can be saved: {detail}.',
      fix: 'Fix the red items in LedgerBridge under [[setup.check]] (each has a button to the step to fix) and run the check again.',
    },
  }),
  'LB-2023': entry({
    category: 'setup',
    severity: 'warning',
    blocksOrder: false,
    params: [],
    da: {
      title: 'Licensen er ikke holdt op mod e-conomic endnu',
      message: 'LedgerBridge har endnu ikke læst, hvilken e-conomic-aftale nøglerne fører til, så licensen kan ikke slå automatisk bogføring til endnu. Ordrer oprettes som kladder.',
      fix: 'LedgerBridge læser aftalen ved næste synkronisering. Bliver beskeden stående, så test forbindelsen i LedgerBridge under [[setup.economic]].',
    },
    en: {
      title: 'The licence has not been checked against e-conomic yet',
      message: 'LedgerBridge has not yet read which e-conomic agreement the keys reach, so the licence cannot switch on automatic posting yet. Orders are created as drafts.',
      fix: 'LedgerBridge reads the agreement at the next sync. If this message stays, test the connection in LedgerBridge under [[setup.economic]].',
    },
  }),
} as const;
