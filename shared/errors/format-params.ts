import { fieldWords } from './field-words';
import { MONEY_PARAMS, type ParamName } from './params';
import type { Lang, ParamValue } from './types';

/** What a missing parameter renders as: readable, never "undefined". */
export const MISSING_VALUE = '–';

/**
 * Formats a decimal string the way the owner writes amounts: "1.234,50" in
 * Danish, "1,234.50" in English. Works on the text, so no float is involved.
 */
export function formatAmount(value: string, lang: Lang): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, int, frac = ''] = m;
  const cents = (frac + '00').slice(0, Math.max(2, frac.length));
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',');
  return `${sign}${grouped}${lang === 'da' ? ',' : '.'}${cents}`;
}

export function formatParam(name: ParamName, value: ParamValue, lang: Lang): string {
  if (value === null || value === undefined) return MISSING_VALUE;
  const text = String(value);
  if (text.trim() === '') return MISSING_VALUE;
  if (MONEY_PARAMS.has(name)) return formatAmount(text, lang);
  if (name === 'field') return fieldWords(text, lang);
  if ((name === 'vatRate' || name === 'vatRates') && lang === 'da') return text.replaceAll('.', ',');
  return text;
}
