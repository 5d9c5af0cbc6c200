import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasControlCharacters, hasEmoji, isPlainLatin } from '../../../main/validation/text';

/** The one-scan check for plain Latin text that lets validation skip the two Unicode checks. */
describe('plain Latin text', () => {
  it('takes Danish names, addresses and product lines as plain', () => {
    for (const text of ['Søren Ærø-Østergård', 'Vestergade 12, 2. th.\n8000 Aarhus C', 'Kaffekop "Stentøj" 25 cl\t½ pris', '']) expect(isPlainLatin(text), text).toBe(true);
  });

  it('does not take text with a control character, an emoji, © or ® as plain', () => {
    for (const text of ['Kop\u0007', 'Kop\u0085', 'Gave 🎁', 'Kaffe©', 'Ristet®', '\uD83C', 'Flag 🇩🇰', 'Ω']) expect(isPlainLatin(text), text).toBe(false);
  });

  it('never takes text as plain that has control characters or emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        if (isPlainLatin(text)) {
          expect(hasControlCharacters(text)).toBe(false);
          expect(hasEmoji(text)).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
    for (let code = 0; code <= 0x2ff; code++) {
      const text = String.fromCharCode(code);
      if (isPlainLatin(text)) expect(hasControlCharacters(text) || hasEmoji(text), code.toString(16)).toBe(false);
    }
  });
});
