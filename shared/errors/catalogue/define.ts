import type { CatalogueEntry } from '../types';

/** Fills the flags most entries share, so each entry states only what is special about it. */
export function entry(e: Omit<CatalogueEntry, 'retriesItself' | 'mapThis' | 'blocksOrder'> & Partial<CatalogueEntry>): CatalogueEntry {
  return { retriesItself: false, mapThis: false, blocksOrder: e.severity === 'error' || e.severity === 'critical', ...e };
}

export const WOO_SKU_DA = 'I WooCommerce: Produkter → rediger produktet → Produktdata → Lager → Varenummer (SKU). I Shopify: Produkter → vælg produktet → Lager → SKU.';
export const WOO_SKU_EN = 'In WooCommerce: Products → edit the product → Product data → Inventory → SKU. In Shopify: Products → open the product → Inventory → SKU.';
export const ORDER_DA = 'Ordren finder du i WooCommerce under WooCommerce → Ordrer og i Shopify under Ordrer.';
export const ORDER_EN = 'You find the order in WooCommerce under WooCommerce → Orders, and in Shopify under Orders.';
