import { dec } from '../../../shared/domain/money';
import { A4Writer } from '../../../shared/pdf/a4-writer';
import { COMPANY } from './seed';
import type { BookedRecord, DraftRecord } from './records';

/** Danish number format for the printout: 1.234,50 */
function kr(amount: string): string {
  const [int, frac] = dec(amount).toFixed(2).split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  return `${neg ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
}

/** Renders a draft or booked invoice as a one-or-more page A4 PDF. */
export async function invoicePdf(inv: DraftRecord | BookedRecord): Promise<Uint8Array> {
  const isBooked = 'bookedInvoiceNumber' in inv;
  const isCredit = dec(inv.totals.grossAmount).isNegative();
  // The same invoice always gives the same bytes (e-conomic's PDF of a booked invoice does not
  // change), so a mailed copy can be compared with the source byte for byte.
  const w = await A4Writer.create({
    stamp: new Date(inv.lastUpdated),
    producer: 'LedgerBridge e-conomic sandbox',
    title: isBooked ? `Faktura ${(inv as BookedRecord).bookedInvoiceNumber}` : `Fakturakladde ${(inv as DraftRecord).draftInvoiceNumber}`,
    author: COMPANY.name,
  });
  const { font, bold } = w;
  const draw = (text: string, x: number, size = 10, f = font) => w.draw(text, x, size, f);
  const drawRight = (text: string, right: number, size = 10, f = font) => w.drawRight(text, right, size, f);

  draw(COMPANY.name, 50, 14, bold);
  w.y -= 16;
  draw(`${COMPANY.addressLine1}, ${COMPANY.zip} ${COMPANY.city}`, 50, 9);
  w.y -= 12;
  draw(`CVR ${COMPANY.companyIdentificationNumber}`, 50, 9);

  w.y = 730;
  const r = inv.recipient as Record<string, string | undefined>;
  for (const part of [r.name, r.address, [r.zip, r.city].filter(Boolean).join(' '), r.country]) {
    if (part) {
      draw(part, 50, 10);
      w.y -= 13;
    }
  }

  w.y = 730;
  const title = isBooked ? (isCredit ? 'Kreditnota' : 'Faktura') : 'Fakturakladde';
  const number = isBooked ? (inv as BookedRecord).bookedInvoiceNumber : (inv as DraftRecord).draftInvoiceNumber;
  draw(`${title} nr. ${number}`, 350, 14, bold);
  w.y -= 18;
  draw(`Fakturadato: ${inv.date}`, 350);
  w.y -= 13;
  draw(`Forfaldsdato: ${inv.dueDate}`, 350);
  w.y -= 13;
  draw(`Valuta: ${inv.currency}`, 350);

  w.y = 620;
  const header = () => {
    draw('Beskrivelse', 50, 10, bold);
    drawRight('Antal', 360, 10, bold);
    drawRight('Enhedspris', 450, 10, bold);
    drawRight('Beløb', 545, 10, bold);
    w.y -= 16;
  };
  header();
  for (const l of inv.lines) {
    w.ensureRoom(0, header, 120);
    draw((l.description ?? l.productNumber ?? '').slice(0, 60), 50);
    drawRight(dec(l.quantity).toFixed(2).replace('.', ','), 360);
    drawRight(kr(l.unitNetPrice), 450);
    drawRight(kr(l.totalNetAmount), 545);
    w.y -= 14;
  }

  w.y -= 10;
  const t = inv.totals;
  for (const [label, amount, f] of [['Netto', t.netAmount, font], ['Moms', t.vatAmount, font], [`I alt ${inv.currency}`, t.grossAmount, bold]] as const) {
    draw(label, 350, 10, f);
    drawRight(kr(amount), 545, 10, f);
    w.y -= 14;
  }
  return w.save();
}
