/**
 * Text cleaning for e-conomic fields: control characters are removed, emoji are
 * removed (e-conomic stores them but its invoice PDF cannot print them), runs of
 * whitespace collapse, and the result is cut to the field's limit.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

export function cleanText(value: string | null | undefined, max: number): string {
  if (!value) return '';
  const cleaned = value.replace(CONTROL, ' ').replace(EMOJI, '').replace(/\s+/g, ' ').trim();
  return [...cleaned].slice(0, max).join('');
}

const countryNames = new Intl.DisplayNames(['da'], { type: 'region' });

/** e-conomic's country is free text; Danish agreements expect the Danish country name. */
export function countryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

// Invoices carry the Danish date; the VAT rules pick rates by the same day.
export { danishDate } from '../../../shared/domain/danish-date';
