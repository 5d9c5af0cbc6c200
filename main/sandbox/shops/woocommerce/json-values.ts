/**
 * The few readers the sandbox needs for the WooCommerce JSON it stores as given. Its own, not
 * the connector's: a sandbox that parsed orders with the code it tests would agree with that
 * code's mistakes.
 */
export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** An id as text: WooCommerce writes numbers, plugins and big ids (kept as strings here) differ. */
export function idText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return '';
}
