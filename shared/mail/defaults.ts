import type { Lang } from '../i18n/lang';
import type { MailTemplate } from './validate';

/**
 * The standard invoice mail the owner starts from (and gets back with "reset to
 * default"). Short and polite, the way a Danish web shop writes: thanks, what is
 * attached, how to pay, who to ask. The Danish text uses the Danish placeholder names.
 */
export const DEFAULT_MAIL_TEMPLATES: Record<Lang, MailTemplate> = {
  da: {
    subject: 'Faktura {{fakturanummer}} fra {{butiksnavn}} – ordre {{ordrenummer}}',
    text: [
      'Hej {{kundenavn}},',
      '',
      'Tak for din ordre {{ordrenummer}} hos {{butiksnavn}}.',
      '',
      'Vedhæftet finder du faktura {{fakturanummer}} af {{fakturadato}} på {{beløb}} inkl. moms.',
      '',
      'Betalingsbetingelser: {{betalingsbetingelser}}',
      'Forfaldsdato: {{forfaldsdato}}',
      '',
      'Har du spørgsmål til fakturaen, er du velkommen til blot at svare på denne mail.',
      '',
      'Venlig hilsen',
      '{{butiksnavn}}',
      '{{firmanavn}}',
      '{{butiksadresse}}',
      '',
    ].join('\n'),
    html: [
      '<!doctype html>',
      '<html lang="da">',
      // A mail client shows the title where the subject is not (a mail opened in a browser, a screen reader's page name).
      '<head><meta charset="utf-8"><title>Faktura {{fakturanummer}} fra {{butiksnavn}}</title></head>',
      '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #222;">',
      '<p>Hej {{kundenavn}},</p>',
      '<p>Tak for din ordre <strong>{{ordrenummer}}</strong> hos {{butiksnavn}}.</p>',
      '<p>Vedhæftet finder du faktura <strong>{{fakturanummer}}</strong> af {{fakturadato}} på <strong>{{beløb}}</strong> inkl. moms.</p>',
      '<p>Betalingsbetingelser: {{betalingsbetingelser}}<br>Forfaldsdato: {{forfaldsdato}}</p>',
      '<p>Har du spørgsmål til fakturaen, er du velkommen til blot at svare på denne mail.</p>',
      '<p>Venlig hilsen<br>{{butiksnavn}}<br>{{firmanavn}}<br><a href="{{butiksadresse}}">{{butiksadresse}}</a></p>',
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
      '<head><meta charset="utf-8"><title>Invoice {{invoiceNumber}} from {{shopName}}</title></head>',
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
  lang: Lang,
  saved: Partial<Record<Lang, MailTemplate | undefined>> | undefined,
): MailTemplate {
  return saved?.[lang] ?? DEFAULT_MAIL_TEMPLATES[lang];
}
