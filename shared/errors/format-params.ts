import { formatMoney, formatNumber } from '../i18n/format';
import { shopConfigCauseWords } from '../i18n/shop-config-words';
import { voucherNumbersText } from '../i18n/day-voucher-words';
import { fieldWords } from './field-words';
import { MONEY_PARAMS, type ParamName } from './params';
import type { Lang, Params, ParamValue } from './types';

/**
 * What a missing parameter renders as: readable, never "undefined". Problems raised
 * by this version always carry their values (the compiler checks it); this covers
 * log entries written by older versions.
 */
export const MISSING_VALUE = '–';

/** An amount without its currency, "1.234,50" (da) / "1,234.50" (en). */
export const formatAmount = formatNumber;

/** Amounts carry the problem's currency, the way the owner reads them everywhere: "751,50 kr.". */
export function formatParam(name: ParamName, value: ParamValue, lang: Lang, params: Params = {}): string {
  // Before the cause, LB-2009 carried the connector's English detail: such a log entry reads as the general cause.
  if (name === 'cause') return shopConfigCauseWords(String(value ?? ''), lang);
  if (value === null || value === undefined) return MISSING_VALUE;
  const text = String(value);
  if (text.trim() === '') return MISSING_VALUE;
  if (MONEY_PARAMS.has(name)) return formatMoney(text, String(params.currency ?? ''), lang);
  if (name === 'field') return fieldWords(text, lang);
  if ((name === 'vatRate' || name === 'vatRates') && lang === 'da') return text.replaceAll('.', ',');
  if (name === 'voucherNumber' || name === 'vouchers') return voucherNumbersWords(text, lang);
  return text;
}

/** A day's voucher numbers, stored "17, 18" when e-conomic split the day, as a sentence names them: "17 og 18". */
function voucherNumbersWords(text: string, lang: Lang): string {
  if (!/^\d+(, \d+)+$/.test(text)) return text;
  const [voucherNumber, ...more] = text.split(', ').map(Number);
  return voucherNumbersText({ voucherNumber, voucherNumbers: [voucherNumber, ...more] }, lang);
}
