import { createPublicKey, verify } from 'node:crypto';
import { fromBase64Url, splitLicence } from './licence-encoding';
import { licencePayloadSchema, type LicencePayload } from './licence-payload';
import { VENDOR_PUBLIC_KEY_PEM } from './vendor-public-key';

export type LicenceVerification =
  | { ok: true; payload: LicencePayload }
  | { ok: false; reason: 'malformed' | 'bad-signature'; message: string }
  | { ok: false; reason: 'expired'; message: string; expiresAt: string };

export interface VerifyLicenceOptions {
  /** Defaults to the vendor key shipped in the app. */
  publicKeyPem?: string;
  now?: Date;
}

/**
 * Checks a licence offline: well-formed, signed by the vendor, not expired. The plan comes
 * only from a licence that passes, so editing config.json cannot unlock a bigger plan.
 */
export function verifyLicence(licence: string, opts: VerifyLicenceOptions = {}): LicenceVerification {
  const parts = typeof licence === 'string' ? splitLicence(licence) : null;
  const payloadBytes = parts && fromBase64Url(parts.payloadPart);
  const signature = parts && fromBase64Url(parts.signaturePart);
  if (!parts || !payloadBytes || !signature) {
    return malformed('The licence text is incomplete or damaged. Copy the whole licence from the e-mail again, without spaces or line breaks.');
  }

  const key = createPublicKey(opts.publicKeyPem ?? VENDOR_PUBLIC_KEY_PEM);
  // Verified before the payload is even parsed: nothing unsigned is trusted.
  if (!verify(null, Buffer.from(parts.payloadPart, 'ascii'), key, signature)) {
    return {
      ok: false,
      reason: 'bad-signature',
      message: 'This licence was not issued by LedgerBridge or has been changed. Paste the licence exactly as you received it, or contact LedgerBridge for a new one.',
    };
  }

  let json: unknown;
  try {
    json = JSON.parse(payloadBytes.toString('utf8'));
  } catch {
    return malformed('The licence content cannot be read. Contact LedgerBridge for a new licence.');
  }
  const parsed = licencePayloadSchema.safeParse(json);
  if (!parsed.success) return malformed('The licence is in a format this version of LedgerBridge does not understand. Update LedgerBridge or contact LedgerBridge for a new licence.');

  const payload = parsed.data;
  const now = opts.now ?? new Date();
  if (payload.expiresAt && Date.parse(payload.expiresAt) < now.getTime()) {
    return {
      ok: false,
      reason: 'expired',
      expiresAt: payload.expiresAt,
      message: `The licence for ${payload.licensee} expired on ${payload.expiresAt.slice(0, 10)}. Renew it to keep transferring orders.`,
    };
  }
  return { ok: true, payload };
}

function malformed(message: string): LicenceVerification {
  return { ok: false, reason: 'malformed', message };
}
