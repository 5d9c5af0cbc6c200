import { describe, expect, it } from 'vitest';
import { cleanText, countryName } from '../../../../main/engine/plan/text';

/** What e-conomic gets in its text fields: printable on its invoice PDF, within the field's limit. */
describe('cleaning text for e-conomic', () => {
  it('collapses tabs, line breaks and no-break spaces in plain Danish text to single spaces', () => {
    expect(cleanText('  Æbleskiver\t og \r\n\u00A0 gløgg  ', 50)).toBe('Æbleskiver og gløgg');
  });

  it('takes out © and ® (pictographs to Unicode, which the PDF cannot print) as it takes out emoji', () => {
    expect(cleanText('Kaffe© Ristet® 🎄', 50)).toBe('Kaffe Ristet');
  });

  it('turns control characters into spaces', () => {
    expect(cleanText('Kop\u0007med\u0085hank', 50)).toBe('Kop med hank');
  });

  it('cuts at the limit counted in characters, also where one takes two UTF-16 units', () => {
    expect(cleanText('Søstrene Grene', 8)).toBe('Søstrene');
    // 𝔸 (U+1D538) is one character in two UTF-16 units and no pictograph: kept, counted once.
    expect(cleanText('𝔸𝔸𝔸 Kop', 5)).toBe('𝔸𝔸𝔸 K');
    expect(cleanText('Kop', 3)).toBe('Kop');
  });

  it('keeps text that is already clean as it is, and cleans text that differs from it by one blank', () => {
    for (const clean of ['Mette Jensen', 'Vestergade 12, 2. th.', 'Kaffekop – stentøj', 'Æ', 'a b c']) expect(cleanText(clean, 50)).toBe(clean);
    expect(['Mette  Jensen', ' Mette', 'Mette ', 'Mette\u00A0Jensen', 'Mette\tJensen', 'Mette\nJensen'].map((t) => cleanText(t, 50))).toEqual([
      'Mette Jensen',
      'Mette',
      'Mette',
      'Mette Jensen',
      'Mette Jensen',
      'Mette Jensen',
    ]);
    expect(cleanText('Mette Jensen', 5)).toBe('Mette');
  });

  it('gives nothing for no text', () => {
    expect(cleanText(null, 10)).toBe('');
    expect(cleanText(undefined, 10)).toBe('');
    expect(cleanText(' \t ', 10)).toBe('');
  });
});

describe('country names for e-conomic', () => {
  it('writes a country code as its Danish name, the same each time it is asked', () => {
    expect(countryName('DK')).toBe('Danmark');
    expect(countryName('se')).toBe('Sverige');
    expect(countryName('DE')).toBe('Tyskland');
    expect(countryName('DE')).toBe('Tyskland');
  });

  it('keeps anything that is not a two-letter code as the shop wrote it', () => {
    expect(countryName('Danmark')).toBe('Danmark');
    expect(countryName('')).toBe('');
  });
});
