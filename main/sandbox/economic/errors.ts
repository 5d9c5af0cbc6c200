import { randomBytes } from 'node:crypto';

/** A response the router turns into e-conomic's error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly developerHint: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** logId in the 2024 live style ("86d2a1f150c392bb-CPH"). */
export function newLogId(): string {
  return `${randomBytes(8).toString('hex')}-CPH`;
}

/** logTime as e-conomic writes it: seconds, no zone ("2024-03-31T21:09:13"). */
export function logTime(now = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function envelope(status: number, message: string, developerHint: string, extra: Record<string, unknown> = {}) {
  return { message, ...(extra.errorCode ? { errorCode: extra.errorCode } : {}), developerHint, logId: newLogId(), httpStatusCode: status, logTime: logTime(), ...extra };
}

export const notFound = (what: string, hint = 'Check the id in the URL.') => new ApiError(404, `${what} not found.`, hint);

export interface ErrorItem {
  propertyName: string;
  errorMessage: string;
  errorCode: string;
  inputValue?: unknown;
  developerHint: string;
}

type Path = Array<string | number>;

/**
 * Collects validation errors and lays them out like the request document (2024 live spelling):
 * `errors.recipient.name.errors[…]`, arrays as `[{arrayIndex, …}]`. Codes that were never
 * observed for a rule fall back to E04300, the code of the envelope itself.
 */
export class Validation {
  readonly errors: Record<string, unknown> = {};
  count = 0;
  private readonly faulted = new Set<string>();

  /** `once`: skip when this path already has an error (a second check of the same fault). */
  add(path: Path, errorCode: string, errorMessage: string, inputValue?: unknown, developerHint = 'Please check your request data.', once = true): void {
    const key = path.join('.');
    if (once && this.faulted.has(key)) return;
    this.faulted.add(key);
    const propertyName = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
    let node: Record<string, unknown> = this.errors;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      const next = path[i + 1];
      if (typeof key === 'number') continue;
      if (typeof next === 'number') {
        const list = (node[key] ??= []) as Array<Record<string, unknown>>;
        let item = list.find((x) => x.arrayIndex === next);
        if (!item) {
          item = { arrayIndex: next };
          list.push(item);
          list.sort((a, b) => (a.arrayIndex as number) - (b.arrayIndex as number));
        }
        node = item;
      } else {
        node = (node[key] ??= {}) as Record<string, unknown>;
      }
    }
    const holder = node as { errors?: ErrorItem[] };
    (holder.errors ??= []).push({ propertyName, errorMessage, errorCode, ...(inputValue === undefined ? {} : { inputValue }), developerHint });
    this.count++;
  }

  get ok(): boolean {
    return this.count === 0;
  }

  throwIfAny(): void {
    if (this.count === 0) return;
    throw validationError(this);
  }
}

export function validationError(v: Validation): ApiError {
  const message = `Validation failed. ${v.count} error${v.count === 1 ? '' : 's'} found.`;
  return new ApiError(400, message, 'Inspect validation errors and correct your request.', {
    errorCode: 'E04300',
    errorCount: v.count,
    errors: v.errors,
  });
}

/** A single-property validation error, e.g. for a bad query parameter. */
export function badRequest(property: string, message: string, inputValue?: unknown): ApiError {
  const v = new Validation();
  v.add([property], 'E04300', message, inputValue);
  return validationError(v);
}
