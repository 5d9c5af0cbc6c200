import { describe as suite, expect, it } from 'vitest';
import { CATALOGUE, CODES, ERROR_CODES, describe, fieldWords, formatAmount, MISSING_VALUE, PARAM_NAMES, placeholdersIn } from '../../../shared/errors';

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
    expect(d.fix).toContain('Opsætning → Betalingsmetoder');
    expect(d.mapThis).toBe(true);
  });

  it('renders English when asked', () => {
    const d = describe(CODES.missingSku, { orderNumber: '7', line: 2, product: 'Mug' }, 'en');
    expect(d.message).toBe('Order 7 cannot be transferred: the product "Mug" on line 2 has no SKU, so LedgerBridge cannot find it in e-conomic.');
    expect(d.fix).toContain('Inventory → SKU');
  });

  it('shows both totals in the owner\'s number format', () => {
    const da = describe(CODES.economicTotalMismatch, { orderNumber: '5', shopTotal: '1234.5', economicTotal: '1234.75', difference: '0.25', tolerance: '0.05', currency: 'DKK' });
    expect(da.message).toContain('1.234,75 DKK');
    expect(da.message).toContain('1.234,50 DKK');
    const en = describe(CODES.economicTotalMismatch, { orderNumber: '5', shopTotal: '1234.5', economicTotal: '1234.75', difference: '0.25', tolerance: '0.05', currency: 'DKK' }, 'en');
    expect(en.message).toContain('1,234.75 DKK');
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
