import type { Lang } from '../../i18n/lang';
import { z } from 'zod';
import { isoDateTime, problemSchema } from './common';
import { dryRunInvoiceSchema } from './operations';
import { wizardStepSchema } from './setup';

/**
 * The wizard's last step: a check that runs every part of the setup against the real
 * shop, e-conomic and mail server, now. A line is `ok` only when it was tested in this
 * run; `warn` tells something worth knowing that does not stop the setup; `fail` does.
 */
export const CHECK_LINES = ['steps', 'licence', 'shop', 'economic', 'accountingYears', 'mail', 'currencies', 'paymentMethods', 'vatRates', 'dayJournal', 'rules', 'dryRun'] as const;
export const checkLineIdSchema = z.enum(CHECK_LINES);
export type CheckLineId = z.infer<typeof checkLineIdSchema>;

export const checkLineSchema = z.object({
  id: checkLineIdSchema,
  status: z.enum(['ok', 'warn', 'fail']),
  /** Values the UI words the line with (names, counts, addresses), already in display form. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** The steps this line concerns (unsaved steps; where to fix). */
  steps: z.array(wizardStepSchema).default([]),
  /** What went wrong, from the catalogue, when a live test failed. */
  problem: problemSchema.nullable().default(null),
});
export type CheckLine = z.infer<typeof checkLineSchema>;

export const setupCheckSchema = z.object({
  ranAt: isoDateTime,
  /** No line failed: the setup may be saved and started. */
  ready: z.boolean(),
  lines: z.array(checkLineSchema),
  /** The invoices the shop's newest orders would become, newest first. */
  invoices: z.array(dryRunInvoiceSchema),
  /** Where the first sync starts: the oldest order of the dry run, so it books what the dry run showed. */
  firstSyncFrom: isoDateTime.nullable(),
});
export type SetupCheck = z.infer<typeof setupCheckSchema>;

/** Saving the setup: refused with the reason unless the latest check ran after the last change and found nothing red. */
export const wizardFinishResponse = z.object({ finished: z.literal(true), profileName: z.string() });

/** The check's line names, for the UI and for the service's "not ready" answer alike. */
export const CHECK_LINE_TITLES: Record<Lang, Record<CheckLineId, string>> = {
  da: {
    steps: 'Alle trin',
    licence: 'Licens',
    shop: 'Webshop',
    economic: 'e-conomic',
    accountingYears: 'Regnskabsår',
    mail: 'Mailserver',
    currencies: 'Valuta',
    paymentMethods: 'Betalingsmetoder',
    vatRates: 'Moms',
    dayJournal: 'Kassekladde',
    rules: 'Regler',
    dryRun: 'Prøvekørsel',
  },
  en: {
    steps: 'All steps',
    licence: 'Licence',
    shop: 'Web shop',
    economic: 'e-conomic',
    accountingYears: 'Accounting years',
    mail: 'Mail server',
    currencies: 'Currencies',
    paymentMethods: 'Payment methods',
    vatRates: 'VAT',
    dayJournal: 'Journal',
    rules: 'Rules',
    dryRun: 'Dry run',
  },
};
