import { createPrivateKey, sign } from 'node:crypto';
import { LICENCE_SEPARATOR, toBase64Url } from './licence-encoding';
import { licencePayloadSchema, type LicencePayload } from './licence-payload';

/**
 * Signs a licence with the vendor's Ed25519 private key (PEM). Used by
 * scripts/issue-licence.ts and by tests with their own throwaway keys.
 */
export function signLicence(payload: LicencePayload, privateKeyPem: string): string {
  const valid = licencePayloadSchema.parse(payload);
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Licences are signed with an Ed25519 key; this key is ${key.asymmetricKeyType ?? 'unknown'}.`);
  const payloadPart = toBase64Url(JSON.stringify(valid));
  const signature = sign(null, Buffer.from(payloadPart, 'ascii'), key);
  return payloadPart + LICENCE_SEPARATOR + toBase64Url(signature);
}
