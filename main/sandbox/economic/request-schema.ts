import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { decimalPlaces } from '../../../shared/domain/money';
import { Validation } from './errors';
import { publishedSchema, schemaAt, type JsonSchema } from './published-schemas';
import { BODY_CORRECTIONS } from './schema-corrections';
import { draft03ToDraft07 } from './draft03';

/**
 * Validates a request body against the published schema of its endpoint and verb, as corrected in
 * schema-corrections.ts: required properties, types, lengths, patterns, enums, minimum/maximum and
 * e-conomic's own `maxDecimal` keyword. The draft-03 schemas are converted (draft03.ts) and
 * compiled once with ajv. Unknown properties are left alone, as the live server ignores them.
 */

/** The request schemas of the writes the sandbox implements. */
export type RequestSchemaName =
  | 'customers.post'
  | 'customers.customerNo.put'
  | 'products.post'
  | 'products.productNumber.put'
  | 'invoices.drafts.post'
  | 'invoices.drafts.draftInvoiceNumber.put'
  | 'invoices.booked.post'
  | 'invoices.booked.bookWithNumber.put'
  | 'journals.journalNumber.vouchers.post';

const corrected = new Map<string, JsonSchema>();

/** The published schema with this sandbox's corrections applied (the file itself stays untouched). */
export function requestSchema(name: RequestSchemaName): JsonSchema {
  let schema = corrected.get(name);
  if (!schema) {
    schema = structuredClone(publishedSchema(name));
    for (const c of BODY_CORRECTIONS.filter((x) => x.schema === name)) {
      const node = schemaAt(schema, c.path);
      if (!node) throw new Error(`schema correction for ${name} names ${c.path.join('.')}, which the schema does not have`);
      Object.assign(node, c.set);
    }
    corrected.set(name, schema);
  }
  return schema;
}

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
// e-conomic's decimal-places keyword
ajv.addKeyword({ keyword: 'maxDecimal', type: 'number', schemaType: 'number', validate: (places: number, data: number) => !Number.isFinite(data) || decimalPlaces(String(data)) <= places });

const compiled = new Map<RequestSchemaName, ValidateFunction>();

function compiledSchema(name: RequestSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(draft03ToDraft07(requestSchema(name)));
    compiled.set(name, validate);
  }
  return validate;
}

const JSON_TYPE: Record<string, string> = { string: 'String', integer: 'Integer', number: 'Float', boolean: 'Boolean', object: 'Object', array: 'Array', null: 'Null' };
const WORDS: Record<number, string> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' };

function tokenType(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  return JSON_TYPE[typeof value] ?? 'Undefined';
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * e-conomic's wording where it is known (live: "Expected String but got Null", "Integer 0 is less
 * than minimum value of 1", "dueDate is missing a value" E04042, "scale cannot be greater then two
 * decimal places" E04740); the rest in the same style, with the envelope code E04300.
 */
function describe(e: ErrorObject, property: string): { code: string; message: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { code: 'E04042', message: `${property} is missing a value.` };
    case 'type':
      return { code: 'E04300', message: `Invalid type. Expected ${String(p.type).split(',').map((t) => JSON_TYPE[t] ?? t).join(', ')} but got ${tokenType(e.data)}.` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'E04300', message: `${tokenType(e.data)} ${show(e.data)} is less than ${e.keyword === 'exclusiveMinimum' ? 'or equal to exclusive ' : ''}minimum value of ${show(p.limit)}.` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'E04300', message: `${tokenType(e.data)} ${show(e.data)} exceeds maximum value of ${show(p.limit)}.` };
    case 'maxLength':
      return { code: 'E04300', message: `String '${show(e.data)}' exceeds maximum length of ${show(p.limit)}.` };
    case 'minLength':
      return { code: 'E04300', message: `String '${show(e.data)}' is less than minimum length of ${show(p.limit)}.` };
    case 'pattern':
      return { code: 'E04300', message: `String '${show(e.data)}' does not match regex pattern '${show(p.pattern)}'.` };
    case 'enum':
      return { code: 'E04300', message: `Value ${JSON.stringify(e.data)} is not defined in enum.` };
    case 'maxDecimal':
      return { code: 'E04740', message: `${property} scale cannot be greater then ${WORDS[Number(e.schema)] ?? show(e.schema)} decimal places.` };
    default:
      return { code: 'E04300', message: `${property} ${e.message ?? 'is not valid'}.` };
  }
}

/** `/lines/0/quantity` → ['lines', 0, 'quantity'] (array indexes as numbers, like the envelope wants). */
function pathOf(e: ErrorObject): Array<string | number> {
  const steps = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path: Array<string | number> = steps.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (e.keyword === 'required') path.push(String((e.params as { missingProperty: string }).missingProperty));
  return path;
}

/** Explicit null where the schema has no type to reject it with (only an enum that lists null allows it). */
function nullsWithoutType(value: unknown, schema: JsonSchema | undefined, path: Array<string | number>, out: Array<Array<string | number>>): void {
  if (!schema || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => nullsWithoutType(item, schema.items, [...path, i], out));
    return;
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const v = (value as Record<string, unknown>)[key];
    if (v === null && sub.type === undefined && !(sub.enum ?? []).includes(null)) out.push([...path, key]);
    else nullsWithoutType(v, sub, [...path, key], out);
  }
}

/** All violations of the (corrected) schema, laid out like e-conomic's error envelope. */
export function checkAgainstSchema(name: RequestSchemaName, body: unknown): Validation {
  const v = new Validation();
  const validate = compiledSchema(name);
  if (!validate(body)) {
    for (const e of validate.errors ?? []) {
      // a oneOf reports its branches' errors too; the oneOf itself is the one to name
      if (e.schemaPath.includes('/oneOf/')) continue;
      const path = pathOf(e);
      const property = String([...path].reverse().find((x) => typeof x === 'string') ?? '');
      const { code, message } = describe(e, property);
      v.add(path, code, message, e.keyword === 'required' ? undefined : (e.data as never), 'Please check your request data.');
    }
  }
  const nulls: Array<Array<string | number>> = [];
  nullsWithoutType(body, requestSchema(name), [], nulls);
  for (const path of nulls) v.add(path, 'E04300', 'Invalid type. Expected a value but got Null.', null, 'Omit the property instead of sending null.');
  return v;
}
