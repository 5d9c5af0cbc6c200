import { useEffect, useState } from 'react';
import type { InvoiceRef } from '../orders';
import { useClient } from '../../bridge/context';
import { ErrorNote } from '../../components/ui';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n';
import { PdfViewer } from './pdf-viewer';

export function InvoicePreview({ initial }: { initial?: InvoiceRef | null }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const [kind, setKind] = useState<'draft' | 'booked'>(initial?.kind ?? 'booked');
  const [number, setNumber] = useState(initial ? String(initial.number) : '');
  const [pdf, setPdf] = useState<{ base64: string; fileName: string }>();
  const recent = useAsync(() => client.call('orders.list', { limit: 30 }), []);
  const load = useAction(async (ref: InvoiceRef) => setPdf(await client.call('invoices.pdf', ref)));

  useEffect(() => {
    if (initial) void load.run(initial);
    // Only when a new invoice is handed over from another scene.
  }, [initial]);

  const invoices = (recent.data?.rows ?? []).flatMap((row): Array<InvoiceRef & { order: string }> =>
    row.bookedInvoiceNumber !== null
      ? [{ kind: 'booked', number: row.bookedInvoiceNumber, order: row.number }]
      : row.draftInvoiceNumber !== null
        ? [{ kind: 'draft', number: row.draftInvoiceNumber, order: row.number }]
        : [],
  );
  const parsed = Number.parseInt(number, 10);

  return (
    <div className="scene scene-split">
      <div className="scene-main">
        <header className="scene-head">
          <h1>{t.invoices.title}</h1>
          <form
            className="toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              if (parsed > 0) void load.run({ kind, number: parsed });
            }}
          >
            <select aria-label={t.invoices.kind} value={kind} onChange={(e) => setKind(e.target.value as 'draft' | 'booked')}>
              <option value="booked">{t.invoices.booked}</option>
              <option value="draft">{t.invoices.draft}</option>
            </select>
            <input aria-label={t.invoices.number} inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value.replace(/\D/g, ''))} />
            <button type="submit" className="primary" disabled={!(parsed > 0) || load.busy}>{t.invoices.show}</button>
          </form>
        </header>
        <ErrorNote error={load.error} />
        {pdf && <PdfViewer base64={pdf.base64} fileName={pdf.fileName} />}
      </div>
      <aside className="detail">
        <h2>{t.invoices.recent}</h2>
        {invoices.length === 0 && <p className="muted">{t.invoices.none}</p>}
        <ul className="plain">
          {invoices.map((inv) => (
            <li key={`${inv.kind}-${inv.number}`}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setKind(inv.kind);
                  setNumber(String(inv.number));
                  void load.run(inv);
                }}
              >
                {fill(inv.kind === 'booked' ? t.orders.bookedNo : t.orders.draftNo, { number: inv.number })} · #{inv.order}
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
