import { protocol } from 'electron';
import { readStaticFile, resolveStaticFile } from '../static-files';
import { CSP } from './security';

/** The renderer is served from app://ledgerbridge/ instead of file:// (Electron checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledgerbridge';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The path of an app://ledgerbridge/ URL, or null when the URL is not one. */
function appPath(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST ? url.pathname : null;
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when the URL is for
 * another host or would escape the folder (path traversal; the check is main/static-files.ts).
 */
export function resolveAppFile(rawUrl: string, rootDir: string): string | null {
  const path = appPath(rawUrl);
  return path === null ? null : resolveStaticFile(rootDir, path);
}

/** Answers one app:// request: GET only, files under rootDir only, CSP on every response. */
export async function respondToAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
  const path = appPath(request.url);
  const found = path === null ? null : await readStaticFile(rootDir, path);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body, {
    status: 200,
    headers: { 'Content-Type': found.contentType, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' },
  });
}

export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rootDir));
}
