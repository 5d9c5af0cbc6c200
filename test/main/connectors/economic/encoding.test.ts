import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeProductNumber, filterValue } from '../../../../main/connectors/economic';

describe('filterValue', () => {
  it('escapes every character that has a meaning in the filter language', () => {
    expect(filterValue('a$b(c)d*e,f[g]h')).toBe('a$$b$(c$)d$*e$,f$[g$]h');
  });

  it('leaves ordinary order references untouched', () => {
    expect(filterValue('wc-123')).toBe('wc-123');
    expect(filterValue('shopify:#1001 Æblegrød')).toBe('shopify:#1001 Æblegrød');
  });

  it('never leaves an unescaped special character behind', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        // Removing every "$x" pair must leave no special character at all.
        const rest = filterValue(s).replace(/\$[$()*,[\]]/g, '');
        expect(rest).not.toMatch(/[$()*,[\]]/);
      }),
    );
  });
});

describe('encodeProductNumber', () => {
  it("matches e-conomic's documented example", () => {
    expect(encodeProductNumber('My Awesome Product_Discount5%')).toBe('My_9_Awesome_9_Product_8_Discount5_3_');
  });

  it('maps each special character to its code', () => {
    const pairs: Array<[string, string]> = [
      ['<', '_0_'], ['>', '_1_'], ['*', '_2_'], ['%', '_3_'], [':', '_4_'], ['&', '_5_'], ['/', '_6_'],
      ['\\', '_7_'], ['_', '_8_'], [' ', '_9_'], ['?', '_10_'], ['.', '_11_'], ['#', '_12_'], ['+', '_13_'],
    ];
    for (const [ch, code] of pairs) expect(encodeProductNumber(`a${ch}b`)).toBe(`a${code}b`);
  });

  it('URL-encodes everything else, e.g. Danish letters', () => {
    expect(encodeProductNumber('æble-1')).toBe('%C3%A6ble-1');
    expect(encodeProductNumber('p-1')).toBe('p-1');
  });

  it('always yields a single safe path segment', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 25 }), (s) => {
        expect(encodeProductNumber(s)).toMatch(/^[A-Za-z0-9_\-!~'()%]+$/);
      }),
    );
  });
});
