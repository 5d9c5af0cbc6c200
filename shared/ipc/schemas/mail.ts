import { z } from 'zod';
import { mailSaveSettingsRequest } from './mail-settings';
import { idString, languageSchema, settingsShopField } from './common';

export const mailTemplateSchema = z.object({
  subject: z.string().max(500),
  html: z.string().max(200_000),
  text: z.string().max(100_000),
});
export type MailTemplate = z.infer<typeof mailTemplateSchema>;

export const placeholderSchema = z.object({
  /** As written in the template, in the owner's language, e.g. "{{kundenavn}}" ("{{customerName}}" works too). */
  token: z.string(),
  /** What the editor's picker shows, e.g. "Kundens navn". */
  label: z.string(),
  description: z.string(),
  example: z.string(),
});
export type Placeholder = z.infer<typeof placeholderSchema>;

/** The invoice-mail screen names the shop it shows (settingsShopField); the wizard's mail step names none. */
export const mailGetTemplateRequest = z.object({ language: languageSchema, ...settingsShopField });
export const mailGetTemplateResponse = z.object({
  language: languageSchema,
  template: mailTemplateSchema,
  placeholders: z.array(placeholderSchema),
  /** True when the owner has not edited the standard text. */
  isDefault: z.boolean(),
});

export const templateErrorSchema = z.object({
  field: z.enum(['subject', 'html', 'text']),
  message: z.string(),
  /** 1-based line in that field, when known. */
  line: z.number().int().positive().optional(),
});
export type TemplateError = z.infer<typeof templateErrorSchema>;

export const mailTemplateRequest = z.object({ language: languageSchema, template: mailTemplateSchema, ...settingsShopField });
export const mailValidateResponse = z.object({ errors: z.array(templateErrorSchema) });
export const mailSaveResponse = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true) }),
  z.object({ saved: z.literal(false), errors: z.array(templateErrorSchema).min(1) }),
]);

export const mailPreviewRequest = mailTemplateRequest.extend({ orderId: idString.optional() });
export const mailPreviewResponse = z.object({
  orderId: idString,
  orderNumber: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

export const mailTestSendRequest = mailPreviewRequest.extend({ to: z.string().email() });
export const mailTestSendResponse = z.object({ to: z.string(), messageId: z.string().nullable() });
/** "Send test mail" under Settings → Mail: the server as typed, before it is saved. */
export const mailTestServerRequest = mailSaveSettingsRequest.extend({ to: z.string().email() });
export const mailTestServerResponse = z.object({ to: z.string(), host: z.string(), messageId: z.string().nullable() });
