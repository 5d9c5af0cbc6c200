import { describe, expect, it } from 'vitest';
import { arr, idText, list, obj, text, textOrNull } from '../../../../main/connectors/shops/shop-json';

describe('reading untyped shop JSON (both normalizers)', () => {
  it('keeps an id beyond 2^53 exactly as the shop sent it as text, and reads a numeric id as its digits', () => {
    expect(idText('9007199254740993')).toBe('9007199254740993');
    expect(idText(' 727 ')).toBe('727');
    expect(idText(727)).toBe('727');
    expect(idText(null)).toBe('');
  });

  it('reads a field that a plugin turned from text into a number, and anything else as empty', () => {
    expect(text(12.5)).toBe('12.5');
    expect(text('Kaffekop')).toBe('Kaffekop');
    for (const odd of [null, undefined, true, {}, [], Number.NaN]) expect(text(odd)).toBe('');
  });

  it('trims optional text and reads a blank one as absent', () => {
    expect(textOrNull('  KOP-01 ')).toBe('KOP-01');
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(null)).toBeNull();
  });

  it('reads objects and lists that are missing or of the wrong type as empty ones', () => {
    expect(obj(null)).toEqual({});
    expect(obj(['a'])).toEqual({});
    expect(arr('line_items')).toEqual([]);
    expect(list([{ id: 1 }, 'x', null])).toEqual([{ id: 1 }, {}, {}]);
  });
});
