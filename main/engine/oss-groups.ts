import { dec, plain } from '../../shared/domain/money';
import { splitProductGroupKey } from '../../shared/domain/vat-rate';
import type { Profile } from '../../shared/profile/schema';
import { EU_COUNTRIES } from '../../shared/vat/eu-rates';
import { ossKey } from '../../shared/vat/treatment';
import type { EconomicClient } from '../connectors/economic/client';
import type { ProductGroup, VatAccount } from '../connectors/economic/types';
import type { KeyValueStore } from '../ledger';
import type { LogStore } from '../log';
import { REASON } from './reasons';

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
  return new Map(ossProposals(groups, vatAccounts, homeCountry).map((p) => [p.key, p.productGroupNumber]));
}

/** One proposal with the VAT code it rests on, so the consultant sees why ("DE:19" → 11, because of DE19). */
export interface OssProposal {
  key: string;
  productGroupNumber: number;
  vatCode: string;
}

/** proposeOssGroups with each proposal's VAT code, sorted by key. */
export function ossProposals(groups: GroupVatCode[], vatAccounts: VatAccount[], homeCountry: string): OssProposal[] {
  const candidates = new Map<string, GroupVatCode[]>();
  for (const group of groups) {
    const code = vatAccounts.find((v) => v.vatCode.toUpperCase() === group.vatCode.toUpperCase());
    if (!code || !isOssVatCode(code, homeCountry)) continue;
    const key = ossKey(group.vatCode.slice(0, 2).toUpperCase(), plain(dec(String(code.ratePercentage))));
    candidates.set(key, [...(candidates.get(key) ?? []), group]);
  }
  return [...candidates]
    .filter(([, found]) => new Set(found.map((g) => g.productGroupNumber)).size === 1)
    .map(([key, [group]]) => ({ key, productGroupNumber: group.productGroupNumber, vatCode: group.vatCode.toUpperCase() }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A VAT code that can carry One-Stop-Shop sales: named by another EU country, at a rate above 0, not barred. */
function isOssVatCode(code: VatAccount, homeCountry: string): boolean {
  const country = code.vatCode.slice(0, 2).toUpperCase();
  if (code.barred || code.ratePercentage === undefined || !EU_COUNTRIES.has(country) || country === homeCountry.toUpperCase()) return false;
  return dec(String(code.ratePercentage)).gt(0);
}

/**
 * Reads what ossProposals needs: the VAT codes, and each group's VAT code in the domestic zone.
 * e-conomic has no listing of the groups' sales accounts, so that is one call per group (the
 * client's concurrency cap applies); an agreement without a single OSS VAT code — most of them —
 * costs the one VAT-code listing and nothing more.
 */
export async function loadOssProposals(client: EconomicClient, groups: ProductGroup[], domesticZone: number, homeCountry: string): Promise<OssProposal[]> {
  const vatAccounts = await client.vatAccounts();
  if (!vatAccounts.some((code) => isOssVatCode(code, homeCountry))) return [];
  const withCodes = await Promise.all(
    groups.map(async (g) => {
      const accounts = await client.productGroupSalesAccounts(g.productGroupNumber);
      const vatCode = accounts.find((a) => a.vatZone?.vatZoneNumber === domesticZone)?.salesAccount?.vatAccount?.vatCode;
      return vatCode ? [{ productGroupNumber: g.productGroupNumber, vatCode }] : [];
    }),
  );
  return ossProposals(withCodes.flat(), vatAccounts, homeCountry);
}

/**
 * Logs each proposal the engine books by (no group chosen for that country and rate), once
 * per proposed group: the consultant sees in the log which group LedgerBridge chose and why,
 * and where to choose another. Remembered in the ledger, so a restart does not repeat it.
 */
export function logOssProposals(deps: { profile: Profile; kv: KeyValueStore; log: LogStore }, proposals: readonly OssProposal[], groups: readonly ProductGroup[]): number {
  let logged = 0;
  for (const p of proposals) {
    if (deps.profile.productGroups[p.key] !== undefined) continue;
    const seen = `oss-proposal:${deps.profile.name}:${p.key}`;
    if (deps.kv.get(seen) === p.productGroupNumber) continue;
    const { country, rate } = splitProductGroupKey(p.key);
    const name = groups.find((g) => g.productGroupNumber === p.productGroupNumber)?.name;
    deps.log.info({ code: REASON.ossProductGroupProposed, profile: deps.profile.name, params: { country: country ?? '', vatRate: rate, productGroup: name ? `${p.productGroupNumber} ${name}` : String(p.productGroupNumber), vatCode: p.vatCode } });
    deps.kv.set(seen, p.productGroupNumber);
    logged++;
  }
  return logged;
}
