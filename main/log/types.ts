import type { ErrorCode, Params, ProblemReport, Severity, TechnicalDetail } from '../../shared/errors';

export type LogStatus = 'open' | 'resolved';

export interface LogEntry {
  id: number;
  /** When the entry was created (same as firstAt). */
  at: string;
  level: Severity;
  code: ErrorCode | string;
  orderId: string | null;
  profile: string;
  params: Params;
  technical: TechnicalDetail | null;
  /** Further problems of the same order found in the same run (validation finds several at once). */
  related: ProblemReport[];
  status: LogStatus;
  occurrences: number;
  firstAt: string;
  lastAt: string;
  resolvedAt: string | null;
  groupKey: string | null;
}

/** What report() did: a new entry, an open one that changed its problem, or the same problem again. */
export type ReportChange = 'created' | 'changed' | 'repeated';

export interface ReportInput {
  code: ErrorCode;
  params: Params;
  technical?: TechnicalDetail;
  profile: string;
  orderId?: string | null;
  /**
   * For problems not tied to one order: what the problem is about, e.g. the
   * payment method id, so "payment method X not mapped" is one open entry however
   * often it is met. Ignored when orderId is given (an order has one open entry).
   */
  subject?: string;
  related?: ProblemReport[];
}

export interface ListQuery {
  level?: Severity | Severity[];
  code?: string;
  orderId?: string;
  status?: LogStatus;
  /** ISO timestamps bounding last_at (inclusive). */
  from?: string;
  to?: string;
  /** Free text: matched against code, order id/number and the parameters. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface ListResult {
  total: number;
  entries: LogEntry[];
}
