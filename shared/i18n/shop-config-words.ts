import type { Lang, Words } from './lang';

/**
 * Why a shop's settings are not valid (LB-2009, its {cause}), in the owner's language. The
 * connectors name the cause where they find it (ShopError detail.cause); their own English
 * message goes only to the technical log. A cause this version does not know (or none) reads
 * as the generic sentence, so an owner never sees English inside a Danish text.
 */
export const SHOP_CONFIG_CAUSES = ['notAnAddress', 'insecureAddress', 'notWordPress', 'wooCommerceMissing', 'wooRestRouteMissing', 'missingCredentials'] as const;
export type ShopConfigCause = (typeof SHOP_CONFIG_CAUSES)[number];

/** The param value for a config failure without a known cause. */
export const UNKNOWN_SHOP_CONFIG_CAUSE = 'unknown';

const CAUSE_WORDS: Record<ShopConfigCause | typeof UNKNOWN_SHOP_CONFIG_CAUSE, Words> = {
  notAnAddress: {
    da: 'shoppens adresse er ikke en webadresse; skriv den som fx https://butik.dk',
    en: 'the shop address is not a web address; write it as, e.g., https://butik.dk',
  },
  insecureAddress: {
    da: 'shoppens adresse begynder ikke med https://, så nøglerne ville blive sendt ukrypteret; skriv adressen med https://',
    en: 'the shop address does not start with https://, so the keys would travel unencrypted; write the address with https://',
  },
  notWordPress: {
    da: 'adressen fører ikke til et WordPress-site med REST API slået til; brug selve WordPress-sitets adresse, fx https://butik.dk',
    en: 'the address does not lead to a WordPress site with its REST API switched on; use the address of the WordPress site itself, e.g. https://butik.dk',
  },
  wooCommerceMissing: {
    da: 'WordPress svarer, men WooCommerces REST API mangler; WooCommerce (3.5 eller nyere) skal være installeret og aktiveret under Plugins i WordPress',
    en: "WordPress answers, but WooCommerce's REST API is missing; WooCommerce (3.5 or newer) must be installed and activated under Plugins in WordPress",
  },
  wooRestRouteMissing: {
    da: 'shoppen har intet WooCommerce REST API på adressen; WooCommerce skal være aktiveret, og permalinks må ikke stå på "Almindelig" (WordPress: Indstillinger → Permalinks)',
    en: 'the shop has no WooCommerce REST API at the address; WooCommerce must be activated, and permalinks must not be set to "Plain" (WordPress: Settings → Permalinks)',
  },
  missingCredentials: {
    da: 'Shopify kræver appens Admin API-adgangstoken eller dens klient-id og klienthemmelighed',
    en: "Shopify needs the app's Admin API access token, or its client ID and client secret",
  },
  unknown: {
    da: 'shoppens svar passer ikke til det, LedgerBridge forventer (detaljerne står i den tekniske log)',
    en: "the shop's answer does not fit what LedgerBridge expects (the details are in the technical log)",
  },
};

export function isShopConfigCause(value: string): value is ShopConfigCause {
  return (SHOP_CONFIG_CAUSES as readonly string[]).includes(value);
}

/** The cause in words; an unknown one as the generic sentence. */
export function shopConfigCauseWords(cause: string, lang: Lang): string {
  return CAUSE_WORDS[isShopConfigCause(cause) ? cause : UNKNOWN_SHOP_CONFIG_CAUSE][lang];
}
