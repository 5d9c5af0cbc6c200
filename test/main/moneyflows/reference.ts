import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileSchema, type Profile, type ProfileInput } from '../../../shared/profile/schema';
import { demoProfile } from '../../../main/demo/demo-profile';

/** The real shop payloads, copied unchanged from shared/reference (see SOURCES.md beside them). */
const SHOPS = join(__dirname, '../../fixtures/reference/shops');

/** A reference payload; iOS fixtures wrap the API answer in {"data": …}, which is unwrapped here. */
export function shopReference(platform: 'woocommerce' | 'shopify', file: string): unknown {
  const parsed = JSON.parse(readFileSync(join(SHOPS, platform, file), 'utf8')) as unknown;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'data' in parsed) return (parsed as { data: unknown }).data;
  return parsed;
}

/**
 * The money-flow tests' changes to the demo profile: invoices from the shop (no mail), an
 * import window before the years-old reference orders, and the test's own changes.
 */
export function moneyFlowProfile(demo: ProfileInput, changes: Partial<ProfileInput> = {}): ProfileInput {
  return { ...demo, invoiceSource: 'shop', mail: { fromName: '', fromAddress: '', templates: {} }, sync: { ...demo.sync, importFrom: '2000-01-01T00:00:00Z' }, ...changes, economic: { ...demo.economic, ...changes.economic } };
}

/** The money-flow profile against the given servers. */
export function testProfile(urls: { shopUrl: string; economicUrl: string; platform?: 'woocommerce' | 'shopify' }, changes: Partial<ProfileInput> = {}): Profile {
  const demo = demoProfile({ platform: urls.platform ?? 'woocommerce', shopUrl: urls.shopUrl, economicUrl: urls.economicUrl, smtp: { host: '127.0.0.1', port: 2525 } });
  return profileSchema.parse(moneyFlowProfile(demo, changes));
}
