/** e-conomic's "add app" page (the app's Installation URL without its query). */
export const ECONOMIC_GRANT_URL = 'https://secure.e-conomic.com/secure/api1/requestaccess.aspx';
/**
 * LedgerBridge's own app in e-conomic's developer network: its public token names the
 * app on the grant page, its secret token goes with every agreement's grant token.
 */
export interface EconomicAppIdentity {
  publicToken: string;
  secretToken: string;
  /** Defaults to e-conomic's; the sandbox serves its own. */
  grantUrl?: string;
}

/** The app identity from the options, else LEDGERBRIDGE_ECONOMIC_APP_PUBLIC_TOKEN / _APP_SECRET_TOKEN / _GRANT_URL; null when there is none. */
export function economicAppIdentity(option: EconomicAppIdentity | undefined, env: NodeJS.ProcessEnv): EconomicAppIdentity | null {
  if (option) return option;
  const publicToken = env.LEDGERBRIDGE_ECONOMIC_APP_PUBLIC_TOKEN;
  const secretToken = env.LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN;
  if (!publicToken || !secretToken) return null;
  return { publicToken, secretToken, ...(env.LEDGERBRIDGE_ECONOMIC_GRANT_URL ? { grantUrl: env.LEDGERBRIDGE_ECONOMIC_GRANT_URL } : {}) };
}
