import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a Shopify reference payload copied unchanged from shared/reference (see SOURCES.md). */
export function shopifyReference(file: string): Record<string, unknown> {
  const url = new URL(`../../../../fixtures/reference/shops/shopify/${file}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
}

export async function resetSandbox(url: string): Promise<void> {
  const res = await fetch(`${url}/_sandbox/reset`, { method: 'POST' });
  if (!res.ok) throw new Error(`reset failed: ${res.status}`);
}

export async function postAdmin(url: string, path: string, body: unknown | string): Promise<Response> {
  return fetch(`${url}/_sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
