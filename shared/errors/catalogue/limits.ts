import { entry } from './define';

/** 5xxx: rate limits and the daily fair-use budget. */
export const LIMITS = {
  'LB-5001': entry({
    category: 'limits',
    severity: 'info',
    retriesItself: true,
    params: [],
    da: {
      title: 'e-conomic beder LedgerBridge vente',
      message: 'e-conomic har midlertidigt begrænset antallet af kald. LedgerBridge sænker farten og fortsætter af sig selv.',
      fix: 'Du behøver ikke gøre noget. Sker det hver dag, så kontakt support; e-conomic kan give en højere grænse.',
    },
    en: {
      title: 'e-conomic asks LedgerBridge to wait',
      message: 'e-conomic has temporarily limited the number of calls. LedgerBridge slows down and continues by itself.',
      fix: 'Nothing needs doing. If it happens every day, contact support; e-conomic can grant a higher limit.',
    },
  }),
  'LB-5002': entry({
    category: 'limits',
    severity: 'warning',
    retriesItself: true,
    blocksOrder: false,
    params: ['max'],
    da: {
      title: 'Dagens grænse for kald til e-conomic er nået',
      message: 'LedgerBridge har brugt de {max} kald til e-conomic, som fair use tillader pr. døgn. Resten af ordrerne overføres, når døgnet er gået.',
      fix: 'Du behøver ikke gøre noget; intet går tabt. Importerer du mange gamle ordrer, så fordel importen over flere dage.',
    },
    en: {
      title: "Today's limit of calls to e-conomic is reached",
      message: 'LedgerBridge has used the {max} calls to e-conomic that fair use allows per 24 hours. The remaining orders are transferred when the 24 hours have passed.',
      fix: 'Nothing needs doing; nothing is lost. If you are importing many old orders, spread the import over several days.',
    },
  }),
  'LB-5003': entry({
    category: 'limits',
    severity: 'info',
    retriesItself: true,
    params: ['platform'],
    da: {
      title: 'Shoppen beder LedgerBridge vente',
      message: '{platform} har midlertidigt begrænset antallet af kald. LedgerBridge venter og fortsætter af sig selv.',
      fix: 'Du behøver ikke gøre noget.',
    },
    en: {
      title: 'The shop asks LedgerBridge to wait',
      message: '{platform} has temporarily limited the number of calls. LedgerBridge waits and continues by itself.',
      fix: 'Nothing needs doing.',
    },
  }),
} as const;
