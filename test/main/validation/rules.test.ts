import { describe, expect, it } from 'vitest';
import { EU_MEMBER_STATES, ISO_COUNTRY_CODES, hasControlCharacters, hasEmoji, isValidEuVatNumberFormat, stripEmoji, textLength } from '../../../main/validation';

describe('country lists', () => {
  it('know all 249 ISO codes and the 27 EU members, each of which is an ISO code', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    expect(EU_MEMBER_STATES.size).toBe(27);
    for (const c of EU_MEMBER_STATES) expect(ISO_COUNTRY_CODES.has(c)).toBe(true);
    expect(EU_MEMBER_STATES.has('GB')).toBe(false);
    expect(EU_MEMBER_STATES.has('NO')).toBe(false);
  });
});

describe('EU VAT number format', () => {
  it.each([
    ['DE123456789', 'DE', true],
    ['123456789', 'DE', true],
    ['DK 12 34 56 78', 'DK', true],
    ['EL123456789', 'GR', true],
    ['NL123456789B01', 'NL', true],
    ['ATU12345678', 'AT', true],
    ['SE556677889901', 'SE', true],
    ['FR12345678901', 'FR', true],
    ['FR123', 'FR', false],
    ['GR123456789', 'GR', false],
    ['DK12345678', 'SE', false],
    ['12345678', 'US', false],
  ])('%s in %s → %s', (number, country, ok) => {
    expect(isValidEuVatNumberFormat(number, country)).toBe(ok);
  });
});

describe('characters', () => {
  it('finds control characters but allows Danish letters, tabs and line breaks', () => {
    expect(hasControlCharacters('Søren Ærø, Åbenrå\tlinje\nto\r\n')).toBe(false);
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\u0085b')).toBe(true);
    expect(hasControlCharacters('lone \uD83D')).toBe(true);
    expect(hasControlCharacters('pair 😀')).toBe(false);
  });

  it('finds and strips emoji including flags, skin tones and joined sequences', () => {
    expect(hasEmoji('Kaffe ☕')).toBe(true);
    expect(hasEmoji('Æble 100% økologisk')).toBe(false);
    expect(stripEmoji('Hej 👋🏽 fra 🇩🇰 København 👨‍👩‍👧')).toBe('Hej fra København');
  });

  it('counts lengths on the safe side: UTF-16 units, so an emoji counts two', () => {
    expect(textLength('😀😀')).toBe(4);
    expect(textLength('æøå')).toBe(3);
  });
});
