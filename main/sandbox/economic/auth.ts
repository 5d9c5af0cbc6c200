import { ApiError } from './errors';
import type { ResolvedOptions } from './context';

export type AuthResult = { demo: boolean; grantToken: string };

/**
 * X-AppSecretToken + X-AgreementGrantToken (restdocs "Authentication"). `demo`/`demo` (or
 * ?demo=true) is the read-only demo agreement: restdocs says only GET is allowed with it but not
 * which status a write gets; the sandbox answers 403 Forbidden, the status e-conomic uses when a
 * valid grant lacks the right to a resource, because the tokens themselves are valid.
 */
export function authenticate(headers: Record<string, string | string[] | undefined>, query: URLSearchParams, method: string, url: string, opts: ResolvedOptions): AuthResult {
  const app = headers['x-appsecrettoken'];
  const grant = headers['x-agreementgranttoken'];
  const demo = (app === 'demo' && grant === 'demo') || (app === undefined && grant === undefined && query.get('demo') === 'true');
  if (demo) {
    if (method !== 'GET') {
      throw new ApiError(403, 'The demo agreement is read-only.', 'Only GET requests are allowed with the demo tokens; use your own app secret and grant tokens to write.');
    }
    return { demo: true, grantToken: 'demo' };
  }
  if (app !== opts.appSecretToken || grant !== opts.agreementGrantToken) {
    const demoLink = `${url}${url.includes('?') ? '&' : '?'}demo=true`;
    const missing = app === undefined || grant === undefined;
    throw new ApiError(
      401,
      missing ? 'Missing authentication headers.' : 'The app secret token or agreement grant token is not valid.',
      `Send X-AppSecretToken and X-AgreementGrantToken headers. Try the demo agreement: ${demoLink}`,
      { demoLink },
    );
  }
  return { demo: false, grantToken: grant as string };
}
