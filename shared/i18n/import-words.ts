import type { Lang, PluralWords } from './lang';

/** The words of importing the shop's earlier orders on the command line: preview, progress and outcome. */
export const IMPORT_WORDS: Record<
  Lang,
  {
    orders: PluralWords;
    /** After the count on the progress line: "2500/5000 ordrer". */
    ordersOfTotal: string;
    previewHeading: (from: string) => string;
    wouldTransfer: string;
    /** postingUnit "day": orders into day summaries, and the day invoices they make. */
    intoDays: string;
    dayInvoices: string;
    alreadyHandled: string;
    keptByRules: string;
    wouldFail: string;
    order: string;
    done: string;
    pausedBudget: (processed: number, total: number) => string;
    paused: (processed: number, total: number) => string;
  }
> = {
  da: {
    orders: { one: '{count} ordre', other: '{count} ordrer' },
    ordersOfTotal: 'ordrer',
    previewHeading: (from) => `Import fra ${from}`,
    wouldTransfer: 'overføres:',
    intoDays: '  i dagsopgørelser:',
    dayInvoices: '  dagsfakturaer:',
    alreadyHandled: 'allerede overført:',
    keptByRules: 'holdes af regler:',
    wouldFail: 'vil fejle:',
    order: 'ordre',
    done: 'Importen er færdig',
    pausedBudget: (processed, total) => `Importen er sat på pause ved ${processed}/${total}: dagens kvote af kald til e-conomic er brugt. Kør kommandoen igen i morgen for at fortsætte.`,
    paused: (processed, total) => `Importen er sat på pause ved ${processed}/${total}. Kør kommandoen igen for at fortsætte.`,
  },
  en: {
    orders: { one: '{count} order', other: '{count} orders' },
    ordersOfTotal: 'orders',
    previewHeading: (from) => `Import from ${from}`,
    wouldTransfer: 'would transfer:',
    intoDays: '  into daily summaries:',
    dayInvoices: '  day invoices:',
    alreadyHandled: 'already transferred:',
    keptByRules: 'kept by rules:',
    wouldFail: 'would fail:',
    order: 'order',
    done: 'The import is done',
    pausedBudget: (processed, total) => `The import paused at ${processed}/${total}: today's e-conomic call budget is used up. Run the command again tomorrow to continue.`,
    paused: (processed, total) => `The import paused at ${processed}/${total}. Run the command again to continue.`,
  },
};
