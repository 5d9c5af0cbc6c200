import type { Lang } from './lang';

/** What the dry run would do with an order. */
export type DryRunOutcome = 'book' | 'draft' | 'skipped-by-rule' | 'held-for-review' | 'blocked';

/**
 * The words of the command line's dry run (`sync --dry-run`) and of its sync summary: what would
 * happen to each order and the invoice it would get, in the terms of e-conomic's invoice form.
 */
export const DRY_RUN_WORDS: Record<
  Lang,
  {
    outcome: Record<DryRunOutcome, string>;
    nothingWaiting: string;
    order: string;
    fix: string;
    customer: string;
    newCustomer: string;
    vatZone: string;
    paymentTerms: string;
    columns: [product: string, description: string, quantity: string, unitPrice: string, vatRate: string];
    net: string;
    vat: string;
    rounding: string;
    gross: string;
    shop: string;
    newProducts: string;
    economicCalls: string;
    /** postingUnit "day": where an order goes, and the day invoice's heading and state. */
    intoDay: (date: string) => string;
    daySummary: (date: string, currency: string, orders: number, refunds: number) => string;
    dayClosed: string;
    dayOpen: (closesAt: string) => string;
    /** dayBooking "journal": the day's finance voucher instead of an invoice. */
    voucherIn: (journal: string) => string;
    noJournal: string;
    dayClosedJournal: string;
    voucherColumns: [method: string, account: string, contraAccount: string, vatCode: string, amount: string, vat: string];
  }
> = {
  da: {
    outcome: { book: 'bogføres', draft: 'oprettes som kladde', 'skipped-by-rule': 'springes over efter en regel', 'held-for-review': 'venter på godkendelse', blocked: 'stoppes' },
    nothingWaiting: 'Ingen ordrer venter på overførsel.',
    order: 'Ordre',
    fix: 'Løsning',
    customer: 'Kunde',
    newCustomer: 'ny',
    vatZone: 'momszone',
    paymentTerms: 'betalingsbetingelse',
    columns: ['Varenr.', 'Tekst', 'Antal', 'Enhedspris', 'Moms %'],
    net: 'Netto',
    vat: 'moms',
    rounding: 'afrunding',
    gross: 'i alt',
    shop: 'butikken',
    newProducts: 'Nye varer i e-conomic',
    economicCalls: 'kald til e-conomic',
    intoDay: (date) => `kommer med i dagsopgørelsen for ${date}`,
    daySummary: (date, currency, orders, refunds) => `Dagsopgørelse ${date} (${currency}): ${orders} ordrer, ${refunds} refunderinger`,
    dayClosed: 'dagen er lukket: næste synkronisering fakturerer den',
    dayOpen: (closesAt) => `dagen er åben til ${closesAt}`,
    voucherIn: (journal) => `Bilag i kassekladde ${journal}, til bogføreren`,
    noJournal: '(ingen valgt)',
    dayClosedJournal: 'dagen er lukket: næste synkronisering lægger den i kassekladden',
    voucherColumns: ['Betalingsmetode', 'Konto (debet)', 'Modkonto (kredit)', 'Momskode', 'Beløb inkl. moms', 'Heraf moms'],
  },
  en: {
    outcome: { book: 'booked', draft: 'created as a draft', 'skipped-by-rule': 'skipped by a rule', 'held-for-review': 'waits for approval', blocked: 'stopped' },
    nothingWaiting: 'No orders are waiting to be transferred.',
    order: 'Order',
    fix: 'Fix',
    customer: 'Customer',
    newCustomer: 'new',
    vatZone: 'VAT zone',
    paymentTerms: 'payment terms',
    columns: ['Product', 'Description', 'Qty', 'Unit price', 'VAT %'],
    net: 'Net',
    vat: 'VAT',
    rounding: 'rounding',
    gross: 'gross',
    shop: 'shop',
    newProducts: 'New products in e-conomic',
    economicCalls: 'e-conomic calls',
    intoDay: (date) => `goes into the daily summary of ${date}`,
    daySummary: (date, currency, orders, refunds) => `Daily summary ${date} (${currency}): ${orders} orders, ${refunds} refunds`,
    dayClosed: 'the day has closed: the next sync invoices it',
    dayOpen: (closesAt) => `the day is open until ${closesAt}`,
    voucherIn: (journal) => `Voucher in journal ${journal}, for the accountant`,
    noJournal: '(none chosen)',
    dayClosedJournal: 'the day has closed: the next sync puts it in the journal',
    voucherColumns: ['Payment method', 'Account (debit)', 'Contra account (credit)', 'VAT code', 'Amount incl. VAT', 'Of which VAT'],
  },
};
