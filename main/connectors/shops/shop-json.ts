/**
 * Defensive readers for untyped shop JSON, shared by the WooCommerce and Shopify
 * normalizers. Shops and their plugins change types (numbers for strings and back, null for
 * empty), so every read tolerates that and returns an empty value instead of throwing.
 */
export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The objects of an array (anything else in it reads as an empty object). */
export function list(value: unknown): Json[] {
  return arr(value).map(obj);
}

/** Text of a string or number field; "" for anything else. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return '';
}

/** The trimmed text, or null when there is none. */
export function textOrNull(value: unknown): string | null {
  const t = text(value).trim();
  return t === '' ? null : t;
}

/**
 * A platform id as a string. Ids arrive as numbers or strings; a string is kept verbatim so that
 * ids beyond 2^53 survive (never round-trip an id through Number).
 */
export function idText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : text(value);
}
