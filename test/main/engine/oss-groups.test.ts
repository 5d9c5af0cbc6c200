import { describe, expect, it } from 'vitest';
import type { VatAccount } from '../../../main/connectors/economic/types';
import { proposeOssGroups } from '../../../main/engine/oss-groups';

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
