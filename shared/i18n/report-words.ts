import type { Lang } from './lang';

/**
 * The words of the two reports the command line prints (`ledgerbridge reconcile`, and with
 * `--oss` the OSS VAT figures): headings, column names and the kinds of finding.
 */
export const RECONCILIATION_WORDS: Record<
  Lang,
  {
    title: (from: string, to: string, groupBy: 'day' | 'month') => string;
    head: readonly string[];
    total: string;
    ok: string;
    missing: string;
    differing: string;
    unexpected: string;
    duplicates: string;
    invoice: string;
    creditNote: string;
    order: string;
    refund: string;
    shop: string;
    economic: string;
    booked: string;
    drafts: string;
    state: string;
    /** A day summary as the subject of a finding: its date, currency and how many orders went into it. */
    day: (date: string, currency: string, orders: number) => string;
    /** A day booked as one finance voucher in a journal (dayBooking "journal"), as the subject of a finding. */
    dayVoucher: (date: string, currency: string, orders: number) => string;
    /** A voucher in e-conomic: waiting in its journal (journalNumber), or booked from it (null). */
    voucher: (ref: { journalNumber: number | null; accountingYear: string; voucherNumber: number }) => string;
    /** Days in the range not booked yet, and why (postingUnit "day"). */
    pendingDays: string;
    pendingStatus: (status: 'open' | 'waiting' | 'due', waitingFor: string[]) => string;
  }
> = {
  da: {
    title: (from, to, groupBy) => `Afstemning ${from} – ${to} (pr. ${groupBy === 'day' ? 'dag' : 'måned'})`,
    head: ['Periode', 'Valuta', 'Shop', 'Refunderet', 'Faktureret', 'Krediteret', 'Betalinger', 'Forskel'],
    total: 'I alt',
    ok: 'Bogføringen passer med shoppen.',
    missing: 'Mangler i e-conomic',
    differing: 'Beløb der ikke passer',
    unexpected: 'Bogført med LedgerBridge-reference, men ordren kendes ikke',
    duplicates: 'Dubletter i e-conomic',
    invoice: 'faktura',
    creditNote: 'kreditnota',
    order: 'ordre',
    refund: 'refundering',
    shop: 'shop',
    economic: 'e-conomic',
    booked: 'bogført',
    drafts: 'kladder',
    state: 'status',
    day: (date, currency, orders) => `dagsfaktura ${date} ${currency} (${orders} ${orders === 1 ? 'ordre' : 'ordrer'})`,
    dayVoucher: (date, currency, orders) => `dagsbilag ${date} ${currency} (${orders} ${orders === 1 ? 'ordre' : 'ordrer'})`,
    voucher: (ref) => `bilag ${ref.voucherNumber} (${ref.accountingYear}) ${ref.journalNumber === null ? 'bogført' : `i kassekladde ${ref.journalNumber}`}`,
    pendingDays: 'Dage der ikke er bogført endnu',
    pendingStatus: (status, waitingFor) =>
      status === 'open' ? 'dagen er ikke slut endnu' : status === 'due' ? 'dagen er slut og bogføres ved næste synkronisering' : `venter på ${waitingFor.length === 1 ? 'ordre' : 'ordrerne'} ${waitingFor.join(', ')}, som er tilbageholdt`,
  },
  en: {
    title: (from, to, groupBy) => `Reconciliation ${from} – ${to} (by ${groupBy})`,
    head: ['Period', 'Currency', 'Shop', 'Refunded', 'Invoiced', 'Credited', 'Payments', 'Difference'],
    total: 'Total',
    ok: 'The books match the shop.',
    missing: 'Missing in e-conomic',
    differing: 'Amounts that differ',
    unexpected: 'Booked with a LedgerBridge reference, but the order is unknown',
    duplicates: 'Duplicates in e-conomic',
    invoice: 'invoice',
    creditNote: 'credit note',
    order: 'order',
    refund: 'refund',
    shop: 'shop',
    economic: 'e-conomic',
    booked: 'booked',
    drafts: 'drafts',
    state: 'state',
    day: (date, currency, orders) => `day invoice ${date} ${currency} (${orders} ${orders === 1 ? 'order' : 'orders'})`,
    dayVoucher: (date, currency, orders) => `day voucher ${date} ${currency} (${orders} ${orders === 1 ? 'order' : 'orders'})`,
    voucher: (ref) => `voucher ${ref.voucherNumber} (${ref.accountingYear}) ${ref.journalNumber === null ? 'booked' : `in journal ${ref.journalNumber}`}`,
    pendingDays: 'Days not booked yet',
    pendingStatus: (status, waitingFor) =>
      status === 'open' ? 'the day has not ended yet' : status === 'due' ? 'the day has ended and is booked at the next sync' : `waits for held ${waitingFor.length === 1 ? 'order' : 'orders'} ${waitingFor.join(', ')}`,
  },
};

export const OSS_REPORT_WORDS: Record<
  Lang,
  {
    title: (quarter: string, from: string, to: string, currency: string) => string;
    head: readonly string[];
    total: string;
    none: string;
    unbooked: string;
    dayVouchers: string;
    baseAndVat: (base: string, vat: string, currency: string) => string;
    days: (n: number) => string;
  }
> = {
  da: {
    title: (quarter, from, to, currency) => `OSS-moms ${quarter} (${from} – ${to}), beløb i ${currency}`,
    head: ['Land', 'Sats', 'Momsgrundlag', 'Moms', 'Fakturaer', 'Kreditnotaer'],
    total: 'I alt',
    none: 'Intet bogført med OSS i kvartalet.',
    unbooked: 'OSS-ordrer i kvartalet, der ikke er bogført (ikke med i tallene)',
    dayVouchers: 'OSS-salg i dagsopgørelser sendt som kassekladde-bilag (på OSS-varegruppernes konti i e-conomic, ikke på fakturaer: ikke med i tallene ovenfor; i dagens valuta)',
    baseAndVat: (base, vat, currency) => `momsgrundlag ${base} ${currency}, moms ${vat} ${currency}`,
    days: (n) => (n === 1 ? '1 dag' : `${n} dage`),
  },
  en: {
    title: (quarter, from, to, currency) => `OSS VAT ${quarter} (${from} – ${to}), amounts in ${currency}`,
    head: ['Country', 'Rate', 'Taxable base', 'VAT', 'Invoices', 'Credit notes'],
    total: 'Total',
    none: 'Nothing booked under OSS in the quarter.',
    unbooked: 'OSS orders of the quarter that are not booked (not in the figures)',
    dayVouchers: "OSS sales in daily summaries sent as journal vouchers (on the OSS groups' accounts in e-conomic, on no invoice: not in the figures above; in the day's currency)",
    baseAndVat: (base, vat, currency) => `taxable base ${base} ${currency}, VAT ${vat} ${currency}`,
    days: (n) => (n === 1 ? '1 day' : `${n} days`),
  },
};
