import { dec, plain } from '../../shared/domain/money';
import { EU_COUNTRIES } from '../../shared/vat/eu-rates';
import { ossKey } from '../../shared/vat/treatment';
import type { EconomicClient } from '../connectors/economic/client';
import type { ProductGroup, VatAccount } from '../connectors/economic/types';

/** A product group whose sales account in the domestic zone carries a VAT code. */
export interface GroupVatCode {
  productGroupNumber: number;
  vatCode: string;
}

/**
 * The product group e-conomic itself points to per OSS country and rate ("DE:19" → 11): Danish
 * accountants set up OSS with a VAT code per country and rate, named by the country (`DE19`,
 * `FR55`), on a sales account used by a product group. A group is proposed for a country and
 * rate when its domestic-zone sales account carries a code that starts with the country's ISO
 * code and has that rate — and only when exactly one group does, so a guess is never made.
 */
export function proposeOssGroups(groups: GroupVatCode[], vatAccounts: VatAccount[], homeCountry: string): Map<string, number> {
  const candidates = new Map<string, Set<number>>();
  for (const group of groups) {
    const code = vatAccounts.find((v) => v.vatCode.toUpperCase() === group.vatCode.toUpperCase());
    const country = group.vatCode.slice(0, 2).toUpperCase();
    if (!code || code.barred || code.ratePercentage === undefined || !EU_COUNTRIES.has(country) || country === homeCountry.toUpperCase()) continue;
    const rate = dec(String(code.ratePercentage));
    if (rate.lte(0)) continue;
    const key = ossKey(country, plain(rate));
    candidates.set(key, (candidates.get(key) ?? new Set()).add(group.productGroupNumber));
  }
  const proposals = new Map<string, number>();
  for (const [key, numbers] of candidates) if (numbers.size === 1) proposals.set(key, [...numbers][0]);
  return proposals;
}

/** Reads what proposeOssGroups needs: every group's VAT code in the domestic zone, and the VAT codes' rates. */
export async function loadOssProposals(client: EconomicClient, groups: ProductGroup[], domesticZone: number, homeCountry: string): Promise<Map<string, number>> {
  const [vatAccounts, withCodes] = await Promise.all([
    client.vatAccounts(),
    Promise.all(
      groups.map(async (g) => {
        const accounts = await client.productGroupSalesAccounts(g.productGroupNumber);
        const vatCode = accounts.find((a) => a.vatZone?.vatZoneNumber === domesticZone)?.salesAccount?.vatAccount?.vatCode;
        return vatCode ? [{ productGroupNumber: g.productGroupNumber, vatCode }] : [];
      }),
    ),
  ]);
  return proposeOssGroups(withCodes.flat(), vatAccounts, homeCountry);
}
