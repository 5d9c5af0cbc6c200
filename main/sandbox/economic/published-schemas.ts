import { readFileSync } from 'node:fs';

/**
 * e-conomic's own JSON Schemas (draft-03), read from the byte-for-byte copies in ./schemas/ with
 * the corrections of ./schema-corrections.ts applied. Everything the sandbox knows about request
 * shapes and filterable fields starts here, so a schema refresh is a file copy.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: boolean;
  enum?: unknown[];
  filterable?: boolean;
  sortable?: boolean;
  [keyword: string]: unknown;
};

/**
 * Parses a schema file. Two of e-conomic's published files have a trailing comma before a `}` or
 * `]`, which JSON.parse refuses; those commas (outside strings) are dropped and nothing else.
 */
export function parseSchemaText(text: string): JsonSchema {
  const src = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(src) as JsonSchema;
  } catch {
    return JSON.parse(withoutTrailingCommas(src)) as JsonSchema;
  }
}

function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1))) continue;
    out += ch;
  }
  return out;
}

const cache = new Map<string, JsonSchema>();

/** The published schema `name` (file name without `.schema.json`), exactly as e-conomic wrote it. */
export function publishedSchema(name: string): JsonSchema {
  let schema = cache.get(name);
  if (!schema) {
    schema = parseSchemaText(readFileSync(new URL(`./schemas/${name}.schema.json`, import.meta.url), 'utf8'));
    cache.set(name, schema);
  }
  return schema;
}

/** The sub-schema at a property path (`['lines', '[]', 'lineNumber']`), or undefined. */
export function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of path) {
    if (!node) return undefined;
    node = step === '[]' ? node.items : node.properties?.[step];
  }
  return node;
}
