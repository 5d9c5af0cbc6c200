import { dec, type Dec } from '../../../shared/domain/money';

/**
 * A JSON number written with an exact text, e.g. `500.000000`. e-conomic formats amounts with a
 * fixed number of decimals per field; JSON.stringify cannot, and amounts must never pass through
 * a binary float on their way out.
 */
export class Num {
  constructor(readonly text: string) {}
}

export function num(value: Dec | string | number, places: number): Num {
  return new Num(dec(value).toFixed(places));
}

/** Serializes a response tree; `Num` values are written verbatim, undefined properties skipped. */
export function toJson(value: unknown): string {
  if (value instanceof Num) return value.text;
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
      const parts: string[] = [];
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        parts.push(`${JSON.stringify(k)}:${toJson(v)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** Plain JSON view of a response tree (for the in-process API: state(), bookDraft()). */
export function toPlain<T = unknown>(value: unknown): T {
  return JSON.parse(toJson(value)) as T;
}
