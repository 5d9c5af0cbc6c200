import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, type ErrorCode } from '../../shared/errors';
import { escapeHtml } from '../../shared/mail';
import type { EconomicGrantStatus } from '../../shared/ipc/schemas/economic-grant';
import { economicClientFor } from './connections';
import { ECONOMIC_GRANT_URL, type EconomicAppIdentity } from './economic-app';
import type { ServiceContext } from './context';
import { toAppError } from './errors';
import type { WizardArea } from './wizard';
import { CONNECTION_WORDS } from '../../shared/i18n/connection-words';

/** How long LedgerBridge waits for the owner to grant access before it stops listening. */
const GRANT_TIMEOUT_MS = 15 * 60_000;
const CALLBACK_PATH = '/economic/grant';

const IDLE: EconomicGrantStatus = { state: 'idle', url: null, companyName: null, agreementNumber: null, problem: null };

/**
 * e-conomic's grant flow, as owners know it from every other integration: the app
 * opens e-conomic's "add app" page (appPublicToken + redirectUrl); the owner logs in
 * and presses "Add app"; e-conomic redirects the browser to the redirectUrl with
 * `token=<agreement grant token>` added. Here the redirectUrl is a one-off listener on
 * 127.0.0.1 whose address carries a random `state`: e-conomic has no state parameter of
 * its own, so the state rides inside the redirect address and a callback without the
 * right one is refused. The token is tested with GET /self and goes to the keychain; it
 * never reaches the UI.
 */
export class EconomicGrantFlow {
  private server: Server | null = null;
  private expected: Buffer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private current: EconomicGrantStatus;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
    private readonly app: EconomicAppIdentity | null,
  ) {
    this.current = app ? IDLE : { ...IDLE, state: 'unavailable' };
  }

  status(): EconomicGrantStatus {
    return this.current;
  }

  async start(): Promise<EconomicGrantStatus> {
    if (!this.app) return this.current;
    this.stop();
    const state = randomBytes(24).toString('hex');
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.expected = Buffer.from(state);
    this.timer = setTimeout(() => {
      this.stop();
      this.current = this.failed('LB-2020');
    }, GRANT_TIMEOUT_MS);
    this.timer.unref();
    const redirect = `http://127.0.0.1:${(server.address() as AddressInfo).port}${CALLBACK_PATH}?state=${state}`;
    const url = new URL(this.app.grantUrl ?? ECONOMIC_GRANT_URL);
    url.searchParams.set('appPublicToken', this.app.publicToken);
    url.searchParams.set('redirectUrl', redirect);
    url.searchParams.set('locale', this.ctx.language() === 'da' ? 'da-DK' : 'en-GB');
    this.current = { ...IDLE, state: 'waiting', url: url.toString() };
    return this.current;
  }

  cancel(): EconomicGrantStatus {
    this.stop();
    this.current = this.app ? IDLE : this.current;
    return this.current;
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.expected = null;
    this.server?.closeAllConnections();
    this.server?.close();
    this.server = null;
  }

  private failed(code: ErrorCode): EconomicGrantStatus {
    const d = describe(code, {}, this.ctx.language());
    return { ...IDLE, state: 'failed', problem: { code, message: d.message, fix: d.fix } };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH) return this.page(res, 404, null);
    // Only the browser that went through this grant comes back with this state; anyone else is turned away and changes nothing.
    const state = Buffer.from(url.searchParams.get('state') ?? '');
    if (!this.expected || state.length !== this.expected.length || !timingSafeEqual(state, this.expected)) return this.page(res, 400, 'LB-2019');
    const token = url.searchParams.get('token')?.trim();
    // This flow is over whatever the answer: the listener closes once the page is sent.
    this.expected = null;
    res.once('finish', () => this.stop());
    if (!token) {
      this.current = this.failed('LB-2020');
      return this.page(res, 400, 'LB-2020');
    }
    const lang = this.ctx.language();
    const credentials = { appSecretToken: this.app!.secretToken, agreementGrantToken: token };
    try {
      const self = await economicClientFor(this.ctx, credentials, { maxAttempts: 2 }).self();
      const company = { companyName: self.company?.name ?? '', agreementNumber: self.agreementNumber };
      await this.wizard.saveEconomicGrant(credentials, company);
      this.current = { ...IDLE, state: 'connected', companyName: company.companyName, agreementNumber: company.agreementNumber };
      this.page(res, 200, null, company.companyName);
    } catch (error) {
      const failure = toAppError(error, lang) as { code?: string; message?: string };
      this.current = { ...IDLE, state: 'failed', problem: { code: String(failure.code ?? 'LB-2020'), message: String(failure.message ?? '') } };
      this.page(res, 502, null);
    }
  }

  /** What the owner's browser shows after e-conomic sent it back here. */
  private page(res: ServerResponse, status: number, code: ErrorCode | null, company?: string): void {
    const lang = this.ctx.language();
    const w = CONNECTION_WORDS[lang];
    let title: string;
    let body: string;
    if (status === 200) {
      title = w.economicConnected;
      body = w.economicAccessSaved(String(company));
    } else if (code) {
      const d = describe(code, {}, lang);
      title = d.title;
      body = `${d.message} ${d.fix}`;
    } else if (status === 404) {
      title = w.pageNotFound;
      body = '';
    } else {
      title = w.connectionFailed;
      body = `${this.current.problem?.message ?? ''} ${w.goBackToSee}`;
    }
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`;
    // The token is in this page's address: no referrer may carry it anywhere, and nothing may keep the page.
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': "default-src 'none'" });
    res.end(html);
  }
}
