import type { z } from 'zod';
import type { Lang } from '../../shared/i18n/lang';
import { PROFILE_FIELD_HINTS, PROFILE_ISSUE_WORDS, PROFILE_TYPE_WORDS } from '../../shared/i18n/profile-field-words';

/**
 * One plain sentence per invalid field, e.g.
 * `orderStages: list at least one shop status at which orders are transferred, e.g. ["processing"]`.
 */
export function explainProfileErrors(error: z.ZodError, lang: Lang = 'en', prefix = ''): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    // Inside config.json a profile's fields sit under profiles.<name>.
    const hintKey = path.replace(/\[\d+\]/g, '[]').replace(/^profiles\.[^.]+\./, '');
    const hint = PROFILE_FIELD_HINTS[hintKey]?.[lang] ?? generic(issue, lang);
    const label = prefix ? (path ? `${prefix}.${path}` : prefix) : path || PROFILE_ISSUE_WORDS[lang].profile;
    out.push(`${label}: ${hint}`);
  }
  return out;
}

function formatPath(path: PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s;
}

function generic(issue: z.core.$ZodIssue, lang: Lang): string {
  const w = PROFILE_ISSUE_WORDS[lang];
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) return w.missing;
      return w.mustBe(PROFILE_TYPE_WORDS[issue.expected]?.[lang] ?? issue.expected);
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return w.atLeastItems(n);
      if (issue.origin === 'string') return n <= 1 ? w.notEmpty : w.atLeastChars(n);
      if (issue.inclusive === false) return w.greaterThan(n);
      return w.atLeast(n);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return w.atMostChars(n);
      if (issue.origin === 'array') return w.atMostItems(n);
      if (issue.inclusive === false) return w.lessThan(n);
      return w.atMost(n);
    }
    case 'invalid_format':
      if (issue.format === 'url') return w.webAddress;
      return w.wrongFormat(issue.message);
    case 'invalid_value':
      return w.chooseOne(issue.values.map(String).join(', '));
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]).map(String) : null;
      return options ? w.chooseOne(options.join(', ')) : w.notAllowed;
    }
    case 'unrecognized_keys':
      return w.unknownFields(issue.keys.join(', '));
    default:
      return issue.message;
  }
}
