import { CODES, type ErrorCode } from '../../shared/errors';
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
  fix: { da: string; en: string };
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
    return failure('auth', {
      da: 'Mailserveren afviste login. Tjek brugernavn og adgangskode under Indstillinger → Mail, og send derefter fakturamailen igen.',
      en: 'The mail server refused the login. Check the user name and password under Settings → Mail, then send the invoice mail again.',
    });
  }
  if (isTlsProblem(code, effectiveCode)) {
    return failure('permanent', {
      da: 'Den krypterede forbindelse til mailserveren kunne ikke oprettes. Tjek port og sikkerhed under Indstillinger → Mail (TLS på port 465, STARTTLS på port 587), og at serverens certifikat er gyldigt.',
      en: "The encrypted connection to the mail server failed. Check port and security under Settings → Mail (TLS on port 465, STARTTLS on port 587) and that the server's certificate is valid.",
    });
  }
  if (smtpCode !== null && smtpCode >= 400 && smtpCode < 500) {
    const greylisted = /grey|gray/i.test(response ?? message);
    return failure('temporary', {
      da: greylisted
        ? 'Modtagerens mailserver beder os prøve igen om lidt (greylisting). Det er normalt; mailen sendes automatisk igen.'
        : `Mailserveren svarede midlertidigt nej (${smtpCode}). Mailen sendes automatisk igen senere.`,
      en: greylisted
        ? "The recipient's mail server asks us to try again shortly (greylisting). This is normal; the mail is retried automatically."
        : `The mail server temporarily refused (${smtpCode}). The mail is retried automatically later.`,
    });
  }
  if (smtpCode !== null && smtpCode >= 500) {
    if ((command.startsWith('RCPT') || code === 'EENVELOPE') && ADDRESS_REPLY_CODES.has(smtpCode)) {
      return failure('bad-address', {
        da: `Kundens mailadresse blev afvist (${smtpCode}). Ret adressen på kunden/ordren, og send fakturamailen igen – eller send fakturaen på anden vis og markér den som sendt.`,
        en: `The customer's email address was refused (${smtpCode}). Correct the address on the customer/order and send the invoice mail again — or deliver the invoice another way and mark it as sent.`,
      });
    }
    return failure('permanent', {
      da: `Mailserveren afviste mailen (${smtpCode}). Læs serverens svar i detaljerne; ret årsagen (fx afsenderadresse eller størrelse), og send fakturamailen igen.`,
      en: `The mail server rejected the mail (${smtpCode}). Read the server's reply in the details, fix the cause (e.g. sender address or size) and send the invoice mail again.`,
    });
  }
  if (code === 'EENVELOPE') {
    return failure('bad-address', {
      da: 'Modtager- eller afsenderadressen er ikke en gyldig mailadresse. Ret adressen, og send fakturamailen igen.',
      en: 'The recipient or sender address is not a valid email address. Correct it and send the invoice mail again.',
    });
  }
  if (effectiveCode === 'ENOENT' || effectiveCode === 'EACCES') {
    return failure('permanent', {
      da: 'Fakturaens PDF-fil kunne ikke læses. Hent fakturaen fra e-conomic igen, og send fakturamailen igen.',
      en: "The invoice's PDF file could not be read. Download the invoice from e-conomic again, then send the invoice mail again.",
    }, CODES.pdfDownloadFailed);
  }
  if (code === 'ETIMEDOUT' || (effectiveCode !== null && NETWORK_CODES.has(effectiveCode)) || (code !== null && NETWORK_CODES.has(code))) {
    return failure('temporary', {
      da: 'Mailserveren kunne ikke nås. Mailen sendes automatisk igen; fortsætter det, så tjek internetforbindelsen og serveradressen under Indstillinger → Mail.',
      en: 'The mail server could not be reached. The mail is retried automatically; if this persists, check the internet connection and the server address under Settings → Mail.',
    });
  }
  return failure('temporary', {
    da: 'Mailen kunne ikke sendes på grund af en uventet fejl. Den sendes automatisk igen; support kan se detaljerne.',
    en: 'The mail could not be sent because of an unexpected error. It is retried automatically; support can see the details.',
  });
}
