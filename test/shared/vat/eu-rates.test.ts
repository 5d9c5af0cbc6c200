import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVatRateOf, territoryOutsideVatArea, vatRatesOn } from '../../../shared/vat/eu-rates';

const DIR = fileURLToPath(new URL('../../../shared/vat/', import.meta.url));

describe('the EU VAT rates the app ships', () => {
  it('are byte for byte the table SOURCES.md names', () => {
    const sources = readFileSync(`${DIR}SOURCES.md`, 'utf8');
    const hash = /`eu-vat-rates\.json` \|.*\| `([0-9a-f]{64})` \|/.exec(sources)?.[1];
    expect(createHash('sha256').update(readFileSync(`${DIR}eu-vat-rates.json`)).digest('hex')).toBe(hash);
  });

  it('give a country every rate in force on the day, highest first', () => {
    expect(vatRatesOn('DE', '2026-11-15')).toEqual(['19', '7']);
    expect(vatRatesOn('FR', '2026-11-15')).toEqual(['20', '10', '5.5', '2.1']);
    // Ireland's parking rate equals a reduced rate: listed once
    expect(vatRatesOn('IE', '2026-11-15')).toEqual(['23', '13.5', '9', '4.8']);
  });

  it('follow rate changes by date: Germany’s 2020 cut, Finland 24 → 25.5 % on 2024-09-01', () => {
    expect(vatRatesOn('DE', '2020-10-01')).toEqual(['16', '5']);
    expect(vatRatesOn('DE', '2021-01-01')).toEqual(['19', '7']);
    expect(isVatRateOf('FI', '2024-08-31', '24')).toBe(true);
    expect(isVatRateOf('FI', '2024-09-01', '24')).toBe(false);
    expect(isVatRateOf('FI', '2024-09-01', '25.50')).toBe(true);
  });

  it('know nothing outside the EU (Norway, and the United Kingdom since it left)', () => {
    expect(vatRatesOn('NO', '2026-11-15')).toBeNull();
    expect(vatRatesOn('GB', '2026-11-15')).toBeNull();
    expect(isVatRateOf('GB', '2026-11-15', '20')).toBe(false);
  });

  it('name the territories outside the VAT area by postcode', () => {
    expect(territoryOutsideVatArea('ES', '35001', '2026-11-15')).toBe('Canary Islands');
    expect(territoryOutsideVatArea('DE', '27498', '2026-11-15')).toBe('Heligoland');
    expect(territoryOutsideVatArea('ES', '28001', '2026-11-15')).toBeNull();
    // a postcode is matched whole, not as a prefix of a longer one
    expect(territoryOutsideVatArea('ES', '350011', '2026-11-15')).toBeNull();
  });
});
