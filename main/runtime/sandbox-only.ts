/**
 * What a sandbox-only licence (the demo's) changes in the product, in one place. Such a
 * licence opens nothing but services on this machine (`isLoopbackUrl`), so neither of
 * its two allowances can touch a real shop or a real e-conomic agreement.
 */

/**
 * The built-in sandbox's public demo credentials. They open nothing but the local
 * sandboxes (like e-conomic's own `demo`/`demo` tokens) and are used only when a
 * profile with a sandbox-only licence points at 127.0.0.1 and has no secrets stored,
 * so `npm run demo` works on a machine without a keychain. The demo starts the
 * sandboxes with these same values (main/demo/start-sandboxes.ts).
 */
export const DEMO_CREDENTIALS = {
  economicAppSecretToken: 'ledgerbridge-demo-app-secret',
  economicAgreementGrantToken: 'ledgerbridge-demo-agreement-grant',
  wooConsumerKey: 'ck_ledgerbridge_demo',
  wooConsumerSecret: 'cs_ledgerbridge_demo',
  shopifyAccessToken: 'shpat_ledgerbridge_demo',
  shopifyClientId: 'ledgerbridge-demo-client',
  shopifyClientSecret: 'ledgerbridge-demo-client-secret',
  smtpPassword: '',
} as const;

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}
