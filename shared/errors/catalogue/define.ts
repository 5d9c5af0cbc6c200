import type { ParamName } from '../params';
import type { CatalogueEntry } from '../types';

type EntryInput<P extends readonly ParamName[]> = Omit<CatalogueEntry<P>, 'retriesItself' | 'mapThis' | 'blocksOrder'> & Partial<CatalogueEntry<P>>;

/**
 * Fills the flags most entries share, so each entry states only what is special about
 * it, and keeps the exact list of parameters in the type (for `ProblemReport`).
 */
export function entry<const P extends readonly ParamName[]>(e: EntryInput<P>): CatalogueEntry<P> {
  return { retriesItself: false, mapThis: false, blocksOrder: e.severity === 'error' || e.severity === 'critical', ...e };
}

export const WOO_SKU_DA = 'I WooCommerce: Produkter → rediger produktet → Produktdata → Lager → Varenummer (SKU). I Shopify: Produkter → vælg produktet → Lager → SKU.';
export const WOO_SKU_EN = 'In WooCommerce: Products → edit the product → Product data → Inventory → SKU. In Shopify: Products → open the product → Inventory → SKU.';
export const ORDER_DA = 'Ordren finder du i WooCommerce under WooCommerce → Ordrer og i Shopify under Ordrer.';
export const ORDER_EN = 'You find the order in WooCommerce under WooCommerce → Orders, and in Shopify under Orders.';
/** After a fix in the shop: the order is fetched again when it changes there, or at once with the retry button. */
export const RETRY_DA = 'Prøv derefter ordren igen i LedgerBridge under [[orders.retry]].';
export const RETRY_EN = 'Then retry the order in LedgerBridge under [[orders.retry]].';
export const SUPPORT_DA = 'lav en supportpakke i LedgerBridge under [[log.supportBundle]], og send den til os';
export const SUPPORT_EN = 'create a support bundle in LedgerBridge under [[log.supportBundle]] and send it to us';
