import { z } from 'zod';

/** A field of a profile file that the profile does not have, with the known field nearest in spelling. */
export interface UnknownField {
  /** Dotted path, array positions as [n]: "mail.smtp.hots", "rules[0].whenn". */
  path: string;
  /** The known field at the same place nearest in spelling (path), or null when the place has no fields. */
  nearest: string | null;
}

/** Strips the wrappers that do not change which fields an object has. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.def.innerType as z.ZodType;
    else return s;
  }
}

/** Edit distance, case-insensitive: how many letters to change to get from one name to the other. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length];
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * Every field in `raw` that `schema` does not know, walking objects, arrays, records and
 * discriminated unions (the branch the value's discriminator picks). zod's objects drop unknown
 * keys silently, so without this a misspelt optional field ("osss": true) would be lost
 * without a word; `configure` refuses such a file instead.
 */
export function unknownFields(schema: z.ZodType, raw: unknown, prefix = ''): UnknownField[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodArray && Array.isArray(raw)) return raw.flatMap((item, i) => unknownFields(s.element as z.ZodType, item, `${prefix}[${i}]`));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const value = raw as Record<string, unknown>;
  if (s instanceof z.ZodRecord) return Object.entries(value).flatMap(([k, v]) => unknownFields(s.valueType as z.ZodType, v, join(prefix, k)));
  if (s instanceof z.ZodDiscriminatedUnion) {
    const key = s.def.discriminator;
    const branch = (s.options as z.ZodType[]).find((o) => {
      const shape = (unwrap(o) as z.ZodObject).shape;
      return shape[key] instanceof z.ZodLiteral && (shape[key] as z.ZodLiteral).values.has(value[key] as never);
    });
    return branch ? unknownFields(branch, raw, prefix) : [];
  }
  if (!(s instanceof z.ZodObject)) return [];
  const shape = s.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  const out: UnknownField[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key in shape) {
      out.push(...unknownFields(shape[key], v, join(prefix, key)));
      continue;
    }
    const nearest = known.reduce<string | null>((best, k) => (best === null || distance(key, k) < distance(key, best) ? k : best), null);
    out.push({ path: join(prefix, key), nearest: nearest === null ? null : join(prefix, nearest) });
  }
  return out;
}
