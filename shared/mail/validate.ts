import type { Lang } from '../i18n/lang';
import { MAIL_PLACEHOLDERS, placeholderToken } from './placeholders';
import { scanTemplate, type TemplateProblem } from './scan';

export interface MailTemplate {
  subject: string;
  html: string;
  text: string;
}
export type TemplateField = keyof MailTemplate;

export interface TemplateIssue {
  field: TemplateField;
  /** The offending text, e.g. "{{kundeNavn}}"; "" when the issue is about the whole field. */
  placeholder: string;
  message: Record<Lang, string>;
  /** Character offset in the field, for the editor to highlight. */
  index: number;
}

const FIELD_NAMES: Record<TemplateField, Record<Lang, string>> = {
  subject: { da: 'emnet', en: 'the subject' },
  html: { da: 'HTML-teksten', en: 'the HTML body' },
  text: { da: 'den almindelige tekst', en: 'the plain-text body' },
};

const known = (lang: Lang) => MAIL_PLACEHOLDERS.map((p) => placeholderToken(p, lang)).join(', ');

function problemMessage(problem: TemplateProblem, raw: string, field: TemplateField): Record<Lang, string> {
  const where = FIELD_NAMES[field];
  switch (problem) {
    case 'unknown-placeholder':
      return {
        da: `${raw} i ${where.da} er ikke en kendt flettekode. Brug en af: ${known('da')}.`,
        en: `${raw} in ${where.en} is not a known placeholder. Use one of: ${known('en')}.`,
      };
    case 'empty-placeholder':
      return {
        da: `Der står tomme klammer ${raw} i ${where.da}. Skriv navnet på en flettekode imellem dem, eller slet dem.`,
        en: `There are empty braces ${raw} in ${where.en}. Put a placeholder name between them or remove them.`,
      };
    case 'unclosed-braces':
      return {
        da: `"{{" i ${where.da} bliver ikke lukket med "}}". Luk flettekoden, fx ${placeholderToken('customerName', 'da')}.`,
        en: `"{{" in ${where.en} is never closed with "}}". Close the placeholder, e.g. {{customerName}}.`,
      };
    case 'unopened-braces':
      return {
        da: `"}}" i ${where.da} har ingen "{{" foran sig. Tilføj "{{" eller slet "}}".`,
        en: `"}}" in ${where.en} has no "{{" before it. Add "{{" or remove "}}".`,
      };
    case 'single-braces':
      return {
        da: `${raw} i ${where.da} har kun én klamme på hver side og bliver ikke udfyldt. Skriv {${raw}}.`,
        en: `${raw} in ${where.en} has single braces and would not be filled in. Write {${raw}}.`,
      };
  }
}

/**
 * Everything that would make a customer's mail wrong: unknown placeholders,
 * braces that do not pair up, and an empty subject or body. An empty list means
 * the template can be saved and used.
 */
export function validateTemplate(template: MailTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const field of ['subject', 'html', 'text'] as const) {
    const source = template[field] ?? '';
    if (source.trim() === '') {
      issues.push({
        field,
        placeholder: '',
        index: 0,
        message: { da: `${capitalise(FIELD_NAMES[field].da)} er tom.`, en: `${capitalise(FIELD_NAMES[field].en)} is empty.` },
      });
      continue;
    }
    if (field === 'subject' && /[\r\n]/.test(source)) {
      issues.push({
        field,
        placeholder: '',
        index: source.search(/[\r\n]/),
        message: { da: 'Emnet skal stå på én linje.', en: 'The subject must be a single line.' },
      });
    }
    for (const token of scanTemplate(source)) {
      if (token.kind !== 'problem') continue;
      issues.push({ field, placeholder: token.raw, index: token.index, message: problemMessage(token.problem, token.raw, field) });
    }
  }
  return issues;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
