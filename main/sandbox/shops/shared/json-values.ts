/**
 * The few readers the shop sandboxes need for the platform JSON they store as given. Their own,
 * not the connectors': a sandbox that parsed orders with the code it tests would agree with that
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
