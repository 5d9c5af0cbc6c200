import { parse, TypeInfo, validate, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as sent from '../../../../../main/connectors/shops/shopify/order-query';
import { adminSchema, SCHEMA_VERSIONS, type SchemaVersion } from '../../../../../main/sandbox/shops/shopify/admin-schema';
import { SHOPIFY_API_VERSIONS } from '../../../../../shared/profile/schema';

/**
 * Every GraphQL document the Shopify connector can send is valid on Shopify's own Admin schema
 * (the published SDL, byte for byte) of every API version the product pins (the list a profile's
 * shop.apiVersion is checked against), and asks for no field that version has deprecated.
 */

/** Every document in order-query.ts: the string exports and both money sides of orderQueries(). */
function everyDocument(): Record<string, string> {
  const documents: Record<string, string> = {};
  const collect = (prefix: string, value: unknown): void => {
    if (typeof value === 'string' && /^\s*(query|mutation)\b/.test(value)) documents[prefix] = value;
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(`${prefix}.${k}`, v);
  };
  for (const [name, value] of Object.entries(sent)) collect(name, value);
  for (const side of ['shop', 'presentment'] as const) collect(`orderQueries('${side}')`, sent.orderQueries(side));
  return documents;
}

function schemaOf(version: string): GraphQLSchema {
  expect(SCHEMA_VERSIONS, `no Shopify SDL for the pinned API version ${version}: add admin-${version}.schema.graphql to main/sandbox/shops/shopify/admin-schema/`).toContain(version);
  return adminSchema(version as SchemaVersion);
}

/** `Type.field` of every field the document selects that the schema marks @deprecated. */
function deprecatedFields(schema: GraphQLSchema, document: string): string[] {
  const found: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        if (field?.deprecationReason) found.push(`${typeInfo.getParentType()?.name}.${field.name}`);
      },
    }),
  );
  return found;
}

describe('the Shopify queries on the real Admin schema', () => {
  it('finds every document the connector sends', () => {
    // orders, order, 4 order connections, 3 refund connections, per money side; shop, statuses, gateways, access scopes
    expect(Object.keys(everyDocument())).toHaveLength(2 * 9 + 4);
  });

  for (const version of SHOPIFY_API_VERSIONS) {
    it(`validates every document on Shopify's ${version} schema`, () => {
      const problems = Object.entries(everyDocument()).flatMap(([name, document]) => validate(schemaOf(version), parse(document)).map((e) => `${name}: ${e.message}`));
      expect(problems).toEqual([]);
    });

    it(`asks for no field that Shopify's ${version} schema deprecates`, () => {
      const deprecated = Object.entries(everyDocument()).flatMap(([name, document]) => deprecatedFields(schemaOf(version), document).map((field) => `${name}: ${field}`));
      expect(deprecated).toEqual([]);
    });
  }
});
