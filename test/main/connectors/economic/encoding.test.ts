import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeProductNumber, filterValue } from '../../../../main/connectors/economic';
import { matches, parseFilter } from '../../../../main/sandbox/economic/filter';

describe('filterValue', () => {
  it('escapes $ ( ) * , and leaves square brackets alone, which e-conomic does not unescape', () => {
    expect(filterValue('a$b(c)d*e,f[g]h')).toBe('a$$b$(c$)d$*e$,f[g]h');
  });

  it('leaves ordinary order references untouched', () => {
    expect(filterValue('wc-123')).toBe('wc-123');
    expect(filterValue('shopify:#1001 Æblegrød')).toBe('shopify:#1001 Æblegrød');
  });

  it('finds exactly the record whose text it escaped, read by the strict sandbox parser', () => {
    const fields = { filterable: new Map([['name', 'all' as const]]), numeric: new Set<string>(), sortable: new Set<string>() };
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (name, other) => {
        const node = parseFilter(`name$eq:${filterValue(name)}`, fields);
        expect(matches(node, { name })).toBe(true);
        if (name.toLowerCase() !== other.toLowerCase()) expect(matches(node, { name: other })).toBe(false);
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
