import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import type { OrderStatus } from '../../shared/i18n/order-status';
import { ORDER_STATUS_HINTS } from '../../shared/i18n/order-status';
import type { Severity } from '../../shared/ipc/schemas/common';
import { CallError } from '../client/client';
import { useI18n } from '../i18n';
import { GoToButtons, placesOfCode } from './go-to';

/**
 * A labelled form control with its error directly underneath. The control (the
 * single child) gets the id the label points at and is described by the error.
 */
export function Field({ label, error, hint, children }: { label: string; error?: string; hint?: string; children: ReactElement<{ id?: string; 'aria-describedby'?: string }> }) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id, 'aria-describedby': error || hint ? noteId : undefined })}
      {hint && !error && (
        <span className="field-hint" id={noteId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={noteId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

const STATUS_TONE: Record<OrderStatus, string> = {
  waiting: 'neutral',
  ready: 'neutral',
  draft: 'info',
  approval: 'warn',
  day: 'info',
  booked: 'ok',
  skipped: 'neutral',
  retrying: 'warn',
  action: 'bad',
};

/** An order's status in the owner's words, with what it means on hover. */
export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t, language } = useI18n();
  return (
    <span className={`badge badge-${STATUS_TONE[status]}`} title={ORDER_STATUS_HINTS[status][language]}>
      {t.statuses[status]}
    </span>
  );
}

const SEVERITY_TONE: Record<Severity, string> = { info: 'neutral', warning: 'warn', error: 'bad', critical: 'bad' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return <span className={`badge badge-${SEVERITY_TONE[severity]}`}>{t.severity[severity]}</span>;
}

/** Shows a failed call the way the owner can act on it: the message, the code, and the way to where it is fixed. */
export function ErrorNote({ error, orderId }: { error: Error | undefined; orderId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="note note-bad" role="alert">
      <strong>{t.common.failed}:</strong> {error.message}
      {error instanceof CallError && (
        <>
          <span className="note-code">
            {' '}
            ({t.common.errorCode} {error.code})
          </span>
          <GoToButtons places={placesOfCode(error.code)} orderId={orderId} />
        </>
      )}
    </div>
  );
}

export function Note({ tone, children }: { tone: 'ok' | 'info' | 'warn'; children: ReactNode }) {
  return (
    <div className={`note note-${tone}`} role="status">
      {children}
    </div>
  );
}

export function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  const tone = ratio > 0.9 ? 'bad' : ratio > 0.7 ? 'warn' : 'ok';
  return (
    <div className="meter" role="meter" aria-label={label} aria-valuenow={value} aria-valuemin={0} aria-valuemax={max}>
      <div className={`meter-fill meter-${tone}`} style={{ width: `${Math.round(ratio * 1000) / 10}%` }} />
    </div>
  );
}

export function Card({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <header className="card-head">
        <h2>{title}</h2>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}
