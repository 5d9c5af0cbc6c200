import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { ApiError, notFound } from '../errors';
import { created, ok, type Ctx, type Reply } from '../context';
import { parseMultipart } from '../multipart';
import { decodeProductNumber } from '../product-number';
import type { VoucherRecord } from '../records';
import { JOURNALS } from '../seed';
import { yearSegment } from './journals';

/**
 * A voucher's documentation (restdocs "Journals": /journals/:n/vouchers/:accountingYear-voucherNumber/attachment,
 * TT-jr "Attachments on vouchers"). e-conomic documents the upload as multipart/form-data
 * (application/json refused), at most 9.0 MB per request, of .jpg, .jpeg, .pdf, .gif or .png;
 * POST creates the file, PATCH adds pages, DELETE removes it; GET …/attachment gives its
 * metadata (published schema: createdAt, description, file, pages, self) and GET …/attachment/file
 * the file, always as PDF.
 *
 * Where the docs leave room the sandbox takes the stricter reading: only PDF (checked by its
 * bytes, not its name); 9.0 MB as 9,000,000 bytes of request body; POST on a voucher that
 * already has a file is refused (adding pages is PATCH's job), so a client that sends its
 * file twice is caught; and the voucher must exist in that journal and accounting year and
 * still be in the journal (not booked).
 */

const MAX_BYTES = 9_000_000;

/** The voucher named by `:voucherId` ("2026-12", or "2026_6_2027-12" for a year "2026/2027"). */
function voucherOf(ctx: Ctx): VoucherRecord {
  const journal = JOURNALS.find((j) => String(j.journalNumber) === ctx.params.journalNumber);
  if (!journal) throw notFound('Journal', 'Find a list at /journals.');
  const m = /^(.+)-(\d+)$/.exec(decodeURIComponent(ctx.params.voucherId));
  const year = m ? decodeProductNumber(m[1]) : undefined;
  const voucher = m ? ctx.store.vouchers.find((v) => v.journalNumber === journal.journalNumber && v.accountingYear === year && v.voucherNumber === Number(m[2]) && !v.booked) : undefined;
  if (!voucher) throw notFound('Voucher', `No voucher ${ctx.params.voucherId} in journal ${journal.journalNumber}: the id is {accountingYear}-{voucherNumber}, and a voucher leaves the journal when the journal is booked.`);
  return voucher;
}

const attachmentSelf = (ctx: Ctx, v: VoucherRecord) => `${ctx.base}/journals/${v.journalNumber}/vouchers/${yearSegment(v.accountingYear)}-${v.voucherNumber}/attachment`;

function attachmentDoc(ctx: Ctx, v: VoucherRecord) {
  const a = v.attachment!;
  return { createdAt: a.createdAt, pages: a.pages, file: `${attachmentSelf(ctx, v)}/file`, self: attachmentSelf(ctx, v) };
}

/** Pages of a PDF, read as a PDF reader would; null when the file does not open as one. */
async function pageCount(pdf: Buffer): Promise<number | null> {
  try {
    return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  } catch {
    return null;
  }
}

export async function postAttachmentFile(ctx: Ctx): Promise<Reply> {
  const voucher = voucherOf(ctx);
  const upload = ctx.upload!;
  if (upload.bytes.length > MAX_BYTES) throw new ApiError(413, 'The file is too large.', `Maximum file size is 9.0 MB per request; this request has ${upload.bytes.length} bytes.`, { errorCode: 'E04300' });
  const files = parseMultipart(upload.bytes, upload.contentType).filter((p) => p.filename !== null);
  if (files.length !== 1) throw new ApiError(400, 'Send exactly one file.', `The request has ${files.length} file parts; attach one file per request.`, { errorCode: 'E04300' });
  const [file] = files;
  const pages = file.data.subarray(0, 5).toString('latin1') === '%PDF-' ? await pageCount(file.data) : null;
  if (pages === null) throw new ApiError(400, 'The file is not a PDF.', "Attach the voucher's documentation as a PDF file.", { errorCode: 'E04300', inputValue: file.filename });
  if (voucher.attachment) throw new ApiError(400, 'The voucher already has an attachment.', 'PATCH adds pages to it; DELETE removes it before a new one is posted.', { errorCode: 'E04300' });
  voucher.attachment = { pdfBase64: file.data.toString('base64'), sha256: createHash('sha256').update(file.data).digest('hex'), pages, createdAt: ctx.store.today() };
  ctx.store.dirty = true;
  return created(attachmentDoc(ctx, voucher), attachmentSelf(ctx, voucher));
}

export function getAttachment(ctx: Ctx): Reply {
  const voucher = voucherOf(ctx);
  if (!voucher.attachment) throw notFound('Attachment', 'The voucher has no attachment yet; POST …/attachment/file adds one.');
  return ok(attachmentDoc(ctx, voucher));
}

export function getAttachmentFile(ctx: Ctx): Reply {
  const voucher = voucherOf(ctx);
  if (!voucher.attachment) throw notFound('Attachment', 'The voucher has no attachment yet; POST …/attachment/file adds one.');
  return { status: 200, raw: Buffer.from(voucher.attachment.pdfBase64, 'base64'), contentType: 'application/pdf' };
}
