import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';
import { SUPERVISED_PERIOD_SYNONYMS } from '../../../shared/i18n/terms';

describe('dictionaries', () => {
  it('use the same slots in Danish and English, so no text loses a value', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const walk = (a: unknown, b: unknown, path: string): void => {
      if (typeof a === 'string' || a === undefined) {
        expect(slots(b as string), path).toEqual(slots(a ?? ''));
        return;
      }
      for (const key of Object.keys(a as object)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(da, en, 'da');
  });
});

describe('one name for the supervised period', () => {
  it('is the only name the app uses for it, in both languages', () => {
    const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : []);
    for (const text of [...texts(da), ...texts(en)]) for (const synonym of SUPERVISED_PERIOD_SYNONYMS) expect(text).not.toMatch(synonym);
    expect(texts(da)).toContain('Indkøringsperioden');
  });
});
