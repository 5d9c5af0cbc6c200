import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/ipc/schemas/common';
import { da, type Dictionary } from './da';
import { en } from './en';
import { fill, formatAmount, formatCount, formatDate, formatDateTime } from './format';

export const dictionaries: Record<Language, Dictionary> = { da, en };

export interface I18n {
  language: Language;
  t: Dictionary;
  fill: typeof fill;
  amount(value: string, currency?: string): string;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  count(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(language: Language): I18n {
  return {
    language,
    t: dictionaries[language],
    fill,
    amount: (value, currency) => formatAmount(value, language, currency),
    dateTime: (iso) => formatDateTime(iso, language),
    date: (iso) => formatDate(iso, language),
    count: (value) => formatCount(value, language),
  };
}

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
