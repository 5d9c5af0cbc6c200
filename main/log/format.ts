import { describe, type Lang, type TechnicalDetail } from '../../shared/errors';
import type { PlaceId } from '../../shared/i18n/places';
import type { LogEntry } from './types';

export interface FormattedLogEntry {
  code: string;
  title: string;
  message: string;
  fix: string;
  /** The places in the app the fixes lead to, the entry's own first. */
  places: PlaceId[];
  /** For support: e-conomic's log id, HTTP status, field path and raw message. */
  technical: TechnicalDetail | null;
  related: Array<{ code: string; title: string; message: string; fix: string }>;
}

/** An entry as the error log viewer and the mails show it, in the owner's language. */
export function formatLogEntry(entry: LogEntry, lang: Lang = 'da'): FormattedLogEntry {
  const d = describe(entry.code, entry.params, lang);
  const related = entry.related.map((r) => describe(r.code, r.params, lang));
  return {
    code: entry.code,
    title: d.title,
    message: d.message,
    fix: d.fix,
    places: [...new Set([...d.places, ...related.flatMap((r) => r.places)])],
    technical: entry.technical,
    related: related.map((rd) => ({ code: rd.code, title: rd.title, message: rd.message, fix: rd.fix })),
  };
}
