import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeInvoicePdf } from '../../../main/mail';
import { makeInvoicePdf } from './invoice-pdf';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('storeInvoicePdf', () => {
  it('keeps the invoice as <dataDir>/pdf/Faktura-<n>.pdf, replacing an earlier download whole, with no temp files left', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lb-pdf-'));
    const first = await makeInvoicePdf(10234, '100.00');
    const second = await makeInvoicePdf(10234, '200.00');
    const path = storeInvoicePdf(dir, 10234, first);
    expect(path).toBe(join(dir, 'pdf', 'Faktura-10234.pdf'));
    expect(storeInvoicePdf(dir, 10234, second)).toBe(path);
    expect(Buffer.compare(readFileSync(path), Buffer.from(second))).toBe(0);
    expect(readdirSync(join(dir, 'pdf'))).toEqual(['Faktura-10234.pdf']);
  });

  it('refuses an invoice number that could escape the folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'lb-pdf-'));
    expect(() => storeInvoicePdf(dir, Number('../../x'), new Uint8Array([1]))).toThrow(RangeError);
    expect(() => storeInvoicePdf(dir, 0, new Uint8Array([1]))).toThrow(RangeError);
  });
});
