/**
 * Typed errors from the e-conomic client. Both spellings of e-conomic's error
 * envelope (2019 docs: errorCode/message/value; 2024 live: propertyName/errorMessage/
 * inputValue) are parsed into `fields`. Messages never contain tokens.
 */
export type EconomicErrorKind =
  | 'validation' // 400: the document was rejected; `fields` says where
  | 'auth' // 401: tokens wrong or revoked
  | 'forbidden' // 403: the app's role does not allow this, or a read-only/demo agreement
  | 'not-found' // 404
  | 'conflict' // 409
  | 'unsupported' // 405, 415, 501
  | 'rate-limited' // 429 after all retries
  | 'server' // 5xx after all retries
  | 'network' // no response after all retries
  | 'budget-exhausted'; // our own fair-use guard stopped the call

export interface EconomicFieldError {
  /** Path into the request document, e.g. "lines[0].unitNetPrice" or "customer". */
  path: string;
  errorCode: string | null;
  message: string;
  value?: unknown;
  developerHint?: string;
}

export class EconomicError extends Error {
  constructor(
    readonly kind: EconomicErrorKind,
    message: string,
    readonly detail: {
      status?: number;
      errorCode?: string | null;
      logId?: string | null;
      developerHint?: string | null;
      method?: string;
      path?: string;
      fields?: EconomicFieldError[];
      retryAfterMs?: number;
      attempts?: number;
    } = {},
  ) {
    super(message);
    this.name = 'EconomicError';
  }

  get fields(): EconomicFieldError[] {
    return this.detail.fields ?? [];
  }

  /** True when repeating the same request later may succeed. */
  get transient(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'network' || this.kind === 'budget-exhausted';
  }
}
