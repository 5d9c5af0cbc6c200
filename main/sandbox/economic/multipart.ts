import { ApiError } from './errors';

/** One part of a multipart/form-data body. */
export interface FormPart {
  /** The form field's name; e-conomic's own examples send the file under the empty name "". */
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

const bad = (why: string) => new ApiError(400, 'The multipart/form-data body could not be read.', why, { errorCode: 'E04300' });

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts, bytes untouched. Strict: a
 * missing boundary, a part without Content-Disposition or a body without its closing
 * delimiter is refused rather than guessed at.
 */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw bad('Content-Type multipart/form-data needs a boundary, e.g. "multipart/form-data; boundary=xyz".');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw bad('The body does not contain the boundary named in Content-Type.');
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString('latin1') === '--') return parts;
    if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') throw bad('A boundary line must end with CRLF.');
    const headerEnd = body.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) throw bad('A part has no blank line after its headers.');
    const headers = body.subarray(at + 2, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw bad('The body ends without the closing boundary.');
    const disposition = headers.find((h) => /^content-disposition:/i.test(h));
    if (!disposition || !/form-data/i.test(disposition)) throw bad('Every part needs "Content-Disposition: form-data".');
    const type = headers.find((h) => /^content-type:/i.test(h));
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
      contentType: type ? type.slice(type.indexOf(':') + 1).trim() : null,
      data: body.subarray(headerEnd + 4, next),
    });
    at = next + 2;
  }
}
