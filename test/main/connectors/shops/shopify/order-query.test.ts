import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as sent from '../../../../../main/connectors/shops/shopify/order-query';
import { adminSchema, SCHEMA_VERSIONS, type SchemaVersion } from '../../../../../main/sandbox/shops/shopify/admin-schema';
import { SHOPIFY_API_VERSION } from '../../../../../shared/profile/schema';

/**
 * Every GraphQL document the Shopify connector can send is valid on Shopify's own Admin schema
 * (the published SDL, byte for byte) of every API version the connector pins.
 */

const PINNED_VERSIONS = [SHOPIFY_API_VERSION];

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

describe('the Shopify queries on the real Admin schema', () => {
  it('finds every document the connector sends', () => {
    // orders, order, 4 order connections, 3 refund connections, per money side; shop, statuses, gateways, access scopes
    expect(Object.keys(everyDocument())).toHaveLength(2 * 9 + 4);
  });

  for (const version of PINNED_VERSIONS) {
    it(`validates every document on Shopify's ${version} schema`, () => {
      expect(SCHEMA_VERSIONS, `no Shopify SDL for the pinned API version ${version}: add admin-${version}.schema.graphql to main/sandbox/shops/shopify/admin-schema/`).toContain(version);
      const schema = adminSchema(version as SchemaVersion);
      const problems = Object.entries(everyDocument()).flatMap(([name, document]) => validate(schema, parse(document)).map((e) => `${name}: ${e.message}`));
      expect(problems).toEqual([]);
    });
  }
});
