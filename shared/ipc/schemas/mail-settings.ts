import { z } from 'zod';
import { settingsShopField } from './common';
import { fieldErrorSchema } from './setup';

export const smtpSecuritySchema = z.enum(['tls', 'starttls', 'none']);
export type SmtpSecurity = z.infer<typeof smtpSecuritySchema>;
export const digestSchema = z.enum(['hourly', 'daily']);

/**
 * The mail server and sender the invoice mails and the owner's error mails go out
 * through. The SMTP password is never part of it: the UI learns only whether one is
 * stored in the keychain.
 */
export const mailSettingsSchema = z.object({
  smtp: z
    .object({
      host: z.string(),
      port: z.number().int(),
      security: smtpSecuritySchema,
      /** Empty when the server takes mail without logging in (a local relay). */
      user: z.string(),
    })
    .nullable(),
  /** True when a password for this profile is stored in the keychain. */
  passwordStored: z.boolean(),
  fromName: z.string(),
  fromAddress: z.string(),
  /** Empty = replies go to the sender address. */
  replyTo: z.string(),
  /** Where the owner's error mails go; empty = none. */
  notificationEmail: z.string(),
  digest: digestSchema,
});
export type MailSettings = z.infer<typeof mailSettingsSchema>;

/**
 * What the form sends. Only the shape is checked here; the service checks the values
 * (`checkMailSettings`) so it can answer per field in the owner's language.
 */
export const mailSaveSettingsRequest = z.object({
  smtp: z.object({
    host: z.string().max(253),
    port: z.number(),
    security: smtpSecuritySchema,
    user: z.string().max(320).default(''),
  }),
  /** A new password; omitted or empty keeps the stored one. Without a user, no password is kept. */
  password: z.string().max(1000).optional(),
  fromName: z.string().max(200).default(''),
  fromAddress: z.string().max(320),
  replyTo: z.string().max(320).default(''),
  notificationEmail: z.string().max(320).default(''),
  digest: digestSchema.default('hourly'),
  /** Settings' shop (see settingsShopField); the wizard's mail step names none. */
  ...settingsShopField,
});
export type MailSaveSettingsRequest = z.output<typeof mailSaveSettingsRequest>;
export type MailSettingsInput = z.input<typeof mailSaveSettingsRequest>;

export const mailSaveSettingsResponse = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), settings: mailSettingsSchema }),
  z.object({ saved: z.literal(false), fieldErrors: z.array(fieldErrorSchema).min(1) }),
]);
