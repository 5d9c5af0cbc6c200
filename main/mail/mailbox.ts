import addressparser from 'nodemailer/lib/addressparser';

/**
 * Why a text is not one plain mailbox:
 * - `group`: RFC 5322 group syntax, `kunder:anden@firma.dk;` (the text before the colon is
 *   only a label; the mail goes to the members);
 * - `list`: several addresses, `a@firma.dk, b@firma.dk` (also with `;`);
 * - `display-name`: a name or comment beside the address that itself reads as an address,
 *   `"kunde@butik.dk" <anden@firma.dk>`, which shows one address and sends to another
 *   (a plain name, `Mette Hansen <mette@example.dk>`, is fine);
 * - `malformed`: not an address at all (a missing domain, a space typed in the middle).
 */
export type MailboxProblem = 'empty' | 'group' | 'list' | 'display-name' | 'malformed';

export type MailboxCheck = { ok: true; address: string; name: string } | { ok: false; problem: MailboxProblem; recipients: string[] };

// After parsing: one @, something on each side, a dot in the domain, no spaces or controls.
const PLAIN_ADDRESS = /^[^\s@\u0000-\u001f\u007f]+@[^\s@\u0000-\u001f\u007f]+\.[^\s@\u0000-\u001f\u007f]+$/;

// What writes a name or comment beside an address; without it, extra text is a typo ("pamela nguyen@…").
const DISPLAY_SYNTAX = /[<>()"]/;

/**
 * Accepts exactly one mailbox, a bare address or a plain name with one, so that the
 * address the owner sees is the only one the mail can reach. The text is read by nodemailer's own address
 * parser, the one that later decides the SMTP recipients: checking with a different (or
 * no) parser is how `name:other@host;` passed a regex yet went to other@host.
 */
export function checkMailbox(text: string): MailboxCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', recipients: [] };
  const parsed = addressparser(trimmed);
  const recipients = addressparser(trimmed, { flatten: true })
    .map((a) => a.address)
    .filter((a) => a !== '');
  if (parsed.some((entry) => 'group' in entry)) return { ok: false, problem: 'group', recipients };
  if (parsed.length > 1) return { ok: false, problem: 'list', recipients };
  const only = parsed[0] as addressparser.Address | undefined;
  if (!only || !PLAIN_ADDRESS.test(only.address)) return { ok: false, problem: 'malformed', recipients };
  if (only.address === trimmed) return { ok: true, address: only.address, name: '' };
  if (!DISPLAY_SYNTAX.test(trimmed)) return { ok: false, problem: 'malformed', recipients };
  if (only.name.includes('@')) return { ok: false, problem: 'display-name', recipients };
  return { ok: true, address: only.address, name: only.name };
}

/** A text that is not one mailbox reached a place that sends mail (a bug or bad data upstream). */
export class NotOneMailboxError extends RangeError {
  override readonly name = 'NotOneMailboxError';
  constructor(
    readonly text: string,
    readonly problem: MailboxProblem,
    readonly recipients: string[],
  ) {
    super(`not one e-mail address (${problem}): ${JSON.stringify(text)}`);
  }
}

/**
 * The one mailbox in the text, as the address object nodemailer takes without parsing it
 * again; throws NotOneMailboxError otherwise. Every mail LedgerBridge sends takes its
 * recipients through here.
 */
export function oneMailbox(text: string): { name: string; address: string } {
  const check = checkMailbox(text);
  if (!check.ok) throw new NotOneMailboxError(text, check.problem, check.recipients);
  return { name: check.name, address: check.address };
}
