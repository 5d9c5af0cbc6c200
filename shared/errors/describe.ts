import { isPlaceId, placePath, type PlaceId } from '../i18n/places';
import { CATALOGUE, isErrorCode, type ErrorCode } from './catalogue';
import { formatParam } from './format-params';
import { PARAM_NAMES, type ParamName } from './params';
import type { Category, Lang, Params, Severity } from './types';

export interface Described {
  code: string;
  title: string;
  message: string;
  fix: string;
  severity: Severity;
  category: Category;
  retriesItself: boolean;
  mapThis: boolean;
  blocksOrder: boolean;
  /** The places in LedgerBridge the fix sends the owner to, in the order it names them. */
  places: PlaceId[];
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;
const PLACE_TOKEN = /\[\[([a-zA-Z.]+)\]\]/g;
const KNOWN = new Set<string>(PARAM_NAMES);

/** Every `{name}` in a text, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Every `[[place]]` in a text, in order of appearance (unknown ids included, for the tests). */
export function placeTokensIn(text: string): string[] {
  return [...text.matchAll(PLACE_TOKEN)].map((m) => m[1]);
}

function fill(text: string, params: Params, lang: Lang): string {
  return text
    .replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? formatParam(name as ParamName, params[name as ParamName], lang, params) : whole))
    .replace(PLACE_TOKEN, (whole, id: string) => (isPlaceId(id) ? placePath(id, lang, { orderNumber: params.orderNumber }) : whole));
}

/**
 * Renders a problem for the owner in their language. A code that is not in the
 * catalogue (for instance from a newer version's log) still renders, as an
 * internal error that names the code, rather than throwing.
 */
export function describe(code: ErrorCode | string, params: Params = {}, lang: Lang = 'da'): Described {
  if (!isErrorCode(code)) {
    const fallback = describe('LB-9001', { ...params, detail: params.detail ?? code }, lang);
    return { ...fallback, code };
  }
  const entry = CATALOGUE[code];
  const texts = entry[lang] ?? entry.da;
  return {
    code,
    title: fill(texts.title, params, lang),
    message: fill(texts.message, params, lang),
    fix: fill(texts.fix, params, lang),
    severity: entry.severity,
    category: entry.category,
    retriesItself: entry.retriesItself,
    mapThis: entry.mapThis,
    blocksOrder: entry.blocksOrder,
    places: [...new Set(placeTokensIn(texts.fix).filter(isPlaceId))],
  };
}

/** Most severe first; used to pick the headline problem of an order. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, error: 2, warning: 1, info: 0 };
