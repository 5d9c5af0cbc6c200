import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** A4 in PDF points. */
export const A4: [number, number] = [595.28, 841.89];

/** Standard fonts only cover WinAnsi; anything else is replaced so that drawing never throws. */
export function safeText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) out += supported.has(ch.codePointAt(0)!) ? ch : '?';
  return out;
}

export interface DocumentInfo {
  title: string;
  author: string;
  producer: string;
  /** Creation and modification date: the same document always gives the same bytes. */
  stamp: Date;
}

/**
 * Text documents on A4 pages in the PDF standard fonts (Helvetica; no font files to ship),
 * written top-down: a cursor `y`, left- and right-aligned text, and a new page when the cursor
 * reaches the bottom margin. Used for the printouts LedgerBridge makes itself.
 */
export class A4Writer {
  page!: PDFPage;
  y = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {}

  static async create(info: DocumentInfo): Promise<A4Writer> {
    const doc = await PDFDocument.create();
    const writer = new A4Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
    doc.setCreationDate(info.stamp);
    doc.setModificationDate(info.stamp);
    doc.setProducer(info.producer);
    doc.setCreator(info.producer);
    doc.setTitle(info.title);
    doc.setAuthor(info.author);
    writer.newPage();
    return writer;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = 800;
  }

  draw(text: string, x: number, size = 10, font = this.font): void {
    this.page.drawText(safeText(font, text), { x, y: this.y, size, font, color: rgb(0, 0, 0) });
  }

  drawRight(text: string, right: number, size = 10, font = this.font): void {
    const t = safeText(font, text);
    this.page.drawText(t, { x: right - font.widthOfTextAtSize(t, size), y: this.y, size, font });
  }

  /** Text cut to fit `width` points, with an ellipsis when cut. */
  fit(text: string, width: number, size = 10, font = this.font): string {
    let t = safeText(font, text);
    if (font.widthOfTextAtSize(t, size) <= width) return t;
    while (t.length > 0 && font.widthOfTextAtSize(`${t}...`, size) > width) t = t.slice(0, -1);
    return `${t}...`;
  }

  /** Starts a new page (and runs `header` on it) when fewer than `needed` points are left above the margin. */
  ensureRoom(needed: number, header?: () => void, margin = 60): void {
    if (this.y - needed >= margin) return;
    this.newPage();
    header?.();
  }

  save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
