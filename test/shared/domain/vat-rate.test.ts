import { describe, expect, it } from 'vitest';
import { formatVatRate, highestHomeRateGroup, ossGroupsOf, parseProductGroupKey, parseVatRate, splitProductGroupKey, withOssGroups } from '../../../shared/domain/vat-rate';

describe('VAT rates as people type them', () => {
  it('reads a Danish decimal comma as a decimal: "12,5" is 12.5 %, never 125 %', () => {
    expect(parseVatRate('12,5')).toBe('12.5');
    expect(parseVatRate('12.5')).toBe('12.5');
    expect(parseVatRate(' 25 % ')).toBe('25');
    expect(parseVatRate('25,00')).toBe('25');
    expect(parseVatRate('0')).toBe('0');
    expect(parseVatRate('07')).toBe('7');
    expect(parseVatRate('100')).toBe('100');
  });

  it('refuses what is not a rate from 0 to 100', () => {
    for (const text of ['', '125', '100,5', '-5', '12,5,0', 'abc', '12 5']) expect(parseVatRate(text), text).toBeNull();
  });

  it('writes a rate the way the language does', () => {
    expect(formatVatRate('12.5', 'da')).toBe('12,5');
    expect(formatVatRate('12.5', 'en')).toBe('12.5');
    expect(formatVatRate('25', 'da')).toBe('25');
  });
});

describe('product group keys as people type them', () => {
  it('reads a country and rate as the One-Stop-Shop key, whatever the case and separator', () => {
    expect(parseProductGroupKey('DE:19')).toBe('DE:19');
    expect(parseProductGroupKey('de 19')).toBe('DE:19');
    expect(parseProductGroupKey('FR:5,5 %')).toBe('FR:5.5');
    expect(parseProductGroupKey('12,5')).toBe('12.5');
  });

  it('refuses a country without a rate, or a rate outside 0 to 100', () => {
    for (const text of ['DE', 'DE:', 'DE:125', 'DEU:19', ':19']) expect(parseProductGroupKey(text), text).toBeNull();
  });

  it('splits a key into its country and rate', () => {
    expect(splitProductGroupKey('DE:7')).toEqual({ country: 'DE', rate: '7' });
    expect(splitProductGroupKey('25')).toEqual({ country: null, rate: '25' });
  });
});

describe('the highest home rate of a profile', () => {
  it('is the highest plain rate with its group; One-Stop-Shop keys are other countries\' rates and never count', () => {
    expect(highestHomeRateGroup({ '0': 2, '25': 1, '12.5': 4, 'HU:27': 30, 'DE:19': 11 })).toEqual({ rate: '25', group: 1 });
    expect(highestHomeRateGroup({ 'DE:19': 11 })).toBeUndefined();
  });
});

describe('the One-Stop-Shop part of a profile\'s product groups', () => {
  it('is read apart from the home rates and replaced without touching them', () => {
    const groups = { '25': 1, '0': 2, 'DE:19': 11, 'SE:12': 4 };
    expect(ossGroupsOf(groups)).toEqual({ 'DE:19': 11, 'SE:12': 4 });
    // SE:12 removed, DE:7 added, DE:19 changed; 25 % and 0 % stay as they were.
    expect(withOssGroups(groups, { 'DE:19': 12, 'DE:7': 13 })).toEqual({ '25': 1, '0': 2, 'DE:19': 12, 'DE:7': 13 });
    expect(withOssGroups(groups, {})).toEqual({ '25': 1, '0': 2 });
  });
});
