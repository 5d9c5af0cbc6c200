import { placeholderNamed, type MailPlaceholder } from './placeholders';

/**
 * Splits template text into literal text and `{{placeholder}}` tokens. Problems
 * (unknown names, braces that do not pair up) come back as tokens too, so the
 * editor can point at them and the renderer can refuse to fill a broken template.
 * Single braces are ordinary text: the HTML body may carry CSS.
 */
export type TemplateToken =
  | { kind: 'text'; value: string }
  | { kind: 'placeholder'; name: MailPlaceholder; index: number; raw: string }
  | { kind: 'problem'; problem: TemplateProblem; index: number; raw: string };

export type TemplateProblem = 'unknown-placeholder' | 'empty-placeholder' | 'unclosed-braces' | 'unopened-braces' | 'single-braces';

/** A placeholder's name: letters (Danish ones too, as in `beløb`), digits and underscores. */
const NAME = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*$/u;
/** `{customerName}` — a known name in single braces is almost surely a typo for `{{customerName}}`. */
const SINGLE_BRACED = /(^|[^{])\{\s*([\p{L}_][\p{L}\p{N}_]*)\s*\}(?!\})/gu;

export function scanTemplate(source: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let pos = 0;
  const pushText = (end: number) => {
    if (end > pos) tokens.push(...scanText(source, pos, end));
  };
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    const strayClose = source.indexOf('}}', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      pushText(strayClose);
      tokens.push({ kind: 'problem', problem: 'unopened-braces', index: strayClose, raw: '}}' });
      pos = strayClose + 2;
      continue;
    }
    if (open === -1) {
      pushText(source.length);
      break;
    }
    pushText(open);
    const close = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      const end = nextOpen === -1 ? Math.min(source.length, open + 2 + 40) : nextOpen;
      tokens.push({ kind: 'problem', problem: 'unclosed-braces', index: open, raw: source.slice(open, end) });
      pos = nextOpen === -1 ? source.length : nextOpen;
      continue;
    }
    const raw = source.slice(open, close + 2);
    const inner = source.slice(open + 2, close);
    const named = NAME.exec(inner);
    const placeholder = named ? placeholderNamed(named[1]) : null;
    if (inner.trim() === '') {
      tokens.push({ kind: 'problem', problem: 'empty-placeholder', index: open, raw });
    } else if (placeholder) {
      tokens.push({ kind: 'placeholder', name: placeholder, index: open, raw });
    } else {
      tokens.push({ kind: 'problem', problem: 'unknown-placeholder', index: open, raw });
    }
    pos = close + 2;
  }
  return tokens;
}

function scanText(source: string, start: number, end: number): TemplateToken[] {
  const text = source.slice(start, end);
  const tokens: TemplateToken[] = [];
  let last = 0;
  for (const match of text.matchAll(SINGLE_BRACED)) {
    if (!placeholderNamed(match[2])) continue;
    const at = (match.index ?? 0) + match[1].length;
    const raw = match[0].slice(match[1].length);
    if (at > last) tokens.push({ kind: 'text', value: text.slice(last, at) });
    tokens.push({ kind: 'problem', problem: 'single-braces', index: start + at, raw });
    last = at + raw.length;
  }
  if (last < text.length) tokens.push({ kind: 'text', value: text.slice(last) });
  return tokens;
}
