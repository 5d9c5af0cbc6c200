import { renameSync, writeFileSync, openSync, fsyncSync, closeSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';
import { invoicePdfFilename } from './send';

/**
 * Keeps the booked invoice's PDF at `<dataDir>/pdf/Faktura-<n>.pdf`. Written to a
 * temporary file, flushed and renamed, so a crash never leaves a half PDF that a
 * later send would mail to the customer. Only the owner may read it (private-files.ts).
 */
export function storeInvoicePdf(dataDir: string, invoiceNumber: number, bytes: Uint8Array): string {
  if (!Number.isInteger(invoiceNumber) || invoiceNumber <= 0) throw new RangeError(`invalid invoice number ${invoiceNumber}`);
  const target = storedInvoicePdfPath(dataDir, invoiceNumber);
  storeMailFile(target, bytes);
  return target;
}

/**
 * Keeps a file a queued mail carries (an invoice PDF, a day's order list) at `path`, the same
 * way: whole or not at all, readable by the owner only.
 */
export function storeMailFile(path: string, bytes: Uint8Array | string): void {
  const dir = dirname(path);
  makePrivateDir(dir);
  const temp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode: PRIVATE_FILE_MODE });
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Where the booked invoice's PDF is kept, whether or not it has been downloaded yet. */
export function storedInvoicePdfPath(dataDir: string, invoiceNumber: number): string {
  return join(dataDir, 'pdf', invoicePdfFilename(invoiceNumber));
}
