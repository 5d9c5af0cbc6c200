import type { Lang, Words } from './lang';

/**
 * The screens of the app (its navigation, in order) and the places inside them that a
 * fix text can send the owner to. A fix names a place by id (`[[setup.paymentMethods]]`
 * in a catalogue text), so the words and the button that goes there come from one
 * definition, and a test renders every screen to check that each control exists with
 * exactly this accessible name.
 */
export const SCREENS = ['overview', 'orders', 'invoices', 'days', 'reconciliation', 'oss', 'log', 'mail', 'import', 'settings', 'setup'] as const;
export type ScreenId = (typeof SCREENS)[number];

export const SCREEN_NAMES: Record<ScreenId, Words> = {
  overview: { da: 'Overblik', en: 'Overview' },
  orders: { da: 'Ordrer', en: 'Orders' },
  invoices: { da: 'Fakturaer', en: 'Invoices' },
  days: { da: 'Dagsopgørelser', en: 'Daily summaries' },
  reconciliation: { da: 'Afstemning', en: 'Reconciliation' },
  oss: { da: 'OSS-moms', en: 'OSS VAT' },
  log: { da: 'Fejllog', en: 'Error log' },
  mail: { da: 'Fakturamail', en: 'Invoice mail' },
  import: { da: 'Import', en: 'Import' },
  settings: { da: 'Indstillinger', en: 'Settings' },
  setup: { da: 'Opsætning', en: 'Setup' },
};

export interface PlaceDef {
  screen: ScreenId;
  /** The control's ARIA role and accessible name on that screen. */
  role: 'button' | 'textbox' | 'combobox';
  name: Words;
  /**
   * Where on the screen the control lives: in one order's, invoice's or day's detail (the UI
   * opens it first), in one log entry's detail, on the screen itself, or in the sidebar beside
   * every screen (the shop switcher; its screen is only where "go there" lands).
   */
  scope: 'screen' | 'order' | 'invoice' | 'day' | 'logEntry' | 'sidebar';
  /** Going there presses the control (a wizard step opens) rather than only focusing it. */
  press?: boolean;
}

export const PLACES = {
  'shops.choose': { screen: 'overview', role: 'combobox', scope: 'sidebar', name: { da: 'Butik', en: 'Shop' } },
  'shops.remove': { screen: 'overview', role: 'button', scope: 'sidebar', name: { da: 'Fjern butik', en: 'Remove shop' } },
  'overview.activate': { screen: 'overview', role: 'button', scope: 'screen', name: { da: 'Slå automatisk bogføring til', en: 'Switch on automatic posting' } },
  'orders.retry': { screen: 'orders', role: 'button', scope: 'order', name: { da: 'Prøv igen', en: 'Retry' } },
  'orders.approve': { screen: 'orders', role: 'button', scope: 'order', name: { da: 'Godkend og bogfør', en: 'Approve and book' } },
  'orders.skip': { screen: 'orders', role: 'button', scope: 'order', name: { da: 'Spring over', en: 'Skip' } },
  'orders.resendMail': { screen: 'orders', role: 'button', scope: 'order', name: { da: 'Send fakturaen igen', en: 'Send the invoice again' } },
  'orders.markMailSent': { screen: 'orders', role: 'button', scope: 'order', name: { da: 'Mailen er sendt', en: 'The mail was sent' } },
  'invoices.resendMail': { screen: 'invoices', role: 'button', scope: 'invoice', name: { da: 'Send fakturaen igen', en: 'Send the invoice again' } },
  'days.refresh': { screen: 'days', role: 'button', scope: 'screen', name: { da: 'Opdatér', en: 'Refresh' } },
  'days.sendToAccountant': { screen: 'days', role: 'button', scope: 'day', name: { da: 'Send til revisor', en: 'Send to accountant' } },
  'days.retry': { screen: 'days', role: 'button', scope: 'day', name: { da: 'Prøv dagen igen', en: 'Retry the day' } },
  'days.downloadPdf': { screen: 'days', role: 'button', scope: 'day', name: { da: 'Hent PDF', en: 'Download PDF' } },
  'import.check': { screen: 'import', role: 'button', scope: 'screen', name: { da: 'Kontrollér ordrerne', en: 'Check the orders' } },
  'log.resolve': { screen: 'log', role: 'button', scope: 'logEntry', name: { da: 'Markér som løst', en: 'Mark as resolved' } },
  'log.supportBundle': { screen: 'log', role: 'button', scope: 'screen', name: { da: 'Lav supportpakke', en: 'Create support bundle' } },
  'mail.testSend': { screen: 'mail', role: 'button', scope: 'screen', name: { da: 'Send testmail', en: 'Send test mail' } },
  'mail.subject': { screen: 'mail', role: 'textbox', scope: 'screen', name: { da: 'Emne', en: 'Subject' } },
  'settings.smtpServer': { screen: 'settings', role: 'textbox', scope: 'screen', name: { da: 'Server', en: 'Server' } },
  'settings.smtpPassword': { screen: 'settings', role: 'textbox', scope: 'screen', name: { da: 'Adgangskode', en: 'Password' } },
  'settings.accountantEmail': { screen: 'settings', role: 'textbox', scope: 'screen', name: { da: 'Revisorens mailadresse', en: "Accountant's e-mail address" } },
  'settings.dayJournal': { screen: 'settings', role: 'combobox', scope: 'screen', name: { da: 'Kassekladde til dagsopgørelser', en: 'Journal for daily summaries' } },
  'setup.licence': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Licens', en: 'Licence' } },
  'setup.shop': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Webshop', en: 'Web shop' } },
  'setup.economic': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'e-conomic', en: 'e-conomic' } },
  'setup.stages': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Ordrestatus', en: 'Order status' } },
  'setup.mapping': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Opsætning i e-conomic', en: 'e-conomic setup' } },
  'setup.currencies': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Valuta og EU', en: 'Currencies and EU' } },
  'setup.paymentMethods': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Betalingsmetoder', en: 'Payment methods' } },
  'setup.rules': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Regler', en: 'Rules' } },
  'setup.invoiceSource': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Faktura og mail', en: 'Invoice and mail' } },
  'setup.check': { screen: 'setup', role: 'button', scope: 'screen', press: true, name: { da: 'Kontrol', en: 'Check' } },
} as const satisfies Record<string, PlaceDef>;

export type PlaceId = keyof typeof PLACES;
export const PLACE_IDS = Object.keys(PLACES) as PlaceId[];

export function isPlaceId(value: unknown): value is PlaceId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PLACES, value);
}

/**
 * A place as a path the owner can follow: `Opsætning → "Betalingsmetoder"`, or
 * `Ordrer → ordre 1042 → "Prøv igen"` inside one order.
 */
export function placePath(id: PlaceId, lang: Lang, context: { orderNumber?: string | number | null } = {}): string {
  const place: PlaceDef = PLACES[id];
  const screen = SCREEN_NAMES[place.screen][lang];
  const control = `"${place.name[lang]}"`;
  if (place.scope === 'order') {
    const order = context.orderNumber !== undefined && context.orderNumber !== null && String(context.orderNumber) !== '' ? `${lang === 'da' ? 'ordre' : 'order'} ${context.orderNumber}` : lang === 'da' ? 'ordren' : 'the order';
    return `${screen} → ${order} → ${control}`;
  }
  if (place.scope === 'invoice') return `${screen} → ${lang === 'da' ? 'fakturaen' : 'the invoice'} → ${control}`;
  if (place.scope === 'day') return `${screen} → ${lang === 'da' ? 'dagen' : 'the day'} → ${control}`;
  if (place.scope === 'logEntry') return `${screen} → ${lang === 'da' ? 'posten' : 'the entry'} → ${control}`;
  if (place.scope === 'sidebar') return `${control} ${SIDEBAR[lang]}`;
  return `${screen} → ${control}`;
}

/** Where a control of the panel beside every screen is (the shop switcher): `"Butik" i sidepanelet`. */
const SIDEBAR: Words = { da: 'i sidepanelet', en: 'in the sidebar' };

/** The button that takes the owner there: "Gå til Opsætning → Betalingsmetoder". */
export function goToLabel(id: PlaceId, lang: Lang): string {
  const place: PlaceDef = PLACES[id];
  const where = place.scope === 'sidebar' ? `${place.name[lang]} ${SIDEBAR[lang]}` : `${SCREEN_NAMES[place.screen][lang]} → ${place.name[lang]}`;
  return `${lang === 'da' ? 'Gå til' : 'Go to'} ${where}`;
}

/** The wizard steps fixes lead to: their step button is the place (pressing it opens the step). */
const SETUP_STEP_PLACES: Record<string, PlaceId> = {
  plan: 'setup.licence',
  shop: 'setup.shop',
  economic: 'setup.economic',
  stages: 'setup.stages',
  mapping: 'setup.mapping',
  currencies: 'setup.currencies',
  paymentMethods: 'setup.paymentMethods',
  rules: 'setup.rules',
  mail: 'setup.invoiceSource',
  check: 'setup.check',
};

export function setupStepPlace(step: string): PlaceId | undefined {
  return SETUP_STEP_PLACES[step];
}
