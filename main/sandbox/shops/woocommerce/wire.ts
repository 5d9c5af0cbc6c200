const ID_KEYS = new Set(['id', 'parent_id', 'customer_id', 'product_id', 'variation_id', 'rate_id', 'refunded_by']);
const MARK = '\u0000bigint:';

/**
 * JSON as WooCommerce (PHP, 64-bit ints) writes it: ids are JSON numbers even beyond 2^53.
 * The sandbox keeps such ids as strings internally and writes them back as bare numbers, so a
 * client that parses them with plain JSON.parse gets them mangled, exactly as with a real shop.
 */
export function toWooJson(value: unknown): string {
  const text = JSON.stringify(value, (key, v) => (ID_KEYS.has(key) && typeof v === 'string' && /^\d{16,}$/.test(v) ? `${MARK}${v}` : v));
  return text.replace(/"\\u0000bigint:(\d+)"/g, '$1');
}
