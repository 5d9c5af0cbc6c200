import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { fill, fillCount, formatCount, formatDate, formatDateTime, formatMoney, formatNumber, formatQuantity } from '../../shared/i18n/format';
import type { PluralWords } from '../../shared/i18n/lang';
import type { Lang } from '../../shared/i18n/lang';
import { da, type Dictionary } from './da';
import { en } from './en';

export const dictionaries: Record<Lang, Dictionary> = { da, en };

export interface I18n {
  language: Lang;
  t: Dictionary;
  fill: typeof fill;
  /** "{count} ordre" / "{count} ordrer" with the count formatted, plus any other values. */
  plural(words: PluralWords, count: number, params?: Record<string, string | number>): string;
  /** "751,50 kr." with a currency, "751,50" without. */
  amount(value: string, currency?: string): string;
  /** "2", "1,5", "12,5": a quantity or a VAT rate. */
  quantity(value: string): string;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  count(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(language: Lang): I18n {
  return {
    language,
    t: dictionaries[language],
    fill,
    plural: (words, count, params) => fillCount(words, count, language, params),
    amount: (value, currency) => (currency ? formatMoney(value, currency, language) : formatNumber(value, language)),
    quantity: (value) => formatQuantity(value, language),
    dateTime: (iso) => formatDateTime(iso, language),
    date: (iso) => formatDate(iso, language),
    count: (value) => formatCount(value, language),
  };
}

export function I18nProvider({ language, children }: { language: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
