import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType, type GraphQLSchema } from 'graphql';

/**
 * Shopify's own Admin GraphQL schemas, one per API version, built with graphql-js from the
 * published SDL in `admin-schema/` (see its SOURCES.md). Building the 2026-01 schema (97,937
 * lines) takes about a second, so each version is built once per process and shared.
 *
 * Versions follow Shopify's rule: a request for a version older than the oldest one served
 * "falls forward" to the oldest one (the answer's X-Shopify-API-Version says which), a version
 * the sandbox has no schema for is not served at all.
 */

/** The API versions whose SDL the sandbox carries, oldest first. */
export const SCHEMA_VERSIONS = ['2026-01'] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];

const built = new Map<SchemaVersion, GraphQLSchema>();

export function sdlPath(version: SchemaVersion): URL {
  return new URL(`./admin-schema/admin-${version}.schema.graphql`, import.meta.url);
}

export function adminSchema(version: SchemaVersion = SCHEMA_VERSIONS[0]): GraphQLSchema {
  let schema = built.get(version);
  if (!schema) {
    schema = buildSchema(readFileSync(sdlPath(version), 'utf8'));
    built.set(version, schema);
  }
  return schema;
}

/** The version that answers a request for `requested`, or null when the sandbox has none for it. */
export function servedVersion(requested: string): SchemaVersion | null {
  if ((SCHEMA_VERSIONS as readonly string[]).includes(requested)) return requested as SchemaVersion;
  const stable = /^(\d{4})-(01|04|07|10)$/.exec(requested);
  if (stable && requested < SCHEMA_VERSIONS[0]) return SCHEMA_VERSIONS[0];
  return null;
}

/** The values of one of the schema's enums (CurrencyCode, CountryCode, …). */
export function enumValues(name: string, version: SchemaVersion = SCHEMA_VERSIONS[0]): Set<string> {
  const type = adminSchema(version).getType(name) as GraphQLEnumType | undefined;
  if (!type || !('getValues' in type)) throw new Error(`Shopify's schema has no enum ${name}`);
  return new Set(type.getValues().map((v) => v.name));
}
