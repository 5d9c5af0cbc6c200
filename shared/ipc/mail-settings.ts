import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import type { MailSettingsInput } from './schemas/mail-settings';
import type { FieldError } from './schemas/setup';

const TEXTS = {
  da: {
    hostRequired: 'Skriv mailserverens navn, fx "smtp.simply.com" eller "send.one.com".',
    hostInvalid: 'Mailserverens navn må ikke indeholde mellemrum eller "://", fx "smtp.simply.com".',
    port: 'Porten skal være et helt tal fra 1 til 65535 — typisk 587 (STARTTLS) eller 465 (TLS).',
    userForPassword: 'Skriv brugernavnet, der hører til adgangskoden (ofte din mailadresse).',
    fromAddressRequired: 'Skriv den adresse, mailene sendes fra, fx "faktura@butik.dk".',
    email: 'Det ligner ikke en e-mailadresse. Skriv den som navn@domæne.dk.',
  },
  en: {
    hostRequired: 'Enter the mail server name, e.g. "smtp.simply.com" or "send.one.com".',
    hostInvalid: 'The mail server name must not contain spaces or "://", e.g. "smtp.simply.com".',
    port: 'The port must be a whole number from 1 to 65535 — usually 587 (STARTTLS) or 465 (TLS).',
    userForPassword: 'Enter the user name that goes with the password (often your e-mail address).',
    fromAddressRequired: 'Enter the address the mails are sent from, e.g. "invoice@shop.com".',
    email: 'That does not look like an e-mail address. Write it as name@domain.com.',
  },
} as const;

function schemaFor(lang: Lang) {
  const t = TEXTS[lang];
  const optionalEmail = z.union([z.literal(''), z.email({ error: t.email })]);
  return z
    .object({
      smtp: z.object({
        host: z
          .string()
          .trim()
          .min(1, { error: t.hostRequired })
          .regex(/^[^\s/:]+$/, { error: t.hostInvalid }),
        port: z.number({ error: t.port }).int({ error: t.port }).min(1, { error: t.port }).max(65535, { error: t.port }),
        security: z.enum(['tls', 'starttls', 'none']),
        user: z.string().trim().default(''),
      }),
      password: z.string().optional(),
      fromName: z.string().default(''),
      fromAddress: z.string().trim().min(1, { error: t.fromAddressRequired }).pipe(z.email({ error: t.email })),
      replyTo: z.string().trim().default('').pipe(optionalEmail),
      notificationEmail: z.string().trim().default('').pipe(optionalEmail),
      digest: z.enum(['hourly', 'daily']).default('hourly'),
    })
    .superRefine((v, ctx) => {
      if (v.password && v.smtp.user === '') ctx.addIssue({ code: 'custom', path: ['smtp', 'user'], message: t.userForPassword });
    });
}

/**
 * Checks the mail-server form field by field, in the owner's language. The form
 * shows these under each field as the owner types; the service repeats the check
 * before it stores anything.
 */
export function checkMailSettings(input: MailSettingsInput, lang: Lang): FieldError[] {
  const parsed = schemaFor(lang).safeParse(input);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    // One message per field: the first problem is the one to fix first.
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: issue.message });
  }
  return errors;
}
