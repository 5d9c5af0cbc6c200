import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VatAccount } from '../../../main/connectors/economic/types';
import type { EconomicClient } from '../../../main/connectors/economic/client';
import { loadOssProposals, logOssProposals, ossProposals, proposeOssGroups } from '../../../main/engine/oss-groups';
import { openLedger } from '../../../main/ledger/ledger';
import { LogStore } from '../../../main/log';
import { testProfile } from '../../helpers/profiles';

const code = (vatCode: string, ratePercentage: number, barred = false): VatAccount => ({ vatCode, ratePercentage, barred, self: `x/${vatCode}` });
const CODES = [code('U25', 25), code('DE19', 19), code('DE7', 7), code('NL21', 21), code('ES21', 21), code('FR55', 5.5), code('DK25', 25), code('SE25', 25, true), code('UEUV', 0)];

describe('the product group e-conomic points to per OSS country and rate', () => {
  it('is the one group whose domestic sales account carries the country’s code at that rate', () => {
    const groups = [
      { productGroupNumber: 1, vatCode: 'U25' },
      { productGroupNumber: 11, vatCode: 'DE19' },
      { productGroupNumber: 12, vatCode: 'DE7' },
      { productGroupNumber: 13, vatCode: 'NL21' },
      { productGroupNumber: 14, vatCode: 'es21' },
      { productGroupNumber: 15, vatCode: 'FR55' },
    ];
    expect(Object.fromEntries(proposeOssGroups(groups, CODES, 'DK'))).toEqual({ 'DE:19': 11, 'DE:7': 12, 'NL:21': 13, 'ES:21': 14, 'FR:5.5': 15 });
  });

  it('proposes nothing where two groups carry the same country and rate, for the home country, barred codes or 0 %', () => {
    const groups = [
      { productGroupNumber: 11, vatCode: 'DE19' },
      { productGroupNumber: 21, vatCode: 'DE19' },
      { productGroupNumber: 30, vatCode: 'DK25' },
      { productGroupNumber: 31, vatCode: 'SE25' },
      { productGroupNumber: 32, vatCode: 'UEUV' },
      { productGroupNumber: 33, vatCode: 'XX99' },
    ];
    expect(proposeOssGroups(groups, CODES, 'DK').size).toBe(0);
  });
});

describe("reading e-conomic's OSS set-up", () => {
  /** e-conomic as far as the proposals read it, counting the product groups whose sales accounts were asked for. */
  const economic = (vatAccounts: VatAccount[]) => {
    const asked: number[] = [];
    const client = {
      vatAccounts: async () => vatAccounts,
      productGroupSalesAccounts: async (n: number) => {
        asked.push(n);
        return [{ vatZone: { vatZoneNumber: 1 }, salesAccount: { vatAccount: { vatCode: n === 11 ? 'DE19' : 'U25' } } }];
      },
    } as unknown as EconomicClient;
    return { client, asked };
  };
  const groups = [1, 11].map((productGroupNumber) => ({ productGroupNumber, name: `Gruppe ${productGroupNumber}`, self: `x/${productGroupNumber}` }));

  it('asks for no group of an agreement without a VAT code of another EU country (most agreements)', async () => {
    const { client, asked } = economic([code('U25', 25), code('UEUV', 0), code('SE25', 25, true)]);
    expect(await loadOssProposals(client, groups, 1, 'DK')).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("reads each group's domestic sales account where the agreement has OSS codes", async () => {
    const { client, asked } = economic(CODES);
    expect(await loadOssProposals(client, groups, 1, 'DK')).toEqual([{ key: 'DE:19', productGroupNumber: 11, vatCode: 'DE19' }]);
    expect(asked.sort()).toEqual([1, 11]);
  });
});

describe('a proposal LedgerBridge books by', () => {
  const groups = [
    { productGroupNumber: 11, vatCode: 'DE19' },
    { productGroupNumber: 13, vatCode: 'NL21' },
  ];
  const names = [
    { productGroupNumber: 11, name: 'Salg Tyskland 19 %' },
    { productGroupNumber: 13, name: 'Salg Holland 21 %' },
  ];

  it('carries the VAT code it rests on, so the setup can say why', () => {
    expect(ossProposals(groups, CODES, 'DK')).toEqual([
      { key: 'DE:19', productGroupNumber: 11, vatCode: 'DE19' },
      { key: 'NL:21', productGroupNumber: 13, vatCode: 'NL21' },
    ]);
  });

  it('is logged once per proposed group, not where the consultant chose a group, and not again after a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-oss-proposal-'));
    try {
      const profile = testProfile({ oss: true, productGroups: { '25': 1, 'NL:21': 2 } });
      const proposals = ossProposals(groups, CODES, 'DK');
      let ledger = openLedger(dir);
      const first = logOssProposals({ profile, kv: ledger.kv, log: new LogStore(ledger.db) }, proposals, names);
      const entries = new LogStore(ledger.db).list({ code: 'LB-2031' }).entries;
      expect(first).toBe(1);
      expect(entries.map((e) => [e.level, e.params])).toEqual([['info', { country: 'DE', vatRate: '19', productGroup: '11 Salg Tyskland 19 %', vatCode: 'DE19' }]]);
      ledger.close();

      ledger = openLedger(dir);
      expect(logOssProposals({ profile, kv: ledger.kv, log: new LogStore(ledger.db) }, proposals, names)).toBe(0);
      // e-conomic now points to another group for DE 19 %: that is news, and logged.
      expect(logOssProposals({ profile, kv: ledger.kv, log: new LogStore(ledger.db) }, [{ key: 'DE:19', productGroupNumber: 13, vatCode: 'DE19' }], names)).toBe(1);
      ledger.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
