import { CODES } from '../../shared/errors';

/**
 * Catalogue codes (shared/errors) the engine itself records as an order's reason.
 * Validation and e-conomic errors bring their own codes through the mappers.
 */
export const REASON = {
  awaitingManualBooking: 'LB-7001',
  keptByRule: 'LB-7002',
  cancelledSkipped: 'LB-7003',
  draftDeletedCancelled: 'LB-7004',
  skippedByRule: 'LB-7007',
  /** A draft that waited when the owner switched automatic posting on for new orders only. */
  leftForOwner: 'LB-7010',
  skippedByOwner: 'LB-7011',
  totalsMismatch: 'LB-3001',
  linesDoNotAddUp: 'LB-3020',
  dayTotalMismatch: 'LB-3021',
  dayRoundingTooLarge: 'LB-3022',
  dayWaitsForOrders: 'LB-7020',
  dayBooked: 'LB-7021',
  /** A day's draft invoice deleted by hand in e-conomic: the day waits for the owner's retry. */
  dayDraftGone: CODES.dayDraftGone,
  /** A day's voucher deleted from the journal by hand before it was booked: the day waits for the owner's retry. */
  dayVoucherGone: CODES.dayVoucherGone,
  draftGone: 'LB-3010',
  missingSku: 'LB-1001',
  skuNotInEconomic: 'LB-2001',
  vatRateUnmapped: 'LB-2004',
  ossProductGroupProposed: 'LB-2031',
  currencyNotEnabled: 'LB-2005',
  internal: 'LB-9001',
} as const;
