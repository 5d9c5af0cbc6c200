import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResolvedOptions } from './context';
import { AGREEMENT_NUMBER, COMPANY } from './seed';

/**
 * e-conomic's "add app" page (secure.e-conomic.com/secure/api1/requestaccess.aspx), as an
 * integration meets it: `appPublicToken` names the app (older links say `appid`),
 * `redirectUrl` is where the browser goes afterwards, `locale` picks the language
 * (da-DK, sv-SE, nb-NO, en-GB; English by default). The user logs in, sees what the app
 * may reach, and presses "Add app"; e-conomic then redirects to the redirectUrl with
 * `token=<agreement grant token>` added to its query, keeping the query it had. There is
 * no `state` of e-conomic's own: an app that wants one puts it into its redirectUrl.
 * "Cancel" redirects nowhere. Stricter readings where the real page is not documented:
 * an unknown app or a redirectUrl that is not an absolute http(s) address is refused
 * with 400, and the grant needs a POST from a logged-in session.
 */
export const GRANT_PAGE_PATH = '/secure/api1/requestaccess.aspx';

/** The one user of the sandbox agreement who may add apps. */
export const SANDBOX_LOGIN = { email: 'ejer@sandbox.invalid', password: 'sandkasse' } as const;

const SESSION_COOKIE = 'economic-session';
const sessions = new Set<string>();

const TEXTS = {
  da: {
    loginTitle: 'Log ind i e-conomic',
    email: 'E-mail',
    password: 'Adgangskode',
    login: 'Log ind',
    wrongLogin: 'Forkert e-mail eller adgangskode.',
    grantTitle: 'Tilføj app',
    grantBody: (app: string) => `${app} vil have adgang til aftale ${AGREEMENT_NUMBER} (${COMPANY.name}): fakturaer, kunder, varer, kassekladder og regnskabsår.`,
    add: 'Tilføj app',
    cancel: 'Annullér',
    cancelled: 'Appen blev ikke tilføjet.',
    unknownApp: 'Appen findes ikke. Tjek linket fra app-udvikleren.',
    badRedirect: 'Linket har ingen gyldig adresse at sende dig tilbage til.',
  },
  en: {
    loginTitle: 'Log in to e-conomic',
    email: 'E-mail',
    password: 'Password',
    login: 'Log in',
    wrongLogin: 'Wrong e-mail or password.',
    grantTitle: 'Add app',
    grantBody: (app: string) => `${app} asks for access to agreement ${AGREEMENT_NUMBER} (${COMPANY.name}): invoices, customers, products, journals and accounting years.`,
    add: 'Add app',
    cancel: 'Cancel',
    cancelled: 'The app was not added.',
    unknownApp: 'The app does not exist. Check the link from the app developer.',
    badRedirect: 'The link has no valid address to send you back to.',
  },
} as const;

export function isGrantPage(path: string): boolean {
  return path === GRANT_PAGE_PATH;
}

/** Serves the grant page: GET shows login or consent; POST logs in, grants or cancels. */
export function serveGrantPage(req: IncomingMessage, res: ServerResponse, url: URL, body: string, options: ResolvedOptions): void {
  const t = url.searchParams.get('locale')?.toLowerCase() === 'da-dk' ? TEXTS.da : TEXTS.en;
  const lang = t === TEXTS.da ? 'da' : 'en';
  const app = url.searchParams.get('appPublicToken') ?? url.searchParams.get('appid');
  if (app !== options.appPublicToken) return page(res, 400, lang, t.grantTitle, `<p>${t.unknownApp}</p>`);
  const redirect = redirectTarget(url.searchParams.get('redirectUrl'));
  if (!redirect) return page(res, 400, lang, t.grantTitle, `<p>${t.badRedirect}</p>`);

  const method = (req.method ?? 'GET').toUpperCase();
  const form = new URLSearchParams(body);
  const session = cookie(req, SESSION_COOKIE);
  const loggedIn = session !== null && sessions.has(session);
  const self = `${url.pathname}${url.search}`;

  if (method === 'POST' && form.get('action') === 'login') {
    if (form.get('email')?.trim().toLowerCase() !== SANDBOX_LOGIN.email || form.get('password') !== SANDBOX_LOGIN.password) {
      return page(res, 401, lang, t.loginTitle, loginForm(self, t, true));
    }
    const id = randomBytes(16).toString('hex');
    sessions.add(id);
    res.writeHead(303, { Location: self, 'Set-Cookie': `${SESSION_COOKIE}=${id}; Path=/secure; HttpOnly; SameSite=Lax` });
    res.end();
    return;
  }
  if (!loggedIn) return page(res, 200, lang, t.loginTitle, loginForm(self, t, false));
  if (method === 'POST' && form.get('action') === 'grant') {
    redirect.searchParams.append('token', options.agreementGrantToken);
    res.writeHead(303, { Location: redirect.toString() });
    res.end();
    return;
  }
  if (method === 'POST' && form.get('action') === 'cancel') return page(res, 200, lang, t.grantTitle, `<p>${t.cancelled}</p>`);
  return page(
    res,
    200,
    lang,
    t.grantTitle,
    `<p>${escape(t.grantBody('LedgerBridge'))}</p>
<form method="post" action="${escape(self)}"><button type="submit" name="action" value="grant">${t.add}</button> <button type="submit" name="action" value="cancel">${t.cancel}</button></form>`,
  );
}

function loginForm(self: string, t: (typeof TEXTS)[keyof typeof TEXTS], wrong: boolean): string {
  return `${wrong ? `<p role="alert">${t.wrongLogin}</p>` : ''}<form method="post" action="${escape(self)}">
<input type="hidden" name="action" value="login">
<label>${t.email} <input name="email" type="email" autocomplete="username"></label>
<label>${t.password} <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">${t.login}</button></form>`;
}

function redirectTarget(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function page(res: ServerResponse, status: number, lang: 'da' | 'en', title: string, content: string): void {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)} – e-conomic</title></head><body><h1>${escape(title)}</h1>${content}</body></html>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
