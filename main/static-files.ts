import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/**
 * Serving the built renderer's files from a folder: the one path check against traversal and
 * the one content-type table, for the app's app:// protocol (main/app/protocol.ts) and the dev
 * bridge (main/bridge/dev-bridge.ts). A fix to the check then protects both.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Maps a URL path (`/assets/index.js`, `/` for index.html) to a file inside rootDir, or null when it would escape it. */
export function resolveStaticFile(rootDir: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  return file.startsWith(root + sep) ? file : null;
}

/** The file a URL path names under rootDir with its content type, or null when there is none there. */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<{ body: Buffer; contentType: string } | null> {
  const file = resolveStaticFile(rootDir, urlPath);
  if (!file) return null;
  try {
    return { body: await readFile(file), contentType: contentTypeOf(file) };
  } catch {
    return null;
  }
}
