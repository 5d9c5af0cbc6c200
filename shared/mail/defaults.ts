import type { MailLanguage } from './placeholders';
import type { MailTemplate } from './validate';

/**
 * The standard invoice mail the owner starts from (and gets back with "reset to
 * default"). Short and polite, the way a Danish web shop writes: thanks, what is
 * attached, how to pay, who to ask.
 */
export const DEFAULT_MAIL_TEMPLATES: Record<MailLanguage, MailTemplate> = {
  da: {
    subject: 'Faktura {{invoiceNumber}} fra {{shopName}} – ordre {{orderNumber}}',
    text: [
      'Hej {{customerName}},',
      '',
      'Tak for din ordre {{orderNumber}} hos {{shopName}}.',
      '',
      'Vedhæftet finder du faktura {{invoiceNumber}} af {{invoiceDate}} på {{total}} inkl. moms.',
      '',
      'Betalingsbetingelser: {{paymentTerms}}',
      'Forfaldsdato: {{dueDate}}',
      '',
      'Har du spørgsmål til fakturaen, er du velkommen til blot at svare på denne mail.',
      '',
      'Venlig hilsen',
      '{{shopName}}',
      '{{companyName}}',
      '{{shopUrl}}',
      '',
    ].join('\n'),
    html: [
      '<!doctype html>',
      '<html lang="da">',
      '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #222;">',
      '<p>Hej {{customerName}},</p>',
      '<p>Tak for din ordre <strong>{{orderNumber}}</strong> hos {{shopName}}.</p>',
      '<p>Vedhæftet finder du faktura <strong>{{invoiceNumber}}</strong> af {{invoiceDate}} på <strong>{{total}}</strong> inkl. moms.</p>',
      '<p>Betalingsbetingelser: {{paymentTerms}}<br>Forfaldsdato: {{dueDate}}</p>',
      '<p>Har du spørgsmål til fakturaen, er du velkommen til blot at svare på denne mail.</p>',
      '<p>Venlig hilsen<br>{{shopName}}<br>{{companyName}}<br><a href="{{shopUrl}}">{{shopUrl}}</a></p>',
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  },
  en: {
    subject: 'Invoice {{invoiceNumber}} from {{shopName}} – order {{orderNumber}}',
    text: [
      'Hello {{customerName}},',
      '',
      'Thank you for your order {{orderNumber}} at {{shopName}}.',
      '',
      'Please find attached invoice {{invoiceNumber}} dated {{invoiceDate}} for {{total}}.',
      '',
      'Payment terms: {{paymentTerms}}',
      'Due date: {{dueDate}}',
      '',
      'If you have any questions about the invoice, simply reply to this email.',
      '',
      'Kind regards',
      '{{shopName}}',
      '{{companyName}}',
      '{{shopUrl}}',
      '',
    ].join('\n'),
    html: [
      '<!doctype html>',
      '<html lang="en">',
      '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #222;">',
      '<p>Hello {{customerName}},</p>',
      '<p>Thank you for your order <strong>{{orderNumber}}</strong> at {{shopName}}.</p>',
      '<p>Please find attached invoice <strong>{{invoiceNumber}}</strong> dated {{invoiceDate}} for <strong>{{total}}</strong>.</p>',
      '<p>Payment terms: {{paymentTerms}}<br>Due date: {{dueDate}}</p>',
      '<p>If you have any questions about the invoice, simply reply to this email.</p>',
      '<p>Kind regards<br>{{shopName}}<br>{{companyName}}<br><a href="{{shopUrl}}">{{shopUrl}}</a></p>',
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  },
};

/** The owner's template for a language when they saved one, otherwise the standard text. */
export function templateFor(
  lang: MailLanguage,
  saved: Partial<Record<MailLanguage, MailTemplate | undefined>> | undefined,
): MailTemplate {
  return saved?.[lang] ?? DEFAULT_MAIL_TEMPLATES[lang];
}
