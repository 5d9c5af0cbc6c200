import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n';

const DAY_FIRST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date as a Dane writes it (24-12-2026, 24.12.2026, 24/12/2026) or as ISO
 * (2026-12-24). Returns the ISO day, '' for an empty field, or null when the text is
 * not a real calendar day.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const dayFirst = DAY_FIRST.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const [y, m, d] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return null;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO day as the field shows it: dd-mm-yyyy. */
export function showDay(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}-${m[1]}` : iso;
}

/**
 * A date typed as text in the day-month-year order the owner uses, instead of the
 * browser's date input (which Chromium shows as mm/dd/yyyy whatever the app language).
 * `value` and `onChange` speak ISO days (yyyy-mm-dd, '' = none); a half-typed or wrong
 * date leaves the value unchanged and says how to write it.
 */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (isoDay: string) => void }) {
  const { t } = useI18n();
  const errorId = useId();
  const [text, setText] = useState(showDay(value));
  const [invalid, setInvalid] = useState(false);

  // A value changed from outside (e.g. a filter reset) replaces what is typed.
  useEffect(() => {
    if (parseDay(text) !== value) {
      setText(showDay(value));
      setInvalid(false);
    }
    // Only an outside change of `value` rewrites the text, not every keystroke.
  }, [value]);

  const commit = (next: string, final: boolean) => {
    const day = parseDay(next);
    if (day !== null) {
      setInvalid(false);
      if (day !== value) onChange(day);
      if (final && day !== '') setText(showDay(day));
    } else if (final) {
      setInvalid(true);
    }
  };

  return (
    <span className="date-field-wrap">
      <input
        className={`date-field${invalid ? ' invalid' : ''}`}
        aria-label={label}
        placeholder={`${label}: ${t.dateField.hint}`}
        inputMode="numeric"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, false);
        }}
        onBlur={(e) => commit(e.target.value, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value, true);
        }}
      />
      {invalid && (
        <span className="field-error" id={errorId} role="alert">
          {t.dateField.invalid}
        </span>
      )}
    </span>
  );
}
