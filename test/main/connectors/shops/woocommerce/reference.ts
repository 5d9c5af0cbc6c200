import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real WooCommerce payloads (copied unchanged from shared/reference, see SOURCES.md beside them). */
export const WOO_REFERENCE_DIR = join(__dirname, '../../../../fixtures/reference/shops/woocommerce');

/** A reference payload; iOS fixtures wrap the API answer in {"data": …}, which is unwrapped here. */
export function wooReference(file: string): unknown {
  const parsed = JSON.parse(readFileSync(join(WOO_REFERENCE_DIR, file), 'utf8')) as unknown;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'data' in parsed) return (parsed as { data: unknown }).data;
  return parsed;
}

export function wooReferenceOrders(file: string): Record<string, unknown>[] {
  const value = wooReference(file);
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}
