import { describe, expect, it } from 'vitest';
import {
  DANISH_PLACEHOLDER_NAMES,
  DEFAULT_MAIL_TEMPLATES,
  MAIL_PLACEHOLDERS,
  MailRenderError,
  PLACEHOLDER_DOCS,
  buildInvoiceMailVars,
  chooseMailLanguage,
  exampleMailVars,
  formatMailAmount,
  formatMailDate,
  renderTemplate,
  validateTemplate,
  type InvoiceMailVars,
  type MailTemplate,
} from '../../../shared/mail';
import type { Order, Party } from '../../../shared/domain/order';

const vars: InvoiceMailVars = {
  customerName: 'Mette Hansen',
  invoiceNumber: '10234',
  orderNumber: '1042',
  total: '1234.5',
  currency: 'DKK',
  dueDate: '2026-11-27',
  invoiceDate: '2026-11-13',
  shopName: 'Butik Nordlys',
  paymentTerms: 'Netto 14 dage',
  companyName: 'Nordlys ApS',
  shopUrl: 'https://nordlys.dk',
};

const template = (overrides: Partial<MailTemplate>): MailTemplate => ({ subject: 'Faktura {{invoiceNumber}}', html: '<p>Hej {{customerName}}</p>', text: 'Hej {{customerName}}', ...overrides });

describe('validateTemplate', () => {
  it('accepts the Danish and English defaults', () => {
    expect(validateTemplate(DEFAULT_MAIL_TEMPLATES.da)).toEqual([]);
    expect(validateTemplate(DEFAULT_MAIL_TEMPLATES.en)).toEqual([]);
  });

  it('reports an unknown placeholder with its field, position and a Danish and English message', () => {
    const issues = validateTemplate(template({ text: 'Hej {{kundeNavn}}, tak.' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'text', placeholder: '{{kundeNavn}}', index: 4 });
    expect(issues[0].message.da).toContain('{{kundeNavn}}');
    // Each language lists the names its owner writes.
    expect(issues[0].message.da).toContain('{{kundenavn}}, {{fakturanummer}}, {{ordrenummer}}, {{beløb}}');
    expect(issues[0].message.en).toContain('not a known placeholder. Use one of: {{customerName}}, {{invoiceNumber}}');
  });

  it('reports braces that are opened but never closed, and closed but never opened', () => {
    const unclosed = validateTemplate(template({ subject: 'Faktura {{invoiceNumber fra {{shopName}}' }));
    expect(unclosed).toEqual([expect.objectContaining({ field: 'subject', index: 8 })]);
    expect(unclosed[0].message.en).toContain('never closed');

    const unopened = validateTemplate(template({ html: '<p>Hej customerName}}</p>' }));
    expect(unopened).toEqual([expect.objectContaining({ field: 'html', placeholder: '}}', index: 19 })]);
  });

  it('flags a placeholder written with single braces, but leaves CSS braces alone', () => {
    const issues = validateTemplate(template({ html: '<style>p { color: #222 }</style><p>Hej {customerName}</p>' }));
    expect(issues).toEqual([expect.objectContaining({ field: 'html', placeholder: '{customerName}' })]);
  });

  it('reports an empty subject or body', () => {
    expect(validateTemplate(template({ subject: '  ' }))).toEqual([expect.objectContaining({ field: 'subject', placeholder: '' })]);
  });

  it('allows spaces inside the braces', () => {
    expect(validateTemplate(template({ text: 'Hej {{ customerName }}' }))).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('fills the Danish default with Danish amounts and dates', () => {
    const mail = renderTemplate(DEFAULT_MAIL_TEMPLATES.da, vars, 'da');
    expect(mail.subject).toBe('Faktura 10234 fra Butik Nordlys – ordre 1042');
    expect(mail.text).toContain('Hej Mette Hansen,');
    expect(mail.text).toContain('Vedhæftet finder du faktura 10234 af 13. november 2026 på 1.234,50 kr.');
    expect(mail.text).toContain('Forfaldsdato: 27. november 2026');
    expect(mail.html).toContain('<strong>1.234,50 kr.</strong>');
    expect(mail.text).not.toMatch(/\{\{|\}\}/);
  });

  it("gives the HTML mail a title naming the invoice and the shop, in the mail's language", () => {
    expect(renderTemplate(DEFAULT_MAIL_TEMPLATES.da, vars, 'da').html).toContain('<title>Faktura 10234 fra Butik Nordlys</title>');
    expect(renderTemplate(DEFAULT_MAIL_TEMPLATES.en, vars, 'en').html).toContain('<title>Invoice 10234 from Butik Nordlys</title>');
  });

  it('fills the English default with English amounts and dates', () => {
    const mail = renderTemplate(DEFAULT_MAIL_TEMPLATES.en, { ...vars, currency: 'EUR' }, 'en');
    expect(mail.text).toContain('Please find attached invoice 10234 dated 13 November 2026 for EUR 1,234.50.');
    expect(mail.text).toContain('Due date: 27 November 2026');
  });

  it('escapes values in the HTML body only', () => {
    const mail = renderTemplate(DEFAULT_MAIL_TEMPLATES.da, { ...vars, customerName: 'Jens & <b>"Co"</b>' }, 'da');
    expect(mail.html).toContain('Hej Jens &amp; &lt;b&gt;&quot;Co&quot;&lt;/b&gt;,');
    expect(mail.html).not.toContain('<b>"Co"</b>');
    expect(mail.text).toContain('Hej Jens & <b>"Co"</b>,');
  });

  it('keeps the subject on one line whatever the values contain', () => {
    const mail = renderTemplate(template({ subject: 'Faktura til {{customerName}}' }), { ...vars, customerName: 'Mette\r\nBcc: x@evil.test' }, 'da');
    expect(mail.subject).toBe('Faktura til Mette Bcc: x@evil.test');
  });

  it('throws a typed error naming the missing value instead of leaving a blank', () => {
    const attempt = () => renderTemplate(DEFAULT_MAIL_TEMPLATES.da, { ...vars, paymentTerms: '' }, 'da');
    expect(attempt).toThrow(MailRenderError);
    try {
      attempt();
    } catch (error) {
      const e = error as MailRenderError;
      expect(e.code).toBe('missing-variable');
      expect(e.detail.missing).toEqual(['paymentTerms']);
      expect(e.texts.da).toContain('{{betalingsbetingelser}}');
      expect(e.texts.en).toContain('{{paymentTerms}}');
    }
  });

  it('does not require values the template does not use', () => {
    const mail = renderTemplate(template({}), { customerName: 'Mette', invoiceNumber: '7' }, 'da');
    expect(mail).toEqual({ subject: 'Faktura 7', html: '<p>Hej Mette</p>', text: 'Hej Mette' });
  });

  it('refuses to render a template with errors', () => {
    expect(() => renderTemplate(template({ text: 'Hej {{navn}}' }), vars, 'da')).toThrow(expect.objectContaining({ code: 'invalid-template' }));
  });
});

describe('Danish placeholder names', () => {
  const english: MailTemplate = {
    subject: 'Faktura {{invoiceNumber}} – ordre {{orderNumber}}',
    html: '<p>Kære {{customerName}}, {{total}} forfalder {{dueDate}}.</p>',
    text: 'Kære {{customerName}}, {{total}} forfalder {{dueDate}}. {{shopName}}, {{companyName}}, {{shopUrl}}, {{paymentTerms}}, {{invoiceDate}}, {{currency}}',
  };
  const danish: MailTemplate = {
    subject: 'Faktura {{fakturanummer}} – ordre {{ordrenummer}}',
    html: '<p>Kære {{kundenavn}}, {{beløb}} forfalder {{forfaldsdato}}.</p>',
    text: 'Kære {{kundenavn}}, {{beløb}} forfalder {{forfaldsdato}}. {{butiksnavn}}, {{firmanavn}}, {{butiksadresse}}, {{betalingsbetingelser}}, {{fakturadato}}, {{valuta}}',
  };

  it('fills a template written with the Danish names exactly as one written with the English names, which keep working', () => {
    expect(validateTemplate(danish)).toEqual([]);
    expect(validateTemplate(english)).toEqual([]);
    const mail = renderTemplate(danish, vars, 'da');
    expect(mail).toEqual(renderTemplate(english, vars, 'da'));
    expect(mail.subject).toBe(`Faktura ${vars.invoiceNumber} – ordre ${vars.orderNumber}`);
    expect(mail.html).toBe('<p>Kære Mette Hansen, 1.234,50 kr. forfalder 27. november 2026.</p>');
  });

  it('takes both kinds of names in one template, and with spaces inside the braces', () => {
    expect(renderTemplate({ ...english, subject: 'Faktura {{ fakturanummer }} til {{customerName}}' }, vars, 'da').subject).toBe(`Faktura ${vars.invoiceNumber} til Mette Hansen`);
  });

  it('still refuses a name that is neither, and a Danish name in single braces', () => {
    expect(validateTemplate({ ...danish, text: 'Hej {{kundenavnet}}' })[0]).toMatchObject({ placeholder: '{{kundenavnet}}' });
    expect(validateTemplate({ ...danish, text: 'Hej {kundenavn}' })[0]).toMatchObject({ placeholder: '{kundenavn}' });
  });

  it('gives every placeholder a Danish name, a picker label in both languages, and the Danish default text only Danish names', () => {
    expect(Object.keys(DANISH_PLACEHOLDER_NAMES).sort()).toEqual([...MAIL_PLACEHOLDERS].sort());
    expect(new Set(Object.values(DANISH_PLACEHOLDER_NAMES)).size).toBe(MAIL_PLACEHOLDERS.length);
    for (const doc of PLACEHOLDER_DOCS) expect(doc.label.da && doc.label.en).toBeTruthy();
    const written = (t: MailTemplate) => [t.subject, t.html, t.text].join('\n').match(/\{\{[^}]+\}\}/g) ?? [];
    expect(written(DEFAULT_MAIL_TEMPLATES.da).filter((token) => !Object.values(DANISH_PLACEHOLDER_NAMES).includes(token.slice(2, -2)))).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes amounts Danish style with kr. for DKK and the code otherwise', () => {
    expect(formatMailAmount('1234.5', 'DKK', 'da')).toBe('1.234,50 kr.');
    expect(formatMailAmount('1234567.005', 'DKK', 'da')).toBe('1.234.567,01 kr.');
    expect(formatMailAmount('99', 'EUR', 'da')).toBe('99,00 EUR');
    expect(formatMailAmount('-250', 'dkk', 'da')).toBe('-250,00 kr.');
  });

  it('writes amounts English style with the currency code first', () => {
    expect(formatMailAmount('1234.5', 'EUR', 'en')).toBe('EUR 1,234.50');
    expect(formatMailAmount('0.1', 'DKK', 'en')).toBe('DKK 0.10');
  });

  it('writes dates as a Dane or an English reader expects', () => {
    expect(formatMailDate('2026-11-27', 'da')).toBe('27. november 2026');
    expect(formatMailDate('2026-05-01T10:00:00Z', 'da')).toBe('1. maj 2026');
    expect(formatMailDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(() => formatMailDate('27-11-2026', 'da')).toThrow(RangeError);
  });
});

describe('chooseMailLanguage', () => {
  it('writes Danish to Denmark, Greenland and the Faroe Islands and English elsewhere', () => {
    expect(chooseMailLanguage('DK')).toBe('da');
    expect(chooseMailLanguage('gl')).toBe('da');
    expect(chooseMailLanguage('FO')).toBe('da');
    expect(chooseMailLanguage('SE')).toBe('en');
    expect(chooseMailLanguage('DE')).toBe('en');
    expect(chooseMailLanguage('')).toBe('da');
  });

  it('lets an explicit choice win', () => {
    expect(chooseMailLanguage('DE', 'da')).toBe('da');
    expect(chooseMailLanguage('DK', 'en')).toBe('en');
  });
});

describe('placeholder documentation', () => {
  it('documents every placeholder in both languages, and the examples fill the defaults', () => {
    expect(PLACEHOLDER_DOCS.map((d) => d.name).sort()).toEqual([...MAIL_PLACEHOLDERS].sort());
    for (const doc of PLACEHOLDER_DOCS) expect(doc.description.da && doc.description.en).toBeTruthy();
    for (const lang of ['da', 'en'] as const) {
      const preview = renderTemplate(DEFAULT_MAIL_TEMPLATES[lang], exampleMailVars(lang), lang);
      const total = PLACEHOLDER_DOCS.find((d) => d.name === 'total')?.example[lang] ?? '';
      expect(preview.text).toContain(total);
    }
  });
});

describe('buildInvoiceMailVars', () => {
  const party: Party = {
    firstName: 'Mette', lastName: 'Hansen', name: 'Mette Hansen', company: null, email: 'mette@example.dk', phone: null,
    address1: 'Nørregade 1', address2: null, zip: '8000', city: 'Aarhus C', state: null, country: 'DK', vatNumber: null, ean: null,
  };
  const order = { number: '1042', billing: party } as unknown as Order;

  it('takes the facts from the order, the booked invoice, the shop and the company', () => {
    const built = buildInvoiceMailVars(
      order,
      { number: 10234, date: '2026-11-13', dueDate: '2026-11-27', grossAmount: '1234.50', currency: 'dkk', paymentTermsName: 'Netto 14 dage' },
      { name: 'Butik Nordlys', url: 'https://nordlys.dk' },
      { name: 'Nordlys ApS' },
    );
    expect(built).toEqual({ ...vars, total: '1234.50' });
    expect(renderTemplate(DEFAULT_MAIL_TEMPLATES.da, built, 'da').text).toContain('på 1.234,50 kr.');
  });

  it('greets a company when the billing address names no person', () => {
    const built = buildInvoiceMailVars(
      { ...order, billing: { ...party, name: '', company: 'Fjord Design ApS' } },
      { number: 1, date: '2026-11-13', dueDate: '2026-11-27', grossAmount: '10', currency: 'DKK', paymentTermsName: 'Netto 8 dage' },
      { name: 'Butik', url: 'https://b.dk' },
      { name: 'B ApS' },
    );
    expect(built.customerName).toBe('Fjord Design ApS');
  });
});
