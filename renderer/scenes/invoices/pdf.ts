import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
// The worker ships with the app (no CDN): the CSP allows workers from 'self' only.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { base64ToBytes } from '../../components/download';

// Decoding lives with the other downloads; kept importable from here for the invoice scene.
export { base64ToBytes };

/**
 * Opens a PDF with pdf.js. `isEvalSupported: false` keeps font programs from
 * being compiled with eval (CVE-2024-4367 class), which our CSP forbids anyway.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false, enableXfa: false });
}

/** Pages rendered this many times their CSS size for print (sharp text on paper). */
const PRINT_SCALE = 2;

/**
 * Prints a PDF with the system's print dialog: every page is rendered to an image in a
 * print-only area of the page (the app's own window, so no PDF plug-in is needed), then
 * the window prints and the area is removed again.
 */
export async function printPdf(base64: string, print: () => void = () => window.print()): Promise<number> {
  const task = await openPdf(base64ToBytes(base64));
  const doc = await task.promise;
  const area = document.createElement('div');
  area.className = 'print-area';
  area.setAttribute('aria-hidden', 'true');
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.alt = '';
      area.append(img);
    }
    document.body.append(area);
    document.body.classList.add('printing');
    print();
    return doc.numPages;
  } finally {
    document.body.classList.remove('printing');
    area.remove();
    void task.destroy();
  }
}
