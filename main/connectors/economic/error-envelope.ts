import type { EconomicFieldError } from './errors';

/**
 * Parses e-conomic's error bodies. Two spellings exist and both are accepted:
 *  - 2019 docs: `errors` mirrors the request document; each failing property holds
 *    `{errors:[{errorCode, message, value, developerHint}]}`; arrays hold objects with `arrayIndex`.
 *  - 2024 live: same nesting, items renamed to `{propertyName, errorMessage, errorCode, inputValue,
 *    developerHint}`, plus top-level `errorCode` and `errorCount`.
 * The OpenAPI family adds `property`/`code`; those are read too.
 */
export interface ParsedEnvelope {
  message: string | null;
  errorCode: string | null;
  logId: string | null;
  developerHint: string | null;
  fields: EconomicFieldError[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

function joinPath(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function fieldFromItem(item: Json, path: string): EconomicFieldError {
  const named = str(item.propertyName) ?? str(item.property);
  const field: EconomicFieldError = {
    path: path !== '' ? path : (named ?? ''),
    errorCode: str(item.errorCode) ?? str(item.code),
    message: str(item.message) ?? str(item.errorMessage) ?? 'invalid value',
  };
  const value = 'inputValue' in item ? item.inputValue : item.value;
  if (value !== undefined) field.value = value;
  const hint = str(item.developerHint);
  if (hint) field.developerHint = hint;
  return field;
}

function walk(node: unknown, path: string, out: EconomicFieldError[]): void {
  if (Array.isArray(node)) {
    node.forEach((entry, position) => {
      if (!isObject(entry)) return;
      // Arrays in the mirror carry their index explicitly; the position is only a fallback.
      const index = typeof entry.arrayIndex === 'number' ? entry.arrayIndex : position;
      const { arrayIndex: _ignored, ...rest } = entry;
      walk(rest, `${path}[${index}]`, out);
    });
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'errors' && Array.isArray(value)) {
      for (const item of value) if (isObject(item)) out.push(fieldFromItem(item, path));
    } else {
      walk(value, joinPath(path, key), out);
    }
  }
}

export function parseErrorEnvelope(body: unknown): ParsedEnvelope {
  if (!isObject(body)) return { message: null, errorCode: null, logId: null, developerHint: null, fields: [] };
  const fields: EconomicFieldError[] = [];
  if (Array.isArray(body.errors)) {
    for (const item of body.errors) if (isObject(item)) fields.push(fieldFromItem(item, ''));
  } else if (isObject(body.errors)) {
    walk(body.errors, '', fields);
  }
  // A single-property error (OpenAPI 409) names the property at top level.
  if (fields.length === 0 && str(body.property)) {
    fields.push({ path: str(body.property)!, errorCode: str(body.code) ?? str(body.errorCode), message: str(body.message) ?? 'conflict' });
  }
  return {
    message: str(body.message) ?? str(body.errorMessage),
    errorCode: str(body.errorCode) ?? str(body.code),
    logId: str(body.logId),
    developerHint: str(body.developerHint),
    fields,
  };
}

/** One line per field, for error messages: "lines[0].unitNetPrice: scale cannot be … (E04740)". */
export function describeFields(fields: EconomicFieldError[]): string {
  return fields.map((f) => `${f.path || '(document)'}: ${f.message}${f.errorCode ? ` (${f.errorCode})` : ''}`).join('; ');
}
