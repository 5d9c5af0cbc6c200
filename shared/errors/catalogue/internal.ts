import { entry } from './define';

/** 9xxx: our own faults. The owner cannot fix these; support can, from the technical details. */
export const INTERNAL = {
  'LB-9001': entry({
    category: 'internal',
    severity: 'error',
    params: ['orderNumber', 'detail'],
    da: {
      title: 'Uventet fejl i LedgerBridge',
      message: 'Ordre {orderNumber} kunne ikke behandles på grund af en fejl i LedgerBridge ({detail}). Intet er bogført dobbelt.',
      fix: 'Tryk "Prøv igen" på ordren under Ordrer. Sker det igen, så lav en supportpakke under Indstillinger → Support og send den til os.',
    },
    en: {
      title: 'Unexpected error in LedgerBridge',
      message: 'Order {orderNumber} could not be processed because of an error in LedgerBridge ({detail}). Nothing has been booked twice.',
      fix: 'Press "Retry" on the order under Orders. If it happens again, create a support bundle under Settings → Support and send it to us.',
    },
  }),
} as const;
