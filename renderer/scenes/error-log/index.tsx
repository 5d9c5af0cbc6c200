import { useCallback, useMemo, useState } from 'react';
import type { Severity } from '../../../shared/ipc/schemas/common';
import type { LogListRequest, LogRow } from '../../../shared/ipc/schemas/log';
import { useClient } from '../../client/context';
import { DateField } from '../../components/date-field';
import { ErrorNote, Note, SeverityBadge } from '../../components/ui';
import { VirtualList } from '../../components/virtual-list';
import { useAction } from '../../hooks/use-async';
import { usePagedRows } from '../../hooks/use-paged-rows';
import { useI18n } from '../../i18n';
import { useNavigation } from '../../navigation';
import { LogDetailPanel } from './log-detail-panel';

const ROW_HEIGHT = 36;
const SEVERITIES: Severity[] = ['info', 'warning', 'error', 'critical'];

export interface LogFilter {
  severity: Severity | '';
  code: string;
  orderId: string;
  from: string;
  to: string;
  search: string;
}

const EMPTY_FILTER: LogFilter = { severity: '', code: '', orderId: '', from: '', to: '', search: '' };

/** The filter as a log.list request; the ISO days from the date fields cover whole days. */
export function toLogRequest(filter: LogFilter): LogListRequest {
  return {
    severity: filter.severity || undefined,
    code: filter.code || undefined,
    orderId: filter.orderId.trim() || undefined,
    from: filter.from ? `${filter.from}T00:00:00.000Z` : undefined,
    to: filter.to ? `${filter.to}T23:59:59.999Z` : undefined,
    search: filter.search.trim() || undefined,
  };
}

export function ErrorLog({ viewportHeight = 560 }: { viewportHeight?: number }) {
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const [filter, setFilter] = useState<LogFilter>(EMPTY_FILTER);
  const [codes, setCodes] = useState<string[]>([]);
  const { route } = useNavigation();
  const [selected, setSelected] = useState<string | null>(route.logId ?? null);
  const [bundlePath, setBundlePath] = useState<string>();
  const request = useMemo(() => toLogRequest(filter), [filter]);

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await client.call('log.list', { ...request, offset, limit });
      setCodes((known) => (known.length === page.codes.length && known.every((c, i) => c === page.codes[i]) ? known : page.codes));
      return page;
    },
    [client, request],
  );
  const rows = usePagedRows<LogRow>(fetchPage, JSON.stringify(request));
  const bundle = useAction(async () => setBundlePath((await client.call('support.createBundle', {})).path));
  const set = (patch: Partial<LogFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div className="scene scene-split">
      <div className="scene-main">
        <header className="scene-head">
          <h1>{t.log.title}</h1>
          <div className="toolbar">
            <button type="button" data-place="log.supportBundle" onClick={() => void bundle.run()} disabled={bundle.busy}>{t.log.exportBundle}</button>
          </div>
        </header>
        <div className="filters" role="search">
          <select aria-label={t.log.severity} value={filter.severity} onChange={(e) => set({ severity: e.target.value as Severity | '' })}>
            <option value="">{t.log.severity}: {t.common.all}</option>
            {SEVERITIES.map((s) => <option key={s} value={s}>{t.severity[s]}</option>)}
          </select>
          <select aria-label={t.log.code} value={filter.code} onChange={(e) => set({ code: e.target.value })}>
            <option value="">{t.log.code}: {t.common.all}</option>
            {codes.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          <input aria-label={t.log.order} placeholder={t.log.order} value={filter.orderId} onChange={(e) => set({ orderId: e.target.value })} />
          <DateField label={t.common.from} value={filter.from} onChange={(from) => set({ from })} />
          <DateField label={t.common.to} value={filter.to} onChange={(to) => set({ to })} />
          <input type="search" aria-label={t.common.search} placeholder={t.log.searchPlaceholder} value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        </div>
        <ErrorNote error={rows.error ?? bundle.error} />
        {bundlePath && <Note tone="ok">{fill(t.log.bundleCreated, { path: bundlePath })}</Note>}
        <p className="muted" aria-live="polite">{rows.total === null ? t.common.loading : i18n.plural(t.log.count, rows.total)}</p>
        {rows.total === 0 ? (
          <p className="empty">{t.log.empty}</p>
        ) : (
          <VirtualList
            label={t.log.title}
            count={rows.total ?? 0}
            rowHeight={ROW_HEIGHT}
            height={viewportHeight}
            renderRow={(index) => {
              const row = rows.rowAt(index);
              if (!row) return <div className="log-row placeholder">…</div>;
              return (
                <button
                  type="button"
                  className={`log-row${row.id === selected ? ' selected' : ''}${row.resolved ? ' resolved' : ''}`}
                  onClick={() => setSelected(row.id)}
                >
                  <span className="log-time">{i18n.dateTime(row.at)}</span>
                  <SeverityBadge severity={row.severity} />
                  <code className="log-code">{row.code}</code>
                  <span className="log-title">{row.title}</span>
                  <span className="log-order">{row.orderNumber ? `#${row.orderNumber}` : ''}</span>
                </button>
              );
            }}
          />
        )}
      </div>
      {selected ? (
        <LogDetailPanel id={selected} onChanged={rows.reload} onClose={() => setSelected(null)} />
      ) : (
        <aside className="detail detail-empty"><p className="muted">{t.log.selectEntry}</p></aside>
      )}
    </div>
  );
}
