import type { Lang } from './lang';

/** The files the app saves for the owner (exports and PDFs): their names and the order list's columns. */
export const EXPORT_WORDS: Record<
  Lang,
  {
    reconciliationFile: (month: string) => string;
    ossFile: (quarter: string) => string;
    ordersFile: (day: string) => string;
    draftPdfFile: (number: number) => string;
    ordersHeader: readonly string[];
  }
> = {
  da: {
    reconciliationFile: (month) => `afstemning-${month}.csv`,
    ossFile: (quarter) => `oss-moms-${quarter}.csv`,
    ordersFile: (day) => `ordrer-${day}.csv`,
    draftPdfFile: (number) => `Kladde-${number}.pdf`,
    ordersHeader: ['Ordre', 'Dato', 'Kunde', 'Beløb', 'Valuta', 'Status', 'Årsag', 'Kladde', 'Faktura', 'Mail'],
  },
  en: {
    reconciliationFile: (month) => `reconciliation-${month}.csv`,
    ossFile: (quarter) => `oss-vat-${quarter}.csv`,
    ordersFile: (day) => `orders-${day}.csv`,
    draftPdfFile: (number) => `Draft-${number}.pdf`,
    ordersHeader: ['Order', 'Date', 'Customer', 'Amount', 'Currency', 'Status', 'Reason', 'Draft', 'Invoice', 'Mail'],
  },
};
