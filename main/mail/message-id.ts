import { randomUUID } from 'node:crypto';

/**
 * A Message-ID we choose ourselves, `<uuid@domain-of-the-sender>`, so the outbox
 * can store it before the SMTP conversation starts: if the process dies after
 * the server accepted the mail, the stored id is what the owner (or support)
 * searches for in the sent folder or the customer's inbox.
 */
export function newMessageId(fromAddress: string): string {
  const at = fromAddress.lastIndexOf('@');
  const domain = at >= 0 ? fromAddress.slice(at + 1).trim().toLowerCase() : '';
  const safeDomain = /^[a-z0-9.-]+$/.test(domain) && domain.includes('.') ? domain : 'ledgerbridge.invalid';
  return `<${randomUUID()}@${safeDomain}>`;
}

/** RFC 5322 msg-id: `<left@right>` with no spaces or further angle brackets. */
export function isValidMessageId(value: string): boolean {
  return /^<[^<>\s@]+@[^<>\s@]+>$/.test(value);
}
