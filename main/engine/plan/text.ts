/**
 * Text cleaning for e-conomic fields: control characters are removed, emoji are
 * removed (e-conomic stores them but its invoice PDF cannot print them), runs of
 * whitespace collapse, and the result is cut to the field's limit.
 */
import { isPlainLatin } from '../../validation';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

/**
 * Plain Latin text (isPlainLatin) that is already clean: words of its visible characters (none
 * of them is whitespace to \s) with one space between them, none at either end.
 */
const CLEAN = /^(?:[\u0021-\u007E\u00A1-\u00A8\u00AA-\u00AD\u00AF-\u02FF]+(?: [\u0021-\u007E\u00A1-\u00A8\u00AA-\u00AD\u00AF-\u02FF]+)*)?$/;

export function cleanText(value: string | null | undefined, max: number): string {
  if (!value) return '';
  // The engine cleans every line and address of every order: text already clean is kept as it is.
  if (value.length <= max && CLEAN.test(value)) return value;
  // Plain Latin text has nothing CONTROL or EMOJI would take out (© and ® are pictographs): it skips the Unicode scan.
  const kept = isPlainLatin(value) ? value : value.replace(CONTROL, ' ').replace(EMOJI, '');
  const cleaned = kept.replace(/\s+/g, ' ').trim();
  // The limit counts characters; text no longer in UTF-16 units than the limit needs no cut.
  return cleaned.length <= max ? cleaned : [...cleaned].slice(0, max).join('');
}

const countryNames = new Intl.DisplayNames(['da'], { type: 'region' });
/** Danish names by code, asked of Intl once each (a few hundred codes at most). */
const countryNameCache = new Map<string, string>();

/** e-conomic's country is free text; Danish agreements expect the Danish country name. */
export function countryName(code: string): string {
  let name = countryNameCache.get(code);
  if (name === undefined) {
    name = danishCountryName(code);
    if (countryNameCache.size < 1000) countryNameCache.set(code, name);
  }
  return name;
}

function danishCountryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// Invoices carry the Danish date; the VAT rules pick rates by the same day.
export { danishDate } from '../../../shared/domain/danish-date';
