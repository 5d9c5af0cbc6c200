import { statSync } from 'node:fs';
import { formatLogEntry, type LogEntry } from '../log';
import { createSupportBundle } from '../support';
import { describe, type Lang } from '../../shared/errors';
import type { Request, Response } from '../../shared/ipc/contract';
import type { LogRow } from '../../shared/ipc/schemas/log';
import type { ServiceContext } from './context';
import { SERVICE_CODES, serviceError } from './errors';
import type { SyncLoop } from './sync-loop';

const RETRYABLE_STATES = new Set(['failed', 'needs-attention', 'held', 'eligible']);

/** The error log: filters, the fix in plain words, technical details, resolve; and the support bundle. */
export class LogArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly appVersion: string,
    private readonly loop: SyncLoop,
  ) {}

  async list(req: Request<'log.list'>): Promise<Response<'log.list'>> {
    const runtime = this.ctx.runtime;
    if (!runtime) return { total: 0, rows: [], codes: [] };
    const lang = this.ctx.language();
    const result = runtime.log.list({
      level: req.severity,
      code: req.code,
      orderId: req.orderId ? this.orderIdFor(req.orderId) : undefined,
      status: req.includeResolved ? undefined : 'open',
      from: req.from,
      to: req.to,
      search: req.search,
      limit: req.limit,
      offset: req.offset,
    });
    const codes = runtime.ledger.db.prepare('SELECT DISTINCT code FROM log_entries ORDER BY code').pluck().all() as string[];
    return { total: result.total, rows: result.entries.map((e) => this.toRow(e, lang)), codes };
  }

  async get(req: Request<'log.get'>): Promise<Response<'log.get'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    const entry = this.find(req.id);
    const formatted = formatLogEntry(entry, lang);
    const order = entry.orderId ? runtime.ledger.orders.get(entry.orderId) : null;
    return {
      ...this.toRow(entry, lang),
      message: formatted.message,
      fix: [...steps(formatted.fix), ...formatted.related.flatMap((r) => steps(r.fix))],
      places: formatted.places,
      retryable: order !== null && RETRYABLE_STATES.has(order.state),
      technical: technicalText(entry, formatted.related.map((r) => `${r.code} ${r.title}`)),
      context: { ...entry.params, occurrences: entry.occurrences, firstAt: entry.firstAt, lastAt: entry.lastAt, ...(order ? { orderState: order.state } : {}) },
    };
  }

  async resolve(req: Request<'log.resolve'>): Promise<Response<'log.resolve'>> {
    const runtime = this.ctx.requireRuntime();
    const entry = this.find(req.id);
    runtime.log.resolve(entry.id);
    return { id: req.id, resolved: true };
  }

  /** Writes the support bundle (secrets removed) of every shop into `<dataDir>/support/`: support sees the whole installation. */
  async supportBundle(): Promise<Response<'support.createBundle'>> {
    this.ctx.requireRuntime();
    const shops = this.ctx.runtimes.map((runtime) => ({ profile: runtime.profile.name, ledger: runtime.ledger, logStore: runtime.log }));
    const { path } = createSupportBundle({
      dataDir: this.ctx.dataDir,
      shops,
      callBudgetLedger: shops[0].ledger,
      config: this.ctx.config.load(),
      appVersion: this.appVersion,
      syncFailures: this.loop.failuresForSupport(),
    });
    return { path, sizeBytes: statSync(path).size, shownInFolder: false };
  }

  /** The log filter takes an order id or the number the owner sees. */
  private orderIdFor(idOrNumber: string): string {
    const orders = this.ctx.requireRuntime().ledger.orders;
    if (orders.get(idOrNumber)) return idOrNumber;
    const byNumber = orders.list({ search: idOrNumber, limit: 50 }).items.find((o) => o.number === idOrNumber || o.number === `#${idOrNumber}`);
    return byNumber?.orderId ?? idOrNumber;
  }

  private find(id: string): LogEntry {
    const n = Number(id);
    const entry = Number.isInteger(n) && n > 0 ? this.ctx.requireRuntime().log.get(n) : null;
    if (!entry) throw serviceError(SERVICE_CODES.logEntryNotFound, this.ctx.language(), { logId: id });
    return entry;
  }

  private toRow(entry: LogEntry, lang: Lang): LogRow {
    const orderNumber = entry.params.orderNumber ?? (entry.orderId ? this.ctx.runtime?.ledger.orders.get(entry.orderId)?.number : null) ?? null;
    return {
      id: String(entry.id),
      at: entry.lastAt,
      severity: entry.level,
      code: entry.code,
      title: describe(entry.code, entry.params, lang).title,
      orderId: entry.orderId,
      orderNumber: orderNumber === null ? null : String(orderNumber),
      resolved: entry.status === 'resolved',
    };
  }
}

/** The catalogue writes a fix as sentences; the log shows them as steps. */
function steps(fix: string): string[] {
  return fix
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ"“])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function technicalText(entry: LogEntry, related: string[]): string {
  const t = entry.technical ?? {};
  const lines = [
    `code: ${entry.code}`,
    ...(t.httpStatus !== undefined ? [`HTTP status: ${t.httpStatus}`] : []),
    ...(t.economicErrorCode ? [`e-conomic error code: ${t.economicErrorCode}`] : []),
    ...(t.logId ? [`e-conomic logId: ${t.logId}`] : []),
    ...(t.fieldPath ? [`field: ${t.fieldPath}`] : []),
    ...(t.requestId ? [`request: ${t.requestId}`] : []),
    ...(t.message ? [`message: ${t.message}`] : []),
    ...(related.length > 0 ? [`also: ${related.join('; ')}`] : []),
    `occurrences: ${entry.occurrences} (first ${entry.firstAt}, last ${entry.lastAt})`,
  ];
  return lines.join('\n');
}
