import { Validator, ValidatorResult, type Options, type SchemaContext, type ValidationError } from 'jsonschema';
import { decimalPlaces } from '../../../shared/domain/money';
import { Validation } from './errors';
import { publishedSchema, schemaAt, type JsonSchema } from './published-schemas';
import { BODY_CORRECTIONS } from './schema-corrections';

/**
 * Validates a request body against the published schema of its endpoint and verb, as corrected in
 * schema-corrections.ts: required properties, types, lengths, patterns, enums, minimum/maximum and
 * e-conomic's own `maxDecimal` keyword. The validator (jsonschema) reads draft-03 as written,
 * including `required: true` on a property. Unknown properties are left alone, as the live server
 * ignores them.
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

const validator = new Validator();
// e-conomic's decimal-places keyword, spelt both ways in its schemas
const maxDecimal = (instance: unknown, schema: JsonSchema, options: Options, ctx: SchemaContext): ValidatorResult | undefined => {
  const places = (schema.maxDecimal ?? schema.maxDecimals) as number;
  if (typeof instance !== 'number' || !Number.isFinite(instance) || decimalPlaces(String(instance)) <= places) return undefined;
  const result = new ValidatorResult(instance, schema as never, options, ctx);
  result.addError({ name: 'maxDecimal', message: `has more than ${places} decimals`, argument: String(places) });
  return result;
};
validator.attributes.maxDecimal = maxDecimal as never;
validator.attributes.maxDecimals = maxDecimal as never;

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
function describe(e: ValidationError, property: string): { code: string; message: string } {
  const arg = e.argument as unknown;
  switch (e.name) {
    case 'required':
      return { code: 'E04042', message: `${property} is missing a value.` };
    case 'type':
      return { code: 'E04300', message: `Invalid type. Expected ${(arg as string[]).map((t) => JSON_TYPE[t] ?? t).join(', ')} but got ${tokenType(e.instance)}.` };
    case 'minimum': {
      const exclusive = e.schema && typeof e.schema === 'object' && (e.schema as JsonSchema).exclusiveMinimum === true;
      return { code: 'E04300', message: `${tokenType(e.instance)} ${show(e.instance)} is less than ${exclusive ? 'or equal to exclusive ' : ''}minimum value of ${show(arg)}.` };
    }
    case 'maximum':
      return { code: 'E04300', message: `${tokenType(e.instance)} ${show(e.instance)} exceeds maximum value of ${show(arg)}.` };
    case 'maxLength':
      return { code: 'E04300', message: `String '${show(e.instance)}' exceeds maximum length of ${show(arg)}.` };
    case 'minLength':
      return { code: 'E04300', message: `String '${show(e.instance)}' is less than minimum length of ${show(arg)}.` };
    case 'pattern':
      return { code: 'E04300', message: `String '${show(e.instance)}' does not match regex pattern '${show(arg)}'.` };
    case 'enum':
      return { code: 'E04300', message: `Value ${JSON.stringify(e.instance)} is not defined in enum.` };
    case 'maxDecimal':
      return { code: 'E04740', message: `${property} scale cannot be greater then ${WORDS[Number(arg)] ?? String(arg)} decimal places.` };
    default:
      return { code: 'E04300', message: `${property} ${e.message}.` };
  }
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
  const schema = requestSchema(name);
  const v = new Validation();
  for (const e of validator.validate(body, schema as never, { nestedErrors: false }).errors) {
    const path = e.path as Array<string | number>;
    const property = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
    const { code, message } = describe(e, property);
    v.add(path, code, message, e.name === 'required' ? undefined : (e.instance as never), 'Please check your request data.');
  }
  const nulls: Array<Array<string | number>> = [];
  nullsWithoutType(body, schema, [], nulls);
  for (const path of nulls) v.add(path, 'E04300', 'Invalid type. Expected a value but got Null.', null, 'Omit the property instead of sending null.');
  return v;
}
