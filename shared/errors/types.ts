/**
 * Shapes of the error catalogue. Every problem LedgerBridge can meet has a stable
 * code (LB-xxxx), texts for the shop owner in Danish and English with a concrete
 * fix, and flags the engine and the UI act on.
 */
import type { Lang } from '../i18n/lang';
import type { ParamName } from './params';

export type { Lang };
export type Severity = 'info' | 'warning' | 'error' | 'critical';

/**
 * The thousands digit of a code is its category:
 * 1xxx shop data, 2xxx setup and mapping, 3xxx e-conomic validation, 4xxx connectivity,
 * 5xxx rate limits and budget, 6xxx mail and PDF, 7xxx booking flow (licence gates,
 * rules, cancellations, refunds, duplicates), 9xxx internal.
 */
export type Category = 'shop-data' | 'setup' | 'economic' | 'connectivity' | 'limits' | 'mail' | 'booking' | 'internal';

export interface Texts {
  /** Short headline, e.g. for a list row or a desktop notification. */
  title: string;
  /** What happened, naming the order and the value involved. */
  message: string;
  /**
   * What to change and where, in the owner's own tools. A place in LedgerBridge itself
   * is written as `[[placeId]]` (shared/i18n/places.ts): it renders as the path there,
   * and the app shows a button that goes there.
   */
  fix: string;
}

export interface CatalogueEntry<P extends readonly ParamName[] = readonly ParamName[]> {
  category: Category;
  severity: Severity;
  /** True when LedgerBridge tries again by itself and the owner need not act at once. */
  retriesItself: boolean;
  /** A mapping prompt ("map this new payment method") rather than a failure. */
  mapThis: boolean;
  /** True when the order cannot be transferred until this is fixed. */
  blocksOrder: boolean;
  /**
   * Every placeholder the texts use. Whoever raises the code must pass each of them
   * (the compiler checks it, see `ProblemReport`), so no text shows a blank.
   */
  params: P;
  da: Texts;
  en: Texts;
}

export type ParamValue = string | number | null | undefined;
export type Params = Partial<Record<ParamName, ParamValue>>;

/** Technical details for support; never shown as the main text. */
export interface TechnicalDetail {
  httpStatus?: number;
  logId?: string;
  fieldPath?: string;
  requestId?: string;
  economicErrorCode?: string;
  message?: string;
}
