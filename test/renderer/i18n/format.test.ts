import { describe, expect, it } from 'vitest';
import { fill, formatAmount } from '../../../renderer/i18n/format';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';

describe('formatAmount', () => {
  it('writes Danish and English amounts from decimal strings without float rounding', () => {
    expect(formatAmount('1234.5', 'da', 'DKK')).toBe('1.234,50 DKK');
    expect(formatAmount('1234.5', 'en')).toBe('1,234.50');
    expect(formatAmount('-0.05', 'da')).toBe('-0,05');
    expect(formatAmount('9007199254740993.10', 'da')).toBe('9.007.199.254.740.993,10');
    expect(formatAmount('12.125', 'en')).toBe('12.125');
    expect(formatAmount('100', 'da')).toBe('100,00');
  });

  it('leaves anything that is not a decimal as it is', () => {
    expect(formatAmount('n/a', 'da')).toBe('n/a');
  });
});

describe('fill', () => {
  it('fills named slots and leaves unknown ones visible', () => {
    expect(fill('Dag {day} af {of}', { day: 3, of: 14 })).toBe('Dag 3 af 14');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});

describe('dictionaries', () => {
  it('use the same slots in Danish and English, so no text loses a value', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === 'string') {
        expect(slots(b as string), path).toEqual(slots(a));
        return;
      }
      for (const key of Object.keys(a as object)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(da, en, 'da');
  });
});
