import { publishedSchema, type JsonSchema } from './published-schemas';
import { FIELD_CORRECTIONS } from './schema-corrections';

/**
 * Which fields a collection accepts in `filter=` and `sort=`: the properties its published GET
 * schema marks `filterable`/`sortable` (dotted paths, e.g. `customer.customerNumber`), corrected
 * for what the live server over- and under-reports (schema-corrections.ts).
 */

/** How the server treats a filter field: works, only `$eq:` works (the rest are 500s), or always a 500. */
export type FilterSupport = 'all' | 'eqOnly' | 'crashes';

export interface CollectionFields {
  /** the field list the server names in `allowedFilteringFields` */
  filterable: ReadonlyMap<string, FilterSupport>;
  /** the filterable fields that are numbers: the only ones `$in:`/`$nin:` work on (restdocs "Using in and not in operators") */
  numeric: ReadonlySet<string>;
  sortable: ReadonlySet<string>;
}

/** The published GET schemas of the collections the sandbox serves. */
export type CollectionSchemaName =
  | 'customers.get' | 'products.get'
  | 'invoices.drafts.get' | 'invoices.booked.get' | 'invoices.paid.get' | 'invoices.unpaid.get' | 'invoices.overdue.get' | 'invoices.not-due.get'
  | 'journals.journalNumber.entries.get' | 'journals.journalNumber.vouchers.get'
  | 'vat-zones.get' | 'payment-terms.get' | 'layouts.get' | 'units.get' | 'currencies.get' | 'accounts.get'
  | 'customer-groups.get' | 'product-groups.get' | 'journals.get' | 'product-groups.productGroupNumber.sales-accounts.get'
  | 'accounting-years.get' | 'accounting-years.accountingYear.entries.get' | 'vat-accounts.get' | 'vat-types.get';

function walk(node: JsonSchema | undefined, prefix: string, visit: (path: string, node: JsonSchema) => void): void {
  for (const [key, sub] of Object.entries(node?.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    visit(path, sub);
    walk(sub, path, visit);
  }
}

const cache = new Map<CollectionSchemaName, CollectionFields>();

export function collectionFields(name: CollectionSchemaName): CollectionFields {
  const known = cache.get(name);
  if (known) return known;
  const filterable = new Map<string, FilterSupport>();
  const sortable = new Set<string>();
  const numeric = new Set<string>();
  const item = publishedSchema(name).properties?.collection?.items;
  if (!item) throw new Error(`${name} is not a collection schema`);
  walk(item, '', (path, node) => {
    if (node.filterable === true) filterable.set(path, 'all');
    if ([node.type].flat().some((t) => t === 'integer' || t === 'number')) numeric.add(path);
    if (node.sortable === true) sortable.add(path);
  });
  for (const c of FIELD_CORRECTIONS.filter((x) => x.collections.includes(name))) {
    if (c.filterable === false) filterable.delete(c.field);
    else if (c.filterable === true) filterable.set(c.field, 'all');
    else if (c.filterable) filterable.set(c.field, c.filterable);
    if (c.sortable === false) sortable.delete(c.field);
    else if (c.sortable === true) sortable.add(c.field);
  }
  const fields = { filterable, numeric, sortable };
  cache.set(name, fields);
  return fields;
}
