import { dec, decimalPlaces } from '../../../../shared/domain/money';
import { ApiError, Validation } from '../errors';
import type { Json } from '../records';

type Path = Array<string | number>;
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function requireObjectBody(body: unknown): Obj {
  if (!isObj(body)) throw new ApiError(400, 'The request body must be a JSON object.', 'Send the resource document as a JSON object.', { errorCode: 'E04300' });
  return body;
}

/** e-conomic does not accept null: omit a property to clear it (restdocs "null values"). */
function rejectNull(v: Validation, path: Path, value: unknown): boolean {
  if (value === null) {
    v.add(path, 'E04300', `${String(path[path.length - 1])} cannot be null; omit the property instead.`, null);
    return true;
  }
  return false;
}

export function str(v: Validation, obj: Obj, key: string, path: Path, opts: { required?: boolean; min?: number; max: number }): string | undefined {
  const value = obj[key];
  const p = [...path, key];
  if (value === undefined) {
    if (opts.required) v.add(p, 'E04300', `Property ${key} is required.`, undefined, 'Add the missing property.');
    return undefined;
  }
  if (rejectNull(v, p, value)) return undefined;
  if (typeof value !== 'string') {
    v.add(p, 'E04300', `Property ${key} must be a string.`, value as Json);
    return undefined;
  }
  const min = opts.min ?? (opts.required ? 1 : 0);
  if (value.length < min || value.length > opts.max) {
    v.add(p, 'E04300', `${key} must be between ${min} and ${opts.max} characters long.`, value, 'Shorten or fill in the text.');
    return undefined;
  }
  return value;
}

/** A JSON number with at most `maxDecimals` decimals, returned as an exact decimal string. */
export function decimal(v: Validation, obj: Obj, key: string, path: Path, opts: { required?: boolean; maxDecimals?: number; min?: string; max?: string; requiredCode?: string; requiredMessage?: string } = {}): string | undefined {
  const value = obj[key];
  const p = [...path, key];
  if (value === undefined) {
    if (opts.required) v.add(p, opts.requiredCode ?? 'E04300', opts.requiredMessage ?? `Property ${key} is required.`);
    return undefined;
  }
  if (rejectNull(v, p, value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    v.add(p, 'E04300', `Property ${key} must be a number.`, value as Json);
    return undefined;
  }
  // the shortest round-trip text is what the client wrote
  const text = String(value);
  if (opts.maxDecimals !== undefined && decimalPlaces(text) > opts.maxDecimals) {
    v.add(p, 'E04740', `${key} scale cannot be greater then two decimal places.`, value, 'Please check the format of your data.');
    return undefined;
  }
  if ((opts.min !== undefined && dec(text).lt(opts.min)) || (opts.max !== undefined && dec(text).gt(opts.max))) {
    v.add(p, 'E04300', `${key} must be between ${opts.min ?? '-∞'} and ${opts.max ?? '∞'}.`, value);
    return undefined;
  }
  return dec(text).toFixed();
}

export function int(v: Validation, obj: Obj, key: string, path: Path, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
  const value = obj[key];
  const p = [...path, key];
  if (value === undefined) {
    if (opts.required) v.add(p, 'E04300', `Property ${key} is required.`);
    return undefined;
  }
  if (rejectNull(v, p, value)) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (opts.min ?? 1) || value > (opts.max ?? 999999999)) {
    v.add(p, 'E04300', `Property ${key} must be an integer between ${opts.min ?? 1} and ${opts.max ?? 999999999}.`, value as Json);
    return undefined;
  }
  return value;
}

export function bool(v: Validation, obj: Obj, key: string, path: Path): boolean | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    v.add([...path, key], 'E04300', `Property ${key} must be true or false.`, value as Json);
    return undefined;
  }
  return value;
}

/** YYYY-MM-DD; a full ISO timestamp is accepted and cut to its date (seen in a live client). */
export function date(v: Validation, obj: Obj, key: string, path: Path, required: boolean): string | undefined {
  const value = obj[key];
  const p = [...path, key];
  if (value === undefined) {
    if (required) v.add(p, 'E04300', `Property ${key} is required.`);
    return undefined;
  }
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value) : null;
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)) || new Date(`${m[1]}T00:00:00Z`).toISOString().slice(0, 10) !== m[1]) {
    v.add(p, 'E04300', `${key} must be a date in the format YYYY-MM-DD.`, value as Json, 'Please check the format of your data.');
    return undefined;
  }
  return m[1];
}

/**
 * Reads a reference `{<idKey>: …}` or `{self: ".../<resource>/<id>"}` ("you are free to reference
 * the entity via either id or self-link"). Returns the id, or undefined with an error recorded.
 */
export function refId<T extends number | string>(
  v: Validation,
  obj: Obj,
  key: string,
  path: Path,
  idKey: string,
  kind: 'int' | 'string',
  opts: { required?: boolean; resourcePath: string; decodeSelf?: (segment: string) => string },
): T | undefined {
  const value = obj[key];
  const p = [...path, key];
  if (value === undefined) {
    if (opts.required) v.add(p, 'E04300', `Property ${key} is required.`);
    return undefined;
  }
  if (!isObj(value)) {
    v.add(p, 'E04300', `Property ${key} must be an object with ${idKey} or self.`, value as Json);
    return undefined;
  }
  let id = value[idKey];
  if (id === undefined && typeof value.self === 'string') {
    const m = new RegExp(`/${opts.resourcePath}/([^/?#]+)`).exec(value.self);
    if (m) id = kind === 'int' ? (/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]) : (opts.decodeSelf ?? decodeURIComponent)(m[1]);
  }
  if (id === undefined) {
    v.add(p, 'E04500', `No identifiers present on ${key}. Please include either a self link or a ${idKey}.`, undefined, `Find a list of resources at /${opts.resourcePath}.`);
    return undefined;
  }
  if (kind === 'int' ? typeof id !== 'number' || !Number.isInteger(id) || id < 1 : typeof id !== 'string' || id.length < 1 || id.length > 25) {
    v.add([...p, idKey], 'E04300', kind === 'int' ? `${idKey} must be a positive integer.` : `${idKey} must be a string of 1-25 characters.`, id as Json);
    return undefined;
  }
  return id as T;
}

export function missingRef(v: Validation, path: Path, what: string, value: unknown, listPath: string): void {
  v.add(path, 'E06000', `${what} does not exist.`, value as Json, `Find a list of ${what === 'currency' ? 'currencies' : 'resources'} at /${listPath}.`);
}

/** Keeps a sub-object as JSON (free-form parts e-conomic echoes back). */
export function jsonObj(v: Validation, obj: Obj, key: string, path: Path): Record<string, Json> | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!isObj(value)) {
    v.add([...path, key], 'E04300', `Property ${key} must be an object.`, value as Json);
    return undefined;
  }
  return value as Record<string, Json>;
}
