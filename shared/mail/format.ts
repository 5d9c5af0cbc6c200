import type { Lang } from '../i18n/lang';
import { dec, money } from '../domain/money';
import { formatMoney } from '../i18n/format';

/**
 * Amounts and dates the way a Danish or an English reader expects them in a mail
 * (amounts as everywhere else, shared/i18n/format.ts). Hand-written rather than Intl so
 * the output is identical in Electron, Node and the browser whatever ICU data they ship.
 */

/**
 * "1.234,50 kr." / "1.234,50 EUR" in Danish, "DKK 1,234.50" / "EUR 1,234.50" in English.
 * The amount is a decimal string; it is rounded half-up to øre like every amount we book.
 */
export function formatMailAmount(amount: string, currency: string, lang: Lang): string {
  return formatMoney(money(dec(amount)), currency, lang);
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "27. november 2026" in Danish, "27 November 2026" in English, from "2026-11-27" (time part ignored). */
export function formatMailDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(isoDate);
  const month = match ? Number(match[2]) : 0;
  const day = match ? Number(match[3]) : 0;
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`not a date (expected YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  }
  const monthName = MONTHS[lang][month - 1];
  return lang === 'da' ? `${day}. ${monthName} ${match[1]}` : `${day} ${monthName} ${match[1]}`;
}
