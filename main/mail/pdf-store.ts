import { renameSync, writeFileSync, openSync, fsyncSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  const dir = join(dataDir, 'pdf');
  makePrivateDir(dir);
  const target = join(dir, invoicePdfFilename(invoiceNumber));
  const temp = join(dir, `.${invoicePdfFilename(invoiceNumber)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, bytes, { mode: PRIVATE_FILE_MODE });
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return target;
}

/** Where the booked invoice's PDF is kept, whether or not it has been downloaded yet. */
export function storedInvoicePdfPath(dataDir: string, invoiceNumber: number): string {
  return join(dataDir, 'pdf', invoicePdfFilename(invoiceNumber));
}
