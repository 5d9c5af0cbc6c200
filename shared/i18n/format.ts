import type { Lang, PluralWords } from './lang';

/**
 * Numbers, amounts, times and counts the way the owner writes them, for every
 * surface (the app, the command line, error texts and mails). Amounts are decimal
 * strings and are formatted as text, so no float ever touches them.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1.234,50" in Danish, "1,234.50" in English; at least two decimals, never fewer than given. */
export function formatNumber(value: string, lang: Lang): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, sign, whole, fraction = ''] = m;
  const [thousands, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${decimal}${fraction.padEnd(2, '0')}`;
}

/** A quantity or a percentage as written: "2", "1,5", "12,5" (da) — no decimals added, trailing zeros dropped. */
export function formatQuantity(value: string, lang: Lang): string {
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, sign, whole, fraction = ''] = m;
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',');
  return `${sign}${grouped}${trimmed ? (lang === 'da' ? ',' : '.') + trimmed : ''}`;
}

/**
 * An amount with its currency as a Dane or an English reader expects it:
 * "751,50 kr." and "1.234,50 EUR" in Danish, "DKK 751.50" in English.
 */
export function formatMoney(value: string, currency: string, lang: Lang): string {
  const number = formatNumber(value, lang);
  const code = currency.trim().toUpperCase();
  if (!code) return number;
  if (lang === 'da') return code === 'DKK' ? `${number} kr.` : `${number} ${code}`;
  return `${code} ${number}`;
}

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

// Building an Intl.DateTimeFormat costs far more than using one (~0.1 ms); the engine asks for
// the posting gates' texts once per order, so one formatter per time zone is kept.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = partsFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    partsFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The local calendar and clock parts of an instant. Only the numbers come from Intl
 * (they are the same in every ICU build); the punctuation is ours, so Node, Electron
 * and the browser print the same text.
 */
function localParts(iso: string, timeZone?: string): LocalParts | null {
  // The engine formats the same few instants for every order (the posting gates' dates):
  // the parts of recent ones are kept, as formatToParts costs ~20 µs a call.
  const key = `${timeZone ?? ''} ${iso}`;
  const known = recentParts.get(key);
  if (known !== undefined) return known;
  const date = new Date(iso);
  const parts = Number.isNaN(date.getTime()) ? null : partsOf(partsFormatter(timeZone).formatToParts(date));
  if (recentParts.size >= RECENT_PARTS) recentParts.clear();
  recentParts.set(key, parts);
  return parts;
}

type LocalParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

const RECENT_PARTS = 256;
const recentParts = new Map<string, LocalParts | null>();

function partsOf(parts: Intl.DateTimeFormatPart[]): LocalParts {
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Local date, day first: "24.12.2026" (da) / "24/12/2026" (en); the text itself if it is not a time. */
export function formatDate(iso: string | null | undefined, lang: Lang, timeZone?: string): string {
  if (!iso) return '';
  const p = localParts(iso, timeZone);
  if (!p) return iso;
  return lang === 'da' ? `${p.day}.${p.month}.${p.year}` : `${p.day}/${p.month}/${p.year}`;
}

/** Local date and time: "24.12.2026 14.03" (da) / "24/12/2026 14:03" (en). */
export function formatDateTime(iso: string | null | undefined, lang: Lang, timeZone?: string): string {
  if (!iso) return '';
  const p = localParts(iso, timeZone);
  if (!p) return iso;
  return `${formatDate(iso, lang, timeZone)} ${lang === 'da' ? `${p.hour}.${p.minute}` : `${p.hour}:${p.minute}`}`;
}

/** "1.234" (da) / "1,234" (en). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}

/** The form of a word for a count: Danish and English both use "one" for exactly 1 only. */
export function pluralForm(count: number, words: PluralWords): string {
  return count === 1 ? words.one : words.other;
}

/** Fills "{name}" slots; an unknown slot stays visible so a test can find it. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, key: string) => (key in params ? String(params[key]) : slot));
}

/** "{count} ordre" / "{count} ordrer", filled with the formatted count and any other values. */
export function fillCount(words: PluralWords, count: number, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(pluralForm(count, words), { ...params, count: formatCount(count, lang) });
}
