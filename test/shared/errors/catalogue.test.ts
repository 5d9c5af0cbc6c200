import { describe as suite, expect, it } from 'vitest';
import { CATALOGUE, CODES, ERROR_CODES, describe, fieldWords, formatAmount, MISSING_VALUE, PARAM_NAMES, placeholdersIn, placeTokensIn, type ParamName } from '../../../shared/errors';
import { isPlaceId, PLACES, SCREEN_NAMES, SCREENS } from '../../../shared/i18n/places';
import { SUPERVISED_PERIOD_SYNONYMS } from '../../../shared/i18n/terms';

const LANGS = ['da', 'en'] as const;

suite('error catalogue', () => {
  it('gives every code a Danish and an English title, message and fix', () => {
    for (const code of ERROR_CODES) {
      for (const lang of LANGS) {
        const t = CATALOGUE[code][lang];
        expect(t.title.trim(), `${code} ${lang} title`).not.toBe('');
        expect(t.message.trim(), `${code} ${lang} message`).not.toBe('');
        expect(t.fix.trim(), `${code} ${lang} fix`).not.toBe('');
      }
      // The Danish text is written for Danes, not a copy of the English one.
      expect(CATALOGUE[code].da.message).not.toBe(CATALOGUE[code].en.message);
    }
  });

  it('uses only placeholders the entry declares, and declares only known names', () => {
    for (const code of ERROR_CODES) {
      const entry = CATALOGUE[code];
      for (const name of entry.params) expect(PARAM_NAMES, `${code} declares ${name}`).toContain(name);
      for (const lang of LANGS) {
        const { title, message, fix } = entry[lang];
        for (const name of placeholdersIn(title + message + fix)) {
          expect(entry.params, `${code} ${lang} uses {${name}}`).toContain(name);
        }
      }
    }
  });

  it('keeps codes in the category of their thousands digit', () => {
    const byDigit: Record<string, string> = { '1': 'shop-data', '2': 'setup', '3': 'economic', '4': 'connectivity', '5': 'limits', '6': 'mail', '7': 'booking', '9': 'internal' };
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^LB-\d{4}$/);
      expect(CATALOGUE[code].category, code).toBe(byDigit[code[3]]);
    }
  });

  it('marks mapping prompts as map-this, and only warnings and errors as blocking', () => {
    expect(CATALOGUE[CODES.paymentMethodUnmapped].mapThis).toBe(true);
    expect(CATALOGUE[CODES.shippingMethodUnmapped].mapThis).toBe(true);
    expect(CATALOGUE[CODES.vatRateWithoutProductGroup].mapThis).toBe(true);
    expect(CATALOGUE[CODES.missingSku].mapThis).toBe(false);
    for (const code of ERROR_CODES) if (CATALOGUE[code].severity === 'info') expect(CATALOGUE[code].blocksOrder, code).toBe(false);
    expect(CATALOGUE[CODES.economicUnreachable].retriesItself).toBe(true);
    expect(CATALOGUE[CODES.economicAuthFailed].retriesItself).toBe(false);
  });
});

suite('describe', () => {
  it('renders a Danish message by default that names the order and the value', () => {
    const d = describe(CODES.paymentMethodUnmapped, { orderNumber: '1042', paymentMethod: 'Klarna' });
    expect(d.title).toBe('Ny betalingsmetode: vælg hvordan den bogføres');
    expect(d.message).toContain('Ordre 1042');
    expect(d.message).toContain('"Klarna"');
    expect(d.fix).toContain('i LedgerBridge under Opsætning → "Betalingsmetoder"');
    expect(d.places).toEqual(['setup.paymentMethods']);
    expect(d.mapThis).toBe(true);
  });

  it('renders English when asked', () => {
    const d = describe(CODES.missingSku, { orderNumber: '7', line: 2, product: 'Mug' }, 'en');
    expect(d.message).toBe('Order 7 cannot be transferred: the product "Mug" on line 2 has no SKU, so LedgerBridge cannot find it in e-conomic.');
    expect(d.fix).toContain('Inventory → SKU');
  });

  it('shows both totals in the owner\'s number format', () => {
    const da = describe(CODES.economicTotalMismatch, { orderNumber: '5', shopTotal: '1234.5', economicTotal: '1234.75', difference: '0.25', tolerance: '0.05', currency: 'DKK' });
    expect(da.message).toContain('1.234,75 kr.');
    expect(da.message).toContain('1.234,50 kr.');
    expect(da.message).toContain('forskellen på 0,25 kr.'.replace('f', 'F'));
    const en = describe(CODES.economicTotalMismatch, { orderNumber: '5', shopTotal: '1234.5', economicTotal: '1234.75', difference: '0.25', tolerance: '0.05', currency: 'EUR' }, 'en');
    expect(en.message).toContain('EUR 1,234.75');
  });

  it('renders missing parameters as a dash, never "undefined" or a raw placeholder', () => {
    for (const code of ERROR_CODES) {
      for (const lang of LANGS) {
        const d = describe(code, {}, lang);
        const all = d.title + d.message + d.fix;
        expect(all, code).not.toMatch(/\bundefined\b|\bnull\b|\{[a-zA-Z]+\}/);
        if (CATALOGUE[code].params.length > 0 && placeholdersIn(CATALOGUE[code][lang].message).length > 0) expect(all, code).toContain(MISSING_VALUE);
      }
    }
  });

  it('names e-conomic fields in plain words', () => {
    expect(fieldWords('lines[2].unitNetPrice', 'en')).toBe('the unit price on line 3');
    expect(fieldWords('lines[0].description', 'da')).toBe('varebeskrivelsen på linje 1');
    expect(describe(CODES.fieldTooLong, { orderNumber: '9', field: 'recipient.name', max: 250, length: 300 }).message).toBe(
      'Ordre 9: kundens navn på fakturaen fylder 300 tegn, men e-conomic tillader højst 250 tegn.',
    );
    expect(fieldWords('somethingNew.path', 'da')).toBe('somethingNew.path');
  });

  it('still renders a code it does not know, as an internal error naming it', () => {
    const d = describe('LB-8888', {}, 'en');
    expect(d.code).toBe('LB-8888');
    expect(d.message).toContain('LB-8888');
    expect(d.severity).toBe('error');
  });

  it('formats amounts without floats', () => {
    expect(formatAmount('1234567.891', 'da')).toBe('1.234.567,891');
    expect(formatAmount('-0.5', 'en')).toBe('-0.50');
    expect(formatAmount('abc', 'en')).toBe('abc');
  });
});

/** Values a caller would pass for each parameter: never empty, so a blank in the output is the text's fault. */
const SAMPLE: Record<ParamName, string | number> = {
  orderNumber: '1042', sku: 'KR-210', product: 'Kaffekrus', line: 2, quantity: '-1', paymentMethod: 'MobilePay', shippingMethod: 'GLS Pakkeshop',
  vatRate: '12.5', field: 'recipient.name', max: 250, length: 300, shopTotal: '751.5', economicTotal: '751.25', computedTotal: '751.25', difference: '0.25',
  tolerance: '0.05', country: 'DE', currency: 'DKK', vatNumber: 'DE123456789', email: 'kunde@example.dk', date: '2026-03-31', plan: 'Basis', missing: 'prøven',
  rule: 'Bankoverførsel godkendes', draftNumber: 17, invoiceNumber: 20017, refundId: '562', value: 'x', detail: 'serveren svarede 550', platform: 'WooCommerce',
  count: 3, journalNumber: 1, voucherNumber: 12, account: '1010 Salg af varer, indland', step: 'Webshop', connection: 'e-conomic', orderId: '727', logId: '12', recipients: 'a@example.dk, b@example.dk',
  orders: '1042, 1043', vatRates: '19, 7', productGroup: '11 Salg DE 19 %', vatCode: 'DE19', agreement: '123456', licensedAgreement: '654321', pcTime: '2026-03-31 10:00', economicTime: '2026-03-31 10:07', version: '2025-01',
  address: 'https://butik.dk', movedTo: 'https://www.butik.dk', scope: 'read_orders', from: '2026-01-01', oldest: '2026-10-08', cause: 'wooCommerceMissing',
  rounding: '0.12', roundingBound: '0.11', shop: 'nordlys', shops: 'nordlys, sverige', firstShop: 'butik', vouchers: '2026-17, 2026-18', accounts: '1010, 5820, U25',
  file: '/home/ejer/.config/LedgerBridge/profiles/se/ledger.sqlite',
};

suite('catalogue texts lead somewhere and never show a blank', () => {
  it('render every entry in both languages with exactly the values it declares, without a blank or a raw slot', () => {
    for (const code of ERROR_CODES) {
      const params = Object.fromEntries(CATALOGUE[code].params.map((name) => [name, SAMPLE[name]]));
      for (const lang of LANGS) {
        const d = describe(code, params, lang);
        const all = `${d.title}\n${d.message}\n${d.fix}`;
        expect(all, `${code} ${lang}`).not.toContain(MISSING_VALUE);
        expect(all, `${code} ${lang}`).not.toMatch(/\{[a-zA-Z]+\}|\[\[|\]\]|\bundefined\b|\bnull\b|\bNaN\b/);
      }
    }
  });

  it('declares only parameters its texts show (or the currency its amounts are written in)', () => {
    for (const code of ERROR_CODES) {
      const entry = CATALOGUE[code];
      const used = new Set(LANGS.flatMap((l) => placeholdersIn(entry[l].title + entry[l].message + entry[l].fix)));
      for (const name of entry.params) {
        const placeOrder = name === 'orderNumber' && LANGS.some((l) => placeTokensIn(entry[l].fix).some((id) => isPlaceId(id) && PLACES[id].scope === 'order'));
        if (name === 'currency' || placeOrder) continue;
        expect(used.has(name), `${code} declares {${name}} but never shows it`).toBe(true);
      }
    }
  });

  it('names places in LedgerBridge only as known places, the same ones in Danish and English', () => {
    for (const code of ERROR_CODES) {
      const da = placeTokensIn(CATALOGUE[code].da.fix);
      const en = placeTokensIn(CATALOGUE[code].en.fix);
      for (const id of [...da, ...en]) expect(isPlaceId(id), `${code}: [[${id}]]`).toBe(true);
      expect(en, code).toEqual(da);
      for (const lang of LANGS) {
        const { title, message } = CATALOGUE[code][lang];
        expect(placeTokensIn(title + message), `${code} ${lang}: places belong in the fix`).toEqual([]);
      }
    }
  });

  it('never describes a place in LedgerBridge in prose, which could name a screen or button that does not exist', () => {
    // "Ordrer" and "Indstillinger" are menus of the shops and e-conomic too, which fixes rightly name.
    const sharedWithOtherTools = new Set(['orders', 'settings']);
    const screenNames = SCREENS.filter((s) => !sharedWithOtherTools.has(s)).flatMap((s) => [SCREEN_NAMES[s].da, SCREEN_NAMES[s].en]);
    const controlNames = Object.values(PLACES).flatMap((p) => [p.name.da, p.name.en]);
    for (const code of ERROR_CODES) {
      for (const lang of LANGS) {
        const fix = CATALOGUE[code][lang].fix.replace(/\[\[[a-zA-Z.]+\]\]/g, '[[place]]');
        expect(fix, `${code} ${lang}`).not.toMatch(/LedgerBridge under (?!\[\[place\]\])/);
        for (const screen of screenNames) {
          expect(fix, `${code} ${lang} names the screen "${screen}" in prose`).not.toMatch(new RegExp(`(under|\\() ?${screen}\\b(?! →)|\\(${screen} →`));
          // A path written out ("Opsætning → Licens", "Setup → Plan (Licence key)") may name a step that does not exist.
          expect(fix, `${code} ${lang} writes a path from "${screen}" in prose`).not.toMatch(new RegExp(`(^|[^\\w-])${screen} →`));
        }
        for (const control of controlNames) expect(fix, `${code} ${lang} quotes the button "${control}" in prose`).not.toContain(`"${control}"`);
      }
    }
  });

  it('gives an order-scoped place the order it belongs to', () => {
    const d = describe(CODES.internal, { orderNumber: '1042', detail: 'x' });
    expect(d.fix).toContain('under Ordrer → ordre 1042 → "Prøv igen"');
    expect(describe(CODES.internal, { orderNumber: '1042', detail: 'x' }, 'en').fix).toContain('under Orders → order 1042 → "Retry"');
  });

  it('names the shop switcher by the sidebar it sits in, beside every screen', () => {
    expect(describe(CODES.shopNotChanged, { detail: 'x' }).fix).toBe('Vælg en af butikkerne i listen "Butik" i sidepanelet; en butik fjernes med "Fjern butik" i sidepanelet, så længe der er en anden butik tilbage.');
    expect(describe(CODES.shopNotChanged, { detail: 'x' }, 'en').fix).toBe('Choose one of the shops in the list "Shop" in the sidebar; a shop is removed with "Remove shop" in the sidebar, as long as another shop remains.');
    expect(describe(CODES.shopNotChanged, { detail: 'x' }).places).toEqual(['shops.choose', 'shops.remove']);
  });

  it('uses one name for the supervised period', () => {
    for (const code of ERROR_CODES) {
      for (const lang of LANGS) {
        const { title, message, fix } = CATALOGUE[code][lang];
        for (const synonym of SUPERVISED_PERIOD_SYNONYMS) expect(title + message + fix, code).not.toMatch(synonym);
      }
    }
  });

  it('names a day split over several vouchers as a sentence does, in the reader\'s language: "bilag 17 og 18", not "17, 18"', () => {
    const split = { date: '2026-03-02', currency: 'DKK', journalNumber: 1, voucherNumber: '17, 18', count: 3, shopTotal: '797.00' };
    expect(describe('LB-7022', split, 'da').message).toContain('ligger som bilag 17 og 18 i kassekladde 1');
    expect(describe('LB-7022', split, 'en').message).toContain('is voucher 17 and 18 in journal 1');
    expect(describe('LB-7022', { ...split, voucherNumber: 17 }, 'da').message).toContain('ligger som bilag 17 i kassekladde 1');
    const differs = { date: '2026-03-02', currency: 'DKK', journalNumber: 1, vouchers: '6, 7, 8', shopTotal: '299.00', economicTotal: '289.00', accounts: '1010, 5820' };
    expect(describe(CODES.dayVoucherAnswerDiffers, differs, 'da').message).toContain('e-conomic svarede med bilag 6, 7 og 8,');
    // Written by an earlier version as e-conomic's keys: shown as written.
    expect(describe(CODES.dayVoucherAnswerDiffers, { ...differs, vouchers: '2026-6' }, 'en').message).toContain('answered with voucher 2026-6,');
  });
});
