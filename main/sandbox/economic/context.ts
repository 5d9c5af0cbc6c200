import type { Store } from './store';

export interface ResolvedOptions {
  appSecretToken: string;
  agreementGrantToken: string;
  vatRounding: 'line' | 'invoice';
  baseCurrency: string;
}

/** Everything a resource handler needs for one request. */
export interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  store: Store;
  /** the sandbox's own origin, used in every self link */
  base: string;
  options: ResolvedOptions;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** binary body (PDF) */
  raw?: Uint8Array;
  contentType?: string;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown, location: string): Reply => ({ status: 201, body, headers: { Location: location } });
