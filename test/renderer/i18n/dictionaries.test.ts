import { describe, expect, it } from 'vitest';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';

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
