/** Licence text = base64url(JSON payload) + "." + base64url(Ed25519 signature over the first part). */
export const LICENCE_SEPARATOR = '.';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function toBase64Url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Strict decoding: Node's decoder silently skips invalid characters, which would hide tampering. */
export function fromBase64Url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  return Buffer.from(text, 'base64url');
}

export function splitLicence(licence: string): { payloadPart: string; signaturePart: string } | null {
  const parts = licence.trim().split(LICENCE_SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { payloadPart: parts[0], signaturePart: parts[1] };
}
