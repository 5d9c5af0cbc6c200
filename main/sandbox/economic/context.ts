import type { Validation } from './errors';
import type { Store } from './store';

export interface ResolvedOptions {
  appSecretToken: string;
  /** Names the app on the grant page (GET /self says "sandbox" too). */
  appPublicToken: string;
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
  /**
   * Errors found so far in the request body: the published schema's come first, and the
   * resource's own checks add theirs, so one answer lists both (as e-conomic's annotated example
   * does); a path the schema already faulted is not reported twice.
   */
  validation: Validation;
  /** The raw request of an upload route (multipart/form-data); undefined on JSON routes. */
  upload?: Upload;
}

export interface Upload {
  bytes: Buffer;
  /** The request's Content-Type, with its boundary. */
  contentType: string;
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
