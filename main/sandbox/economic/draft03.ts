import type { JsonSchema } from './published-schemas';

/**
 * Turns one of e-conomic's draft-03 schemas into the draft-07 that ajv compiles, keeping exactly
 * the validation it states:
 *  - `required: true` on a property becomes the parent's `required: [...]` list (draft-04 on);
 *  - a boolean `exclusiveMinimum`/`exclusiveMaximum` beside `minimum`/`maximum` becomes the
 *    numeric form (draft-06 on);
 *  - e-conomic's own decimal-places keyword, spelt `maxDecimal` and `maxDecimals`, becomes
 *    `maxDecimal` (ajv checks it through a keyword of ours);
 *  - annotations (description, filterable, readOnly, restdocs, default, …) and `format` are left
 *    out: e-conomic's formats are `uri` on self links and `full-date`, whose pattern is already there.
 */

const KEPT = new Set(['type', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'uniqueItems', 'minItems', 'maxItems']);

export function draft03ToDraft07(schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) if (KEPT.has(key)) out[key] = value;
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    delete out.minimum;
    out.exclusiveMinimum = schema.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    delete out.maximum;
    out.exclusiveMaximum = schema.maximum;
  }
  const places = schema.maxDecimal ?? schema.maxDecimals;
  if (typeof places === 'number') out.maxDecimal = places;
  if (schema.properties) {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const [name, sub] of Object.entries(schema.properties)) {
      properties[name] = draft03ToDraft07(sub);
      if (sub.required === true) required.push(name);
    }
    out.properties = properties;
    if (required.length) out.required = required;
  }
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) out.items = draft03ToDraft07(schema.items);
  if (Array.isArray(schema.oneOf)) out.oneOf = (schema.oneOf as JsonSchema[]).map(draft03ToDraft07);
  return out;
}
