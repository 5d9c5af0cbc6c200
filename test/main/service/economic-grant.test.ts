import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_LOGIN } from '../../../main/sandbox/economic';
import { COMPANY_NAME, ECONOMIC_TOKENS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/** A browser in miniature: follows nothing by itself and keeps the e-conomic session cookie. */
class Browser {
  private cookie = '';

  async get(url: string): Promise<Response> {
    return this.keep(await fetch(url, { redirect: 'manual', headers: this.cookie ? { cookie: this.cookie } : {} }));
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.keep(
      await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: new URLSearchParams(form).toString(),
      }),
    );
  }

  private keep(res: Response): Response {
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return res;
  }
}

/**
 * e-conomic's "add app" flow end to end against the sandbox's grant page: LedgerBridge
 * listens on 127.0.0.1, the owner logs in and adds the app, e-conomic redirects back with
 * the agreement grant token, and only a callback carrying this flow's state is believed.
 */
describe('desktop service: connecting e-conomic by logging in', () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness();
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: standardAnswers(h.shop.url).plan }, next: 'economic' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("opens e-conomic's grant page with the app's public token and a loopback redirect carrying a state", async () => {
    expect(await h.service['economic.grantStatus']({})).toMatchObject({ state: 'idle' });
    const started = await h.service['economic.startGrant']({});
    expect(started.state).toBe('waiting');
    const url = new URL(started.url!);
    expect(`${url.origin}${url.pathname}`).toBe(h.economic.grantUrl);
    expect(url.searchParams.get('appPublicToken')).toBe(h.economic.appPublicToken);
    expect(url.searchParams.get('locale')).toBe('da-DK');
    const redirect = new URL(url.searchParams.get('redirectUrl')!);
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(redirect.searchParams.get('state')).toMatch(/^[0-9a-f]{48}$/);
  });

  it('turns away a callback without the right state and keeps waiting', async () => {
    const { url } = await h.service['economic.grantStatus']({});
    const redirect = new URL(new URL(url!).searchParams.get('redirectUrl')!);
    const forged = await fetch(`${redirect.origin}${redirect.pathname}?state=${'0'.repeat(48)}&token=forged`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('hørte ikke til denne opsætning');
    expect(await h.service['economic.grantStatus']({})).toMatchObject({ state: 'waiting' });
    expect(await h.secrets.get('nordlys', 'economicAgreementGrantToken')).toBeNull();
  });

  it('the owner logs in, adds the app, and the grant token comes back to the keychain; the UI gets only the company', async () => {
    const { url } = await h.service['economic.grantStatus']({});
    const browser = new Browser();
    const login = await browser.get(url!);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('Log ind i e-conomic');
    const wrong = await browser.post(url!, { action: 'login', email: SANDBOX_LOGIN.email, password: 'forkert' });
    expect(wrong.status).toBe(401);
    const loggedIn = await browser.post(url!, { action: 'login', ...SANDBOX_LOGIN });
    expect(loggedIn.status).toBe(303);
    const consent = await browser.get(new URL(loggedIn.headers.get('location')!, url!).toString());
    expect(await consent.text()).toContain('Tilføj app');
    const granted = await browser.post(url!, { action: 'grant' });
    expect(granted.status).toBe(303);
    const back = new URL(granted.headers.get('location')!);
    // e-conomic keeps the redirect address's own query (our state) and adds the token.
    expect(back.searchParams.get('token')).toBe(ECONOMIC_TOKENS.agreementGrantToken);
    const landed = await browser.get(back.toString());
    expect(landed.status).toBe(200);
    expect(landed.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await landed.text()).toContain(`Adgangen til ${COMPANY_NAME} er gemt`);

    const status = await h.service['economic.grantStatus']({});
    expect(status).toEqual({ state: 'connected', url: null, companyName: COMPANY_NAME, agreementNumber: 9_000_000_001, problem: null });
    expect(JSON.stringify(status)).not.toContain(ECONOMIC_TOKENS.agreementGrantToken);
    expect(await h.secrets.get('nordlys', 'economicAgreementGrantToken')).toBe(ECONOMIC_TOKENS.agreementGrantToken);
    expect(await h.secrets.get('nordlys', 'economicAppSecretToken')).toBe(ECONOMIC_TOKENS.appSecretToken);
    const wizard = await h.service['wizard.get']({});
    expect(wizard.answers.economic).toEqual({ companyName: COMPANY_NAME, agreementNumber: 9_000_000_001 });
    expect(wizard.completed).toContain('economic');
    // The listener is gone once the grant came back.
    await expect(fetch(back.toString())).rejects.toThrow();
  });

  it('says so when e-conomic sends no token back', async () => {
    const { url } = await h.service['economic.startGrant']({});
    const redirect = new URL(new URL(url!).searchParams.get('redirectUrl')!);
    const res = await fetch(redirect.toString());
    expect(res.status).toBe(400);
    expect(await h.service['economic.grantStatus']({})).toMatchObject({ state: 'failed', problem: { code: 'LB-2020' } });
  });
});
