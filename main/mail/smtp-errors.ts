import { CODES, type ErrorCode } from '../../shared/errors';
import { inBothLangs, type Lang, type Words } from '../../shared/i18n/lang';
import { MAIL_FAILURE_WORDS } from '../../shared/i18n/mail-failure-words';
import { redact } from '../../shared/redact';

/**
 * Sorts a failed SMTP send into what the outbox should do next:
 * - `temporary`: try again later (4xx replies, greylisting, the server or the network unreachable);
 * - `auth`: the SMTP login was refused — a setup problem the owner must fix; retrying only risks a lockout;
 * - `bad-address`: the recipient address is wrong or does not exist (5xx on RCPT TO);
 * - `permanent`: any other refusal that repeating the same mail will not change.
 * The texts name the fix; they never contain the SMTP password (nodemailer's
 * messages carry only the server's reply). `errorCode` is the catalogue entry
 * (shared/errors, LB-6xxx) the UI and the log describe the failure with.
 */
export type SmtpFailureKind = 'temporary' | 'permanent' | 'auth' | 'bad-address';

export interface SmtpFailure {
  kind: SmtpFailureKind;
  errorCode: ErrorCode;
  /** The server's reply code (e.g. 451, 550), or null when no reply came (network errors). */
  smtpCode: number | null;
  /** nodemailer's or the OS's error code, e.g. "EAUTH", "ECONNREFUSED". */
  code: string | null;
  /** What happened, technical (for support). */
  message: string;
  /** What the owner can do, in plain words. */
  fix: Words;
}

interface ErrorShape {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ESOCKET', 'ECONNECTION']);
const AUTH_REPLY_CODES = new Set([530, 534, 535, 538]);
const ADDRESS_REPLY_CODES = new Set([501, 550, 551, 553]);

const CERTIFICATE_CODES = new Set(['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

/** A wrong port/security combination or a bad certificate: repeating will not help. */
function isTlsProblem(code: string | null, effectiveCode: string | null): boolean {
  if (code === 'ETLS') return true;
  const c = effectiveCode ?? '';
  return c.startsWith('ERR_SSL_') || c.startsWith('ERR_TLS_') || CERTIFICATE_CODES.has(c);
}

const CATALOGUE_CODE: Record<SmtpFailureKind, ErrorCode> = {
  temporary: CODES.smtpTemporary,
  permanent: CODES.smtpPermanent,
  'bad-address': CODES.smtpBadAddress,
  auth: CODES.smtpAuthFailed,
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A failure's fix in both languages (it is stored with the mail). */
export function fixText(text: (words: (typeof MAIL_FAILURE_WORDS)[Lang]) => string): Words {
  return inBothLangs(MAIL_FAILURE_WORDS, text);
}

export function classifySmtpError(error: unknown): SmtpFailure {
  const e: ErrorShape = typeof error === 'object' && error !== null ? (error as ErrorShape) : { message: String(error) };
  const code = text(e.code);
  const originalCode = text(e.originalCode);
  const response = text(e.response);
  const replyFromText = response ? Number(/^(\d{3})/.exec(response)?.[1] ?? NaN) : NaN;
  const smtpCode = typeof e.responseCode === 'number' ? e.responseCode : Number.isFinite(replyFromText) ? replyFromText : null;
  const command = text(e.command) ?? '';
  // Redacted in case a server echoes credentials back; stored in the ledger and shown to support.
  const message = redact(text(e.message) ?? response ?? 'unknown mail error').slice(0, 500);
  const effectiveCode = originalCode ?? code;
  const failure = (kind: SmtpFailureKind, fix: SmtpFailure['fix'], errorCode: ErrorCode = CATALOGUE_CODE[kind]): SmtpFailure => ({
    kind,
    errorCode,
    smtpCode,
    code: effectiveCode,
    message,
    fix,
  });

  if (code === 'EAUTH' || (smtpCode !== null && AUTH_REPLY_CODES.has(smtpCode))) {
    return failure('auth', fixText((w) => w.loginRefused));
  }
  if (isTlsProblem(code, effectiveCode)) {
    return failure('permanent', fixText((w) => w.tlsFailed));
  }
  if (smtpCode !== null && smtpCode >= 400 && smtpCode < 500) {
    const greylisted = /grey|gray/i.test(response ?? message);
    return failure('temporary', fixText((w) => (greylisted ? w.greylisted : w.temporarilyRefused(smtpCode))));
  }
  if (smtpCode !== null && smtpCode >= 500) {
    if ((command.startsWith('RCPT') || code === 'EENVELOPE') && ADDRESS_REPLY_CODES.has(smtpCode)) {
      return failure('bad-address', fixText((w) => w.addressRefused(smtpCode)));
    }
    return failure('permanent', fixText((w) => w.rejected(smtpCode)));
  }
  if (code === 'EENVELOPE') {
    return failure('bad-address', fixText((w) => w.addressInvalid));
  }
  if (effectiveCode === 'ENOENT' || effectiveCode === 'EACCES') {
    return failure('permanent', fixText((w) => w.pdfUnreadable), CODES.pdfDownloadFailed);
  }
  if (code === 'ETIMEDOUT' || (effectiveCode !== null && NETWORK_CODES.has(effectiveCode)) || (code !== null && NETWORK_CODES.has(code))) {
    return failure('temporary', fixText((w) => w.unreachable));
  }
  return failure('temporary', fixText((w) => w.unexpected));
}
