import { wooGmt, wooLocal } from './clock';
import { idText, type Json } from '../shared/json-values';
import type { RestFeatures } from './wc-version';

/** A REST error the way WordPress shapes it: {code, message, data: {status, params?}}. */
export class WpRestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
  }

  body(): Json {
    return { code: this.code, message: this.message, data: { status: this.status, ...(this.params ? { params: this.params } : {}) } };
  }
}

const ORDERBY = ['date', 'id', 'include', 'title', 'slug', 'modified'];
const LEGACY_ORDERBY = ORDERBY.filter((o) => o !== 'modified');

function invalidParam(name: string, reason: string): WpRestError {
  return new WpRestError(400, 'rest_invalid_param', `Invalid parameter(s): ${name}`, { [name]: reason });
}

/** Reads an array parameter given as "a,b" or as repeated "name[]=a&name[]=b". */
function listParam(q: URLSearchParams, name: string): string[] | null {
  const values = [...q.getAll(name), ...q.getAll(`${name}[]`)];
  if (values.length === 0) return null;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function intParam(q: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw invalidParam(name, max === Number.MAX_SAFE_INTEGER ? `${name} must be greater than or equal to ${min}` : `${name} must be between ${min} (inclusive) and ${max} (inclusive)`);
  }
  return n;
}

/**
 * A date parameter in the column's own terms: "YYYY-MM-DDTHH:mm:ss" in GMT when dates_are_gmt,
 * else in site time. A value with a zone is converted; one without is taken literally.
 */
function dateParam(q: URLSearchParams, name: string, gmt: boolean): string | null {
  const raw = q.get(name);
  if (raw === null || raw === '') return null;
  const value = raw.trim().replace(' ', 'T');
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value);
  const ms = Date.parse(zoned ? value : `${value}Z`);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?/.test(value) || Number.isNaN(ms)) throw invalidParam(name, 'Invalid date.');
  if (!zoned) return wooGmt(ms);
  return gmt ? wooGmt(ms) : wooLocal(ms);
}

function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ListResult<T> {
  items: T[];
  total: number;
  totalPages: number;
  page: number;
}

/**
 * GET /wc/v3/orders filtering, sorting and paging as WooCommerce does it: status=any leaves out
 * trash, date filters are exclusive at second resolution, sorting has an ID tie-breaker, and
 * per_page is capped at 100. Parameters the shop's release does not register are ignored, as
 * WordPress ignores them; an orderby value it does not list is refused.
 */
export function listOrders(all: Iterable<Json>, q: URLSearchParams, features: RestFeatures): ListResult<Json> {
  const perPage = intParam(q, 'per_page', 10, 1, 100);
  const page = intParam(q, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  const offsetRaw = q.get('offset');
  const offset = offsetRaw === null || offsetRaw === '' ? null : intParam(q, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const orderby = q.get('orderby') ?? 'date';
  const allowed = features.orderbyModified ? ORDERBY : LEGACY_ORDERBY;
  if (!allowed.includes(orderby)) throw invalidParam('orderby', `orderby is not one of ${allowed.slice(0, -1).join(', ')}, and ${allowed[allowed.length - 1]}.`);
  const order = q.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw invalidParam('order', 'order is not one of asc, and desc.');
  const gmt = features.gmtDates && ['1', 'true'].includes((q.get('dates_are_gmt') ?? '').toLowerCase());
  const suffix = gmt ? '_gmt' : '';
  const after = dateParam(q, 'after', gmt);
  const before = dateParam(q, 'before', gmt);
  const modifiedAfter = features.modifiedFilters ? dateParam(q, 'modified_after', gmt) : null;
  const modifiedBefore = features.modifiedFilters ? dateParam(q, 'modified_before', gmt) : null;
  const statuses = listParam(q, 'status') ?? ['any'];
  const include = listParam(q, 'include');
  const exclude = new Set(listParam(q, 'exclude') ?? []);

  const col = (o: Json, name: string): string => String(o[`${name}${suffix}`] ?? '').slice(0, 19).replace(' ', 'T');
  let items = [...all].filter((o) => {
    const status = String(o.status ?? '');
    const statusOk = statuses.includes(status) || (statuses.includes('any') && status !== 'trash');
    if (!statusOk) return false;
    const id = idText(o.id);
    if (include && !include.includes(id)) return false;
    if (exclude.has(id)) return false;
    if (after && !(col(o, 'date_created') > after)) return false;
    if (before && !(col(o, 'date_created') < before)) return false;
    if (modifiedAfter && !(col(o, 'date_modified') > modifiedAfter)) return false;
    if (modifiedBefore && !(col(o, 'date_modified') < modifiedBefore)) return false;
    return true;
  });

  const direction = order === 'asc' ? 1 : -1;
  const key = (o: Json): string =>
    orderby === 'date' ? String(o.date_created_gmt ?? '') : orderby === 'modified' ? String(o.date_modified_gmt ?? '') : '';
  items.sort((a, b) => {
    if (orderby === 'include' && include) {
      return include.indexOf(idText(a.id)) - include.indexOf(idText(b.id));
    }
    const k = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return (k !== 0 ? k : compareIds(idText(a.id), idText(b.id))) * direction;
  });

  const total = items.length;
  const start = offset ?? (page - 1) * perPage;
  items = items.slice(start, start + perPage);
  return { items, total, totalPages: Math.ceil(total / perPage), page };
}
