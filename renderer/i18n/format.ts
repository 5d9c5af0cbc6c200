import type { Language } from '../../shared/ipc/schemas/common';

/** Fills "{name}" slots in a dictionary text. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, key: string) => (key in params ? String(params[key]) : slot));
}

/**
 * Formats a decimal-string amount for display without ever turning it into a
 * float: "1234.5" → "1.234,50" (da) / "1,234.50" (en).
 */
export function formatAmount(amount: string, language: Language, currency?: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ''] = match;
  const [thousands, decimal] = language === 'da' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const cents = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
  const text = `${sign}${grouped}${decimal}${cents}`;
  return currency ? `${text} ${currency}` : text;
}

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short' }).format(date);
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB').format(value);
}
