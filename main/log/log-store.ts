import type { Database, Statement } from 'better-sqlite3';
import { CATALOGUE, type ProblemReport } from '../../shared/errors';
import { redactDeep } from '../../shared/redact';
import type { ListQuery, ListResult, LogEntry, ReportChange, ReportInput } from './types';

interface Row {
  id: number;
  at: string;
  level: LogEntry['level'];
  code: string;
  order_id: string | null;
  profile: string;
  params: string;
  technical: string | null;
  related: string | null;
  status: LogEntry['status'];
  occurrences: number;
  first_at: string;
  last_at: string;
  resolved_at: string | null;
  group_key: string | null;
}

const MAX_LIMIT = 1000;

function parse<T>(json: string | null, fallback: T): T {
  if (json === null) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

function toEntry(r: Row): LogEntry {
  return {
    id: r.id,
    at: r.at,
    level: r.level,
    code: r.code,
    orderId: r.order_id,
    profile: r.profile,
    params: parse(r.params, {}),
    technical: parse(r.technical, null),
    related: parse(r.related, []),
    status: r.status,
    occurrences: r.occurrences,
    firstAt: r.first_at,
    lastAt: r.last_at,
    resolvedAt: r.resolved_at,
    groupKey: r.group_key,
  };
}

/** The group an entry belongs to: one open entry per order, or per code and subject. */
export function groupKeyFor(input: { code: string; orderId?: string | null; subject?: string }): string {
  if (input.orderId) return `order:${input.orderId}`;
  return `code:${input.code}:${input.subject ?? ''}`;
}

/**
 * The problem log, in the ledger's SQLite database. Problems are grouped so an
 * order that fails on every sync cycle is one entry with a count, not a flood.
 * Everything stored goes through redactDeep first.
 */
export class LogStore {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Records a problem; returns the entry and whether it is new, changed or a repeat. */
  report(input: ReportInput): LogEntry & { change: ReportChange } {
    const groupKey = groupKeyFor(input);
    const level = CATALOGUE[input.code]?.severity ?? 'error';
    const params = JSON.stringify(redactDeep(input.params ?? {}));
    const technical = input.technical ? JSON.stringify(redactDeep(input.technical)) : null;
    const related = input.related && input.related.length > 0 ? JSON.stringify(redactDeep(input.related)) : null;
    const orderNumber = typeof input.params?.orderNumber === 'string' || typeof input.params?.orderNumber === 'number' ? String(input.params.orderNumber) : null;
    const now = this.now();

    return this.db.transaction(() => {
      const open = this.stmt(`SELECT * FROM log_entries WHERE profile = ? AND group_key = ? AND status = 'open'`).get(input.profile, groupKey) as Row | undefined;
      if (open) {
        const change: ReportChange = open.code === input.code && open.params === params ? 'repeated' : 'changed';
        this.stmt(
          `UPDATE log_entries SET occurrences = occurrences + 1, last_at = ?, code = ?, level = ?, params = ?, technical = ?, related = ?, order_number = COALESCE(?, order_number) WHERE id = ?`,
        ).run(now, input.code, level, params, technical, related, orderNumber, open.id);
        return { ...this.get(open.id)!, change };
      }
      const info = this.stmt(
        `INSERT INTO log_entries (at, level, code, order_id, order_number, profile, params, technical, related, status, occurrences, first_at, last_at, group_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 1, ?, ?, ?)`,
      ).run(now, level, input.code, input.orderId ?? null, orderNumber, input.profile, params, technical, related, now, now, groupKey);
      return { ...this.get(Number(info.lastInsertRowid))!, change: 'created' as const };
    })();
  }

  /**
   * Records the problems validation found for one order as one entry: the first
   * (most severe) is the headline, the rest ride along as related problems.
   */
  reportOrderProblems(input: { profile: string; orderId: string; problems: ProblemReport[] }): (LogEntry & { change: ReportChange }) | null {
    const [head, ...rest] = input.problems;
    if (!head) return null;
    return this.report({ ...head, profile: input.profile, orderId: input.orderId, related: rest });
  }

  /**
   * An event worth keeping that needs no action ("draft deleted because the
   * order was cancelled"). Stored already resolved, never grouped.
   */
  info(input: Omit<ReportInput, 'subject' | 'related'>): LogEntry {
    const now = this.now();
    const level = CATALOGUE[input.code]?.severity ?? 'error';
    const orderNumber = input.params?.orderNumber !== undefined && input.params?.orderNumber !== null ? String(input.params.orderNumber) : null;
    const info = this.stmt(
      `INSERT INTO log_entries (at, level, code, order_id, order_number, profile, params, technical, status, occurrences, first_at, last_at, resolved_at, group_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'resolved', 1, ?, ?, ?, NULL)`,
    ).run(
      now,
      level,
      input.code,
      input.orderId ?? null,
      orderNumber,
      input.profile,
      JSON.stringify(redactDeep(input.params ?? {})),
      input.technical ? JSON.stringify(redactDeep(input.technical)) : null,
      now,
      now,
      now,
    );
    return this.get(Number(info.lastInsertRowid))!;
  }

  /** Closes the order's open problem; called when the order later goes through. Returns how many closed. */
  resolveForOrder(orderId: string): number {
    return this.stmt(`UPDATE log_entries SET status = 'resolved', resolved_at = ? WHERE order_id = ? AND status = 'open'`).run(this.now(), orderId).changes;
  }

  /** Closes a non-order problem by its subject, e.g. once the payment method has been mapped. */
  resolveSubject(profile: string, code: string, subject: string): number {
    return this.stmt(`UPDATE log_entries SET status = 'resolved', resolved_at = ? WHERE profile = ? AND group_key = ? AND status = 'open'`).run(
      this.now(),
      profile,
      groupKeyFor({ code, subject }),
    ).changes;
  }

  resolve(id: number): boolean {
    return this.stmt(`UPDATE log_entries SET status = 'resolved', resolved_at = ? WHERE id = ? AND status = 'open'`).run(this.now(), id).changes > 0;
  }

  get(id: number): LogEntry | null {
    const row = this.stmt('SELECT * FROM log_entries WHERE id = ?').get(id) as Row | undefined;
    return row ? toEntry(row) : null;
  }

  /** Open problems that need a person (info events excluded), newest first. */
  openProblems(profile?: string): LogEntry[] {
    const rows = (
      profile === undefined
        ? this.stmt(`SELECT * FROM log_entries WHERE status = 'open' AND level <> 'info' ORDER BY last_at DESC, id DESC`).all()
        : this.stmt(`SELECT * FROM log_entries WHERE status = 'open' AND level <> 'info' AND profile = ? ORDER BY last_at DESC, id DESC`).all(profile)
    ) as Row[];
    return rows.map(toEntry);
  }

  /** Order ids with an open problem (for the support bundle and the order list). */
  ordersWithOpenProblems(): string[] {
    return (this.stmt(`SELECT DISTINCT order_id FROM log_entries WHERE status = 'open' AND order_id IS NOT NULL`).pluck().all() as string[]);
  }

  /** Newest first. Filters use the indexes; `search` is a substring match and the slowest filter. */
  list(query: ListQuery = {}): ListResult {
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.level !== undefined) {
      const levels = Array.isArray(query.level) ? query.level : [query.level];
      where.push(`level IN (${levels.map(() => '?').join(', ')})`);
      args.push(...levels);
    }
    if (query.code) {
      where.push('code = ?');
      args.push(query.code);
    }
    if (query.orderId) {
      where.push('order_id = ?');
      args.push(query.orderId);
    }
    if (query.status) {
      where.push('status = ?');
      args.push(query.status);
    }
    if (query.from) {
      where.push('last_at >= ?');
      args.push(query.from);
    }
    if (query.to) {
      where.push('last_at <= ?');
      args.push(query.to);
    }
    if (query.search && query.search.trim() !== '') {
      const like = `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`(code LIKE ? ESCAPE '\\' OR order_id LIKE ? ESCAPE '\\' OR order_number LIKE ? ESCAPE '\\' OR params LIKE ? ESCAPE '\\')`);
      args.push(like, like, like, like);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? 50)), MAX_LIMIT);
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    const total = this.stmt(`SELECT COUNT(*) FROM log_entries ${clause}`).pluck().get(...args) as number;
    const rows = this.stmt(`SELECT * FROM log_entries ${clause} ORDER BY last_at DESC, id DESC LIMIT ? OFFSET ?`).all(...args, limit, offset) as Row[];
    return { total, entries: rows.map(toEntry) };
  }

  /** The most recent entries of any kind, for the support bundle. */
  recent(limit: number): LogEntry[] {
    return (this.stmt('SELECT * FROM log_entries ORDER BY last_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toEntry);
  }
}

