import { Buffer } from 'node:buffer';
import { containsRegisteredSecret, REDACTED } from '../../shared/redact';

const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;

/**
 * Secrets also travel base64-encoded (HTTP Basic headers, WooCommerce
 * "ck:cs" pairs, tokens inside JWT-like blobs). redact() only knows the plain
 * values, so every base64-looking run is decoded and dropped when the decoded
 * text holds a registered secret.
 */
export function redactEncodedSecrets(text: string): string {
  return text.replace(BASE64_RUN, (run) => {
    for (const candidate of [run, run.replace(/-/g, '+').replace(/_/g, '/')]) {
      const decoded = Buffer.from(candidate, 'base64').toString('utf8');
      if (decoded.length >= 4 && containsRegisteredSecret(decoded)) return REDACTED;
    }
    return run;
  });
}
