import { csvFile } from '../../shared/i18n/csv';

/**
 * Hands a file to the owner: the browser's (or Electron's) download with its save
 * dialog. Used for invoice PDFs and CSV exports; nothing leaves the machine.
 */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click returned; free them on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV file for a spreadsheet, with the byte-order mark Excel needs to read æ, ø, å (csvFile). */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, csvFile(csv), 'text/csv;charset=utf-8');
}

/** Decodes the base64 file (a PDF) the engine sends to the renderer. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
