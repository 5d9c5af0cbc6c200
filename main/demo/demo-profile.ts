import type { Platform } from '../../shared/domain/order';
import type { ProfileInput } from '../../shared/profile/schema';
import { DEMO_LICENCE } from './demo-licence';
import type { Sandboxes } from './start-sandboxes';

/**
 * The demo profile: a Danish shop on the Standard plan in drafts mode whose supervised
 * period starts with the first sync, transferring orders that are paid, creating
 * missing products, with invoices from e-conomic mailed to the sandbox's SMTP catcher.
 * Bank transfers are never posted automatically (a rule), as many Danish shops want.
 */
export function demoProfile(input: {
  platform: Platform;
  shopUrl: string;
  economicUrl: string;
  smtp: { host: string; port: number };
}): ProfileInput {
  const woo = input.platform === 'woocommerce';
  const bankTransfer = woo ? 'bacs' : 'Bank Deposit';
  return {
    name: 'demo',
    language: 'da',
    shop: woo ? { platform: 'woocommerce', url: input.shopUrl, vatNumberMetaKey: '_vat_number' } : { platform: 'shopify', url: input.shopUrl, vatNumberMetaKey: 'vat_number' },
    economic: { url: input.economicUrl, concurrency: 4 },
    licence: DEMO_LICENCE,
    orderStages: woo ? ['processing', 'completed'] : ['paid:*'],
    invoiceSource: 'economic',
    bookingMode: 'drafts',
    customers: { mode: 'collective', collective: { DKK: 1, EUR: 2 }, customerGroupNumber: 1 },
    vatZones: { domestic: 1, eu: 2, abroad: 3 },
    homeCountry: 'DK',
    enabledCurrencies: ['DKK', 'EUR'],
    layoutNumber: 19,
    paymentTermsNumber: 1,
    paymentMethods: woo
      ? {
          mobilepay: { title: 'MobilePay', paymentTermsNumber: 3 },
          dankort: { title: 'Dankort', paymentTermsNumber: 3 },
          stripe: { title: 'Kreditkort', paymentTermsNumber: 3 },
          bacs: { title: 'Bankoverførsel', paymentTermsNumber: 1 },
        }
      : {
          MobilePay: { title: 'MobilePay', paymentTermsNumber: 3 },
          Dankort: { title: 'Dankort', paymentTermsNumber: 3 },
          shopify_payments: { title: 'Shopify Payments', paymentTermsNumber: 3 },
          'Bank Deposit': { title: 'Bankoverførsel', paymentTermsNumber: 1 },
          gift_card: { title: 'Gavekort', paymentTermsNumber: 3 },
        },
    productGroups: { '25': 1, '0': 2 },
    products: { shipping: 'FRAGT', fee: 'GEBYR', giftCard: 'GAVEKORT', discount: 'RABAT', rounding: 'AFRUNDING' },
    createMissingProducts: true,
    roundingTolerance: '0.05',
    rules: [
      {
        id: 'bank-transfer-manual',
        name: 'Bankoverførsler bogføres aldrig automatisk',
        enabled: true,
        when: [{ field: 'paymentMethod', op: 'eq', value: bankTransfer }],
        then: [{ type: 'keepAsDraft' }],
        stop: false,
      },
    ],
    // The demo shop's orders are from the autumn; a real installation starts from the last day.
    sync: { intervalMinutes: 5, overlapMinutes: 10, importFrom: '2026-01-01T00:00:00Z' },
    mail: {
      fromName: 'Demo Butik ApS',
      fromAddress: 'faktura@demo-butik.dk',
      replyTo: 'kundeservice@demo-butik.dk',
      smtp: { host: input.smtp.host, port: input.smtp.port, security: 'none' },
      templates: {},
    },
    notifications: { email: 'ejer@demo-butik.dk', digest: 'hourly', desktop: true },
  };
}

/** The demo profile against running sandboxes. */
export function demoProfileFor(sandboxes: Sandboxes): ProfileInput {
  const { shop, economic, smtp } = sandboxes.line;
  return demoProfile({ platform: shop.platform, shopUrl: shop.url, economicUrl: economic.url, smtp });
}
