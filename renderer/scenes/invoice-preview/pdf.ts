import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
// The worker ships with the app (no CDN): the CSP allows workers from 'self' only.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Decodes the base64 PDF the engine sends over the bridge. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF with pdf.js. `isEvalSupported: false` keeps font programs from
 * being compiled with eval (CVE-2024-4367 class), which our CSP forbids anyway.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false, enableXfa: false });
}
