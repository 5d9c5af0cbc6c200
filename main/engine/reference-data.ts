import type { Profile } from '../../shared/profile/schema';
import type { EconomicClient } from '../connectors/economic/client';
import { loadOssProposals, type OssProposal } from './oss-groups';
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
    /** With OSS: the product group e-conomic points to per country and rate ("DE:19"), with the VAT code it rests on; see oss-groups.ts. */
    readonly ossProposals: readonly OssProposal[] = [],
  ) {
    this.ossProductGroups = new Map(ossProposals.map((p) => [p.key, p.productGroupNumber]));
  }

  /** With OSS: the proposed product group per country and rate ("DE:19" → 11). */
  readonly ossProductGroups: ReadonlyMap<string, number>;

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
    const ossProposals = profile?.oss ? await loadOssProposals(client, productGroups, profile.vatZones.domestic, profile.homeCountry) : [];
    return new EconomicReference(
      self,
      vatZones,
      paymentTerms,
      layouts,
      productGroups,
      currencies,
      new Set(products.map((p) => p.productNumber)),
      new Set(products.filter((p) => p.barred).map((p) => p.productNumber)),
      ossProposals,
    );
  }

  get baseCurrency(): string {
    return this.self.settings?.baseCurrency ?? 'DKK';
  }

  paymentTermsName(n: number): string {
    return this.paymentTerms.find((t) => t.paymentTermsNumber === n)?.name ?? String(n);
  }
}
