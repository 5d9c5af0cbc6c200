import { dec } from '../../../shared/domain/money';
import { ApiError, badRequest } from './errors';
import { collectionFields, type CollectionSchemaName } from './collection-fields';
import { Num } from './json';
import { matches, parseFilter, readPath } from './filter';

export const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 20;

export interface CollectionSpec {
  /** the published GET schema that says which fields filter= and sort= may use */
  schema: CollectionSchemaName;
  /** default sort (restdocs: per collection, e.g. draftInvoiceNumber ascending) */
  defaultSort: string;
  /** when the collection accepts POST, metaData.create describes it (as in the live demo payload) */
  createDescription?: string;
}

/** Query parameter names are matched case-insensitively (skipPages/skippages both occur in the wild). */
export function queryParam(query: URLSearchParams, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of query) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function intParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = queryParam(query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw badRequest(name, `${name} must be an integer >= ${min}.`, raw);
  return Number(raw);
}

const SORT_ERROR = () => new ApiError(400, 'Could not parse query string sort parameter.', 'Sort on a sortable property of the collection, e.g. sort=name or sort=-name.');

function compareValues(a: unknown, b: unknown, alphabetical: boolean): number {
  const missingA = a === undefined || a === null;
  const missingB = b === undefined || b === null;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? -1 : 1;
  const numeric = (v: unknown) => typeof v === 'number' || v instanceof Num;
  if (!alphabetical && numeric(a) && numeric(b)) {
    return dec(a instanceof Num ? a.text : String(a)).cmp(dec(b instanceof Num ? b.text : String(b)));
  }
  const sa = String(a instanceof Num ? a.text : a).toLowerCase();
  const sb = String(b instanceof Num ? b.text : b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function sorter(sort: string, sortable: ReadonlySet<string>): (a: unknown, b: unknown) => number {
  const keys = sort.split(',').map((raw) => {
    let name = raw.trim();
    let desc = false;
    let alphabetical = false;
    while (name.startsWith('-') || name.startsWith('~')) {
      if (name.startsWith('-')) desc = true;
      else alphabetical = true;
      name = name.slice(1);
    }
    const match = [...sortable].find((p) => p.toLowerCase() === name.toLowerCase());
    // live: an unsortable field is rejected with no list of alternatives
    if (!match) throw SORT_ERROR();
    return { path: match, desc, alphabetical };
  });
  return (a, b) => {
    for (const k of keys) {
      const c = compareValues(readPath(a, k.path), readPath(b, k.path), k.alphabetical);
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  };
}

/**
 * Builds `{collection, pagination, self}` from rendered items, applying filter=, sort=,
 * skippages= and pagesize= the way restdocs describes them.
 */
export function collectionResponse(items: unknown[], query: URLSearchParams, spec: CollectionSpec, selfUrl: string) {
  const pageSize = intParam(query, 'pagesize', DEFAULT_PAGE_SIZE, 1);
  // live: pagesize=1001 is E04810
  if (pageSize > MAX_PAGE_SIZE) throw new ApiError(400, `pagesize must be a positive whole number between 1 and ${MAX_PAGE_SIZE}.`, 'Use a smaller pagesize and follow pagination.nextPage.', { errorCode: 'E04810' });
  const skipPages = intParam(query, 'skippages', 0, 0);
  const filterText = queryParam(query, 'filter');
  const sortText = queryParam(query, 'sort');

  const fields = collectionFields(spec.schema);
  let selected = items;
  if (filterText) {
    const node = parseFilter(filterText, fields);
    selected = items.filter((it) => matches(node, it));
  }
  selected = [...selected].sort(sortText ? sorter(sortText, fields.sortable) : sorter(spec.defaultSort, new Set([spec.defaultSort])));

  const page = selected.slice(skipPages * pageSize, (skipPages + 1) * pageSize);
  const lastPageIndex = Math.max(0, Math.ceil(selected.length / pageSize) - 1);
  const link = (skip: number) => {
    const q = new URLSearchParams();
    q.set('skippages', String(skip));
    q.set('pagesize', String(pageSize));
    if (filterText) q.set('filter', filterText);
    if (sortText) q.set('sort', sortText);
    return `${selfUrl}?${q.toString()}`;
  };
  return {
    collection: page,
    pagination: {
      skipPages,
      pageSize,
      maxPageSizeAllowed: MAX_PAGE_SIZE,
      results: selected.length,
      resultsWithoutFilter: items.length,
      firstPage: link(0),
      ...(skipPages > 0 ? { previousPage: link(Math.min(skipPages - 1, lastPageIndex)) } : {}),
      ...(skipPages < lastPageIndex ? { nextPage: link(skipPages + 1) } : {}),
      lastPage: link(lastPageIndex),
    },
    metaData: spec.createDescription ? { create: { description: spec.createDescription, href: selfUrl, httpMethod: 'post' } } : {},
    self: link(skipPages),
  };
}
