import type { Profile } from '../../shared/profile/schema';
import type { EconomicClient } from '../connectors/economic/client';
import { loadOssProposals } from './oss-groups';
import type { Currency, EconomicSelf, Layout, PaymentTerms, Product, ProductGroup, VatZone } from '../connectors/economic/types';

/**
 * e-conomic's reference data, read once per run (not per order): it is what the
 * validation and the planner check mappings against, and listing every product once
 * is far cheaper than a lookup per SKU.
 */
export class EconomicReference {
  private constructor(
    readonly self: EconomicSelf,
    readonly vatZones: VatZone[],
    readonly paymentTerms: PaymentTerms[],
    readonly layouts: Layout[],
    readonly productGroups: ProductGroup[],
    readonly currencies: Currency[],
    /** Product numbers that exist; grows as LedgerBridge creates products. */
    readonly productNumbers: Set<string>,
    readonly barredProducts: Set<string>,
    /** With OSS: the product group e-conomic points to per country and rate ("DE:19"), see oss-groups.ts. */
    readonly ossProductGroups: ReadonlyMap<string, number> = new Map(),
  ) {}

  /** With a profile that has `oss` on, also reads which product group carries each OSS country and rate. */
  static async load(client: EconomicClient, profile?: Pick<Profile, 'oss' | 'vatZones' | 'homeCountry'>): Promise<EconomicReference> {
    const [self, vatZones, paymentTerms, layouts, productGroups, currencies, products] = await Promise.all([
      client.self(),
      client.vatZones(),
      client.paymentTerms(),
      client.layouts(),
      client.productGroups(),
      client.currencies(),
      client.listAll<Product>('/products', { pageSize: 1000 }),
    ]);
    const ossProductGroups = profile?.oss ? await loadOssProposals(client, productGroups, profile.vatZones.domestic, profile.homeCountry) : new Map<string, number>();
    return new EconomicReference(
      self,
      vatZones,
      paymentTerms,
      layouts,
      productGroups,
      currencies,
      new Set(products.map((p) => p.productNumber)),
      new Set(products.filter((p) => p.barred).map((p) => p.productNumber)),
      ossProductGroups,
    );
  }

  get baseCurrency(): string {
    return this.self.settings?.baseCurrency ?? 'DKK';
  }

  paymentTermsName(n: number): string {
    return this.paymentTerms.find((t) => t.paymentTermsNumber === n)?.name ?? String(n);
  }
}
