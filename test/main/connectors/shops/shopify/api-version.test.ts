import { describe, expect, it } from 'vitest';
import { shopifySupportEndingSoon, shopifyVersionSupportEnd } from '../../../../../main/connectors/shops/shopify/api-version';

describe("the support end of Shopify's Admin API versions", () => {
  it('is 12 months after the release, on the first of the month at 17:00 UTC', () => {
    expect(shopifyVersionSupportEnd('2026-01').toISOString()).toBe('2027-01-01T17:00:00.000Z');
    expect(shopifyVersionSupportEnd('2025-10').toISOString()).toBe('2026-10-01T17:00:00.000Z');
    expect(() => shopifyVersionSupportEnd('2026-13')).toThrow(RangeError);
  });

  it('warns from 60 days before the end, and after it', () => {
    // 2027-01-01T17:00Z minus 60 days of 24 hours is 2026-11-02T17:00Z.
    expect(shopifySupportEndingSoon('2026-01', new Date('2026-11-02T16:59:59Z'))).toBeNull();
    expect(shopifySupportEndingSoon('2026-01', new Date('2026-11-02T17:00:00Z'))?.toISOString()).toBe('2027-01-01T17:00:00.000Z');
    expect(shopifySupportEndingSoon('2026-01', new Date('2027-03-01T00:00:00Z'))?.toISOString()).toBe('2027-01-01T17:00:00.000Z');
  });
});
