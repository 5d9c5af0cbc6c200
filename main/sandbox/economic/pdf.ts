import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { dec } from '../../../shared/domain/money';
import { COMPANY } from './seed';
import type { BookedRecord, DraftRecord } from './records';

/** Danish number format for the printout: 1.234,50 */
function kr(amount: string): string {
  const [int, frac] = dec(amount).toFixed(2).split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  return `${neg ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
}

/** Standard fonts only cover WinAnsi; anything else is replaced so that drawing never throws. */
function safeText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) out += supported.has(ch.codePointAt(0)!) ? ch : '?';
  return out;
}

/** Renders a draft or booked invoice as a one-or-more page A4 PDF. */
export async function invoicePdf(inv: DraftRecord | BookedRecord): Promise<Uint8Array> {
  const isBooked = 'bookedInvoiceNumber' in inv;
  const isCredit = dec(inv.totals.grossAmount).isNegative();
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  // The same invoice always gives the same bytes (e-conomic's PDF of a booked invoice does not
  // change), so a mailed copy can be compared with the source byte for byte.
  const stamp = new Date(inv.lastUpdated);
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);
  doc.setProducer('LedgerBridge e-conomic sandbox');
  doc.setCreator('LedgerBridge e-conomic sandbox');
  doc.setTitle(isBooked ? `Faktura ${(inv as BookedRecord).bookedInvoiceNumber}` : `Fakturakladde ${(inv as DraftRecord).draftInvoiceNumber}`);
  doc.setAuthor(COMPANY.name);

  let page = doc.addPage([595.28, 841.89]);
  let y = 800;
  const draw = (text: string, x: number, size = 10, f = font) => page.drawText(safeText(f, text), { x, y, size, font: f, color: rgb(0, 0, 0) });
  const drawRight = (text: string, right: number, size = 10, f = font) => {
    const t = safeText(f, text);
    page.drawText(t, { x: right - f.widthOfTextAtSize(t, size), y, size, font: f });
  };

  draw(COMPANY.name, 50, 14, bold);
  y -= 16;
  draw(`${COMPANY.addressLine1}, ${COMPANY.zip} ${COMPANY.city}`, 50, 9);
  y -= 12;
  draw(`CVR ${COMPANY.companyIdentificationNumber}`, 50, 9);

  y = 730;
  const r = inv.recipient as Record<string, string | undefined>;
  for (const part of [r.name, r.address, [r.zip, r.city].filter(Boolean).join(' '), r.country]) {
    if (part) {
      draw(part, 50, 10);
      y -= 13;
    }
  }

  y = 730;
  const title = isBooked ? (isCredit ? 'Kreditnota' : 'Faktura') : 'Fakturakladde';
  const number = isBooked ? (inv as BookedRecord).bookedInvoiceNumber : (inv as DraftRecord).draftInvoiceNumber;
  draw(`${title} nr. ${number}`, 350, 14, bold);
  y -= 18;
  draw(`Fakturadato: ${inv.date}`, 350);
  y -= 13;
  draw(`Forfaldsdato: ${inv.dueDate}`, 350);
  y -= 13;
  draw(`Valuta: ${inv.currency}`, 350);

  y = 620;
  const header = () => {
    draw('Beskrivelse', 50, 10, bold);
    drawRight('Antal', 360, 10, bold);
    drawRight('Enhedspris', 450, 10, bold);
    drawRight('Beløb', 545, 10, bold);
    y -= 16;
  };
  header();
  for (const l of inv.lines) {
    if (y < 120) {
      page = doc.addPage([595.28, 841.89]);
      y = 800;
      header();
    }
    draw((l.description ?? l.productNumber ?? '').slice(0, 60), 50);
    drawRight(dec(l.quantity).toFixed(2).replace('.', ','), 360);
    drawRight(kr(l.unitNetPrice), 450);
    drawRight(kr(l.totalNetAmount), 545);
    y -= 14;
  }

  y -= 10;
  const t = inv.totals;
  for (const [label, amount, f] of [['Netto', t.netAmount, font], ['Moms', t.vatAmount, font], [`I alt ${inv.currency}`, t.grossAmount, bold]] as const) {
    draw(label, 350, 10, f);
    drawRight(kr(amount), 545, 10, f);
    y -= 14;
  }
  return doc.save();
}
