import type { Lang } from '../i18n/lang';
import { isDecimal } from '../domain/money';
import { formatMailAmount, formatMailDate } from './format';
import { placeholderToken, type MailPlaceholder, type MailVars } from './placeholders';
import { scanTemplate } from './scan';
import { validateTemplate, type MailTemplate, type TemplateIssue } from './validate';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export type MailRenderErrorCode = 'invalid-template' | 'missing-variable' | 'invalid-variable';

/** Why a mail could not be filled in; `texts` are ready for the owner in both languages. */
export class MailRenderError extends Error {
  constructor(
    readonly code: MailRenderErrorCode,
    readonly texts: Record<Lang, string>,
    readonly detail: { missing?: MailPlaceholder[]; invalid?: MailPlaceholder[]; issues?: TemplateIssue[] } = {},
  ) {
    super(texts.en);
    this.name = 'MailRenderError';
  }
}

export type MailVarsInput = Partial<Record<MailPlaceholder, string | number | null | undefined>>;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Fills a template for one customer. Every placeholder the template uses must
 * have a value: a blank in a customer's invoice mail is worse than a mail that
 * waits for the owner, so a missing value throws instead of rendering "".
 * Values are HTML-escaped in the HTML body only, and kept on one line in the subject.
 */
export function renderTemplate(template: MailTemplate, vars: MailVarsInput, lang: Lang): RenderedMail {
  const issues = validateTemplate(template);
  if (issues.length > 0) {
    throw new MailRenderError(
      'invalid-template',
      {
        da: `Fakturamailens skabelon (${lang}) har fejl: ${issues.map((i) => i.message.da).join(' ')}`,
        en: `The invoice mail template (${lang}) has errors: ${issues.map((i) => i.message.en).join(' ')}`,
      },
      { issues },
    );
  }
  const used = new Set<MailPlaceholder>();
  for (const field of ['subject', 'html', 'text'] as const) {
    for (const token of scanTemplate(template[field])) if (token.kind === 'placeholder') used.add(token.name);
  }
  const values = formatUsedVars(used, vars, lang);
  const fill = (source: string, encode: (value: string) => string) =>
    scanTemplate(source)
      .map((token) => (token.kind === 'placeholder' ? encode(values[token.name] ?? '') : token.kind === 'text' ? token.value : token.raw))
      .join('');
  return {
    subject: fill(template.subject, (v) => v.replace(/[\r\n]+/g, ' ')),
    html: fill(template.html, escapeHtml),
    text: fill(template.text, (v) => v),
  };
}

function formatUsedVars(used: Set<MailPlaceholder>, vars: MailVarsInput, lang: Lang): Partial<MailVars> {
  const raw = (name: MailPlaceholder) => {
    const value = vars[name];
    return value === null || value === undefined ? '' : String(value).trim();
  };
  const needed = new Set(used);
  // The formatted total carries the currency, so it needs the currency too.
  if (used.has('total')) needed.add('currency');
  const missing = [...needed].filter((name) => raw(name) === '');
  if (missing.length > 0) {
    const list = (lang: Lang) => missing.map((m) => placeholderToken(m, lang)).join(', ');
    throw new MailRenderError(
      'missing-variable',
      {
        da: `Fakturamailen mangler en værdi for ${list('da')}. Udfyld oplysningen (i ordren, e-conomic eller profilen), eller fjern flettekoden fra skabelonen.`,
        en: `The invoice mail has no value for ${list('en')}. Fill in the information (in the order, e-conomic or the profile) or remove the placeholder from the template.`,
      },
      { missing },
    );
  }
  const values: Partial<MailVars> = {};
  const invalid: MailPlaceholder[] = [];
  for (const name of used) {
    const value = raw(name);
    try {
      if (name === 'total') {
        if (!isDecimal(value)) throw new RangeError('not an amount');
        values.total = formatMailAmount(value, raw('currency'), lang);
      } else if (name === 'dueDate' || name === 'invoiceDate') {
        values[name] = formatMailDate(value, lang);
      } else {
        values[name] = value;
      }
    } catch {
      invalid.push(name);
    }
  }
  if (invalid.length > 0) {
    const list = (lang: Lang) => invalid.map((m) => placeholderToken(m, lang)).join(', ');
    throw new MailRenderError(
      'invalid-variable',
      {
        da: `Værdien for ${list('da')} kan ikke læses (beløb skal være et tal, datoer ÅÅÅÅ-MM-DD).`,
        en: `The value for ${list('en')} cannot be read (amounts must be numbers, dates YYYY-MM-DD).`,
      },
      { invalid },
    );
  }
  return values;
}
