import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real one-page invoice PDF, like the one e-conomic returns for a booked invoice. */
export async function makeInvoicePdf(invoiceNumber: number, total: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText(`Faktura ${invoiceNumber}`, { x: 50, y: 780, size: 20, font });
  page.drawText(`Total DKK ${total}`, { x: 50, y: 740, size: 12, font });
  doc.setCreationDate(new Date('2026-11-13T10:00:00Z'));
  return doc.save();
}
