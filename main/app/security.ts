import { shell, type Session, type WebContents } from 'electron';
import { RENDERER_CSP } from '../../shared/ipc/csp';

/** The renderer's Content Security Policy, sent as a header on every app:// response. */
export const CSP = RENDERER_CSP;

/** The only sites a link in the app may open, and only in the system browser. */
export const EXTERNAL_HOSTS: readonly string[] = ['secure.e-conomic.com'];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && EXTERNAL_HOSTS.includes(url.hostname);
}

/**
 * The owner's own shop admin, from the profile (never from the renderer): https, or
 * http on this machine (the demo's sandbox), and no credentials in the address.
 */
export function isShopAdminUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  return (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) && url.username === '' && url.password === '';
}

/** Opens the shop admin address the engine produced in the system browser; anything else is refused. */
export async function openShopAdminSafely(raw: string): Promise<boolean> {
  if (!isShopAdminUrl(raw)) return false;
  await shell.openExternal(raw);
  return true;
}

/** Opens an allow-listed https URL in the system browser; anything else is refused. */
export async function openExternalSafely(raw: string): Promise<boolean> {
  if (!isAllowedExternalUrl(raw)) return false;
  await shell.openExternal(raw);
  return true;
}

/** Denies every permission (camera, notifications via web API, geolocation, …) and adds the CSP header. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] },
    });
  });
}

/**
 * The app page never navigates away, never opens windows and never hosts a
 * webview; allow-listed links go to the system browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}
