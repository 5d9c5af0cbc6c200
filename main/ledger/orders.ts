import type { Database, Statement } from 'better-sqlite3';
import type { Order, Platform } from '../../shared/domain/order';
import { atomically } from './atomically';
import { UnknownOrderError } from './errors';
import { fromJsonColumn, toJsonColumn } from './json-column';
import { ORDER_STATES, isOrderState, type OrderState } from './order-states';

export interface SeenOrder {
  platform: Platform;
  id: string;
  /** The display number, e.g. "1042" or "#1042". */
  number: string;
  /** The platform's own status, e.g. "processing" or "paid/fulfilled". */
  status: string;
  /** ISO time of the platform's last modification. */
  modified: string;
  /** ISO time of the order's creation in the shop: the orders screen sorts and filters by it. */
  created: string;
  /** Hash over the parts of the order that would change the invoice. */
  contentHash: string;
  /** Names the order's refunds (and a cancellation); '' (none) when left out. A change marks the refunds pending. */
  refundsKey?: string;
  currency: string;
  /** Decimal string. */
  total: string;
  /** The normalized Order, as JSON text or as the object. */
  orderJson: string | Order;
}

export interface UpsertResult {
  isNew: boolean;
  /** The content hash differs from the one stored (always false for a new order). */
  changed: boolean;
  /** The refunds key differs from the one stored (for a new order: it has refunds). */
  refundsChanged: boolean;
  /** The order's ledger state after the upsert. */
  state: OrderState;
  generation: number;
  /** The shop status stored before this upsert (null for a new order). */
  previousStatus: string | null;
  /** The order's draft invoice in e-conomic, if it has one. */
  draftNumber: number | null;
}

/** The decision the rules made about an order, kept so the UI can say why. */
export interface RuleDecision {
  ruleId: string | null;
  ruleName: string | null;
  actions: unknown[];
  [extra: string]: unknown;
}

/** An order's row without its document: what the engine reads between its steps. */
export interface OrderFacts {
  platform: Platform;
  orderId: string;
  number: string;
  status: string;
  modified: string;
  contentHash: string;
  refundsKey: string;
  /** A change in the order's refunds has not yet been through the credit-note step. */
  refundsPending: boolean;
  currency: string;
  total: string;
  state: OrderState;
  reasonCode: string | null;
  reasonDetail: unknown;
  attempts: number;
  nextRetryAt: string | null;
  generation: number;
  draftNumber: number | null;
  bookedNumber: number | null;
  ruleDecision: RuleDecision | null;
  /** The owner approved this order (a rule held it) at this generation; null when not approved. */
  approvedGeneration: number | null;
  firstSeenAt: string;
  updatedAt: string;
}

export interface OrderRow extends OrderFacts {
  /** The normalized Order as it was last seen, so retry and preview work without the shop. */
  order: Order;
}

export interface TransitionOptions {
  reasonCode?: string | null;
  reasonDetail?: unknown;
  draftNumber?: number | null;
  bookedNumber?: number | null;
  /** Only meaningful for 'failed': when the next attempt is due. */
  nextRetryAt?: Date | string | null;
  /** Who caused the change: 'engine', 'cli:retry', a person's name… */
  by?: string;
  /** The rules' decision about the order, stored in the same statement (as setRuleDecision does); kept when not given. */
  ruleDecision?: RuleDecision | null;
}

export interface HistoryEntry {
  id: number;
  orderId: string;
  at: string;
  fromState: OrderState | null;
  toState: OrderState;
  reasonCode: string | null;
  detail: unknown;
  by: string | null;
}

export type OrderSort = 'modified-desc' | 'modified-asc' | 'updated-desc' | 'number-asc' | 'number-desc' | 'created-desc';

export interface ListQuery {
  states?: OrderState[];
  /** Of the held orders, only those held by a rule (true) or only the other ones (false); `held` has both kinds. Other states are not affected. */
  heldByRule?: boolean;
  /** Only orders stopped for this reason (catalogue code). */
  reasonCode?: string;
  /** The order's creation in the shop, ISO instants: from inclusive, to exclusive. */
  createdFrom?: string;
  createdBefore?: string;
  /** Only orders with a draft or booked invoice in e-conomic. */
  invoice?: 'draft' | 'booked' | 'any';
  /** Matches the order number, the platform id, any text in the order (name, e-mail…), or the number of its invoice or draft in e-conomic. */
  search?: string;
  limit: number;
  offset?: number;
  sort?: OrderSort;
}

export interface ListResult {
  items: OrderRow[];
  /** Rows matching the filter, ignoring limit and offset. */
  total: number;
}

interface RawOrder {
  platform: string;
  order_id: string;
  number: string;
  status: string;
  modified: string;
  content_hash: string;
  refunds_key: string;
  refunds_pending: number;
  currency: string;
  total: string;
  state: string;
  reason_code: string | null;
  reason_detail: string | null;
  attempts: number;
  next_retry_at: string | null;
  generation: number;
  draft_number: number | null;
  booked_number: number | null;
  rule_decision: string | null;
  approved_generation: number | null;
  order_json: string;
  first_seen_at: string;
  updated_at: string;
}

/** What recording a seen order compares with what the ledger holds. */
type SeenFacts = Pick<RawOrder, 'content_hash' | 'refunds_key' | 'status' | 'modified' | 'number' | 'state' | 'generation' | 'draft_number'>;

/**
 * An order's row with its JSON, which is kept in a table of its own (migration 009) so that
 * state changes rewrite a small row. SQLite flattens this into the outer query; a LEFT JOIN
 * on the document's key lets it leave the document out where nothing reads it.
 */
const ORDER_ROWS = '(SELECT o.*, d.order_json FROM orders o LEFT JOIN order_documents d ON d.order_id = o.order_id) AS order_rows';

const SORT_SQL: Record<OrderSort, string> = {
  'modified-desc': 'modified DESC, order_id DESC',
  'modified-asc': 'modified ASC, order_id ASC',
  'updated-desc': 'updated_at DESC, order_id DESC',
  'number-asc': 'length(number) ASC, number ASC',
  'number-desc': 'length(number) DESC, number DESC',
  'created-desc': 'created DESC, order_id DESC',
};

/** The reason code with which a rule holds an order (catalogue LB-7002). */
const HELD_BY_RULE = 'LB-7002';

/** Orders and their state history. Every method is synchronous and uses cached statements. */
export class OrdersRepository {
  private readonly s: {
    get: Statement<[string], RawOrder>;
    facts: Statement<[string], Omit<RawOrder, 'order_json'>>;
    rowsOf: Statement<[string], RawOrder>;
    getSeenFacts: Statement<[string], SeenFacts>;
    getSeenFactsOf: Statement<[string], SeenFacts & { order_id: string }>;
    insert: Statement;
    insertDocument: Statement;
    updateSeen: Statement;
    updateDocument: Statement;
    transition: Statement;
    historyFor: Statement<[string], Record<string, unknown>>;
    countByState: Statement<[], { state: string; n: number }>;
    due: Statement<[string], RawOrder>;
    inFlight: Statement<[], RawOrder>;
    setRule: Statement;
    approve: Statement;
    bump: Statement<[string, string], { generation: number }>;
    refundsPending: Statement<[], RawOrder>;
    settleRefunds: Statement<[string, string, string]>;
    reopenRefunds: Statement<[string, string]>;
  };

  /** list() builds its SQL from a handful of filter shapes; each shape is prepared once. */
  private readonly listStatements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    db.function(CONTAINS_FOLDED, { deterministic: true }, (text: unknown, needle: unknown) => (typeof text === 'string' && typeof needle === 'string' && text.toLowerCase().includes(needle) ? 1 : 0));
    this.s = {
      get: db.prepare(`SELECT * FROM ${ORDER_ROWS} WHERE order_id = ?`),
      facts: db.prepare('SELECT * FROM orders WHERE order_id = ?'),
      rowsOf: db.prepare(`SELECT * FROM ${ORDER_ROWS} WHERE order_id IN (SELECT value FROM json_each(?))`),
      getSeenFacts: db.prepare('SELECT content_hash, refunds_key, status, modified, number, state, generation, draft_number FROM orders WHERE order_id = ?'),
      // The stored facts of a page of orders in one read (the ids as a JSON array).
      getSeenFactsOf: db.prepare(`SELECT order_id, content_hash, refunds_key, status, modified, number, state, generation, draft_number FROM orders
        WHERE order_id IN (SELECT value FROM json_each(?))`),
      insert: db.prepare(`INSERT INTO orders (order_id, platform, number, status, modified, created, content_hash, refunds_key, refunds_pending, currency, total, state, first_seen_at, updated_at)
        VALUES (@orderId, @platform, @number, @status, @modified, @created, @contentHash, @refundsKey, @refundsChanged, @currency, @total, 'seen', @now, @now)`),
      insertDocument: db.prepare('INSERT INTO order_documents (order_id, order_json) VALUES (@orderId, @orderJson)'),
      updateDocument: db.prepare('UPDATE order_documents SET order_json = @orderJson WHERE order_id = @orderId'),
      updateSeen: db.prepare(`UPDATE orders SET platform = @platform, number = @number, status = @status, modified = @modified, created = @created, content_hash = @contentHash,
        refunds_key = @refundsKey, refunds_pending = CASE WHEN @refundsChanged THEN 1 ELSE refunds_pending END,
        currency = @currency, total = @total, updated_at = @now WHERE order_id = @orderId`),
      // Setting `state` makes the trigger of migration 035 append the history row, from the
      // state left, this statement's reason and time, and the change's detail and author.
      transition: db.prepare(`UPDATE orders SET state = @to, reason_code = @reasonCode, reason_detail = @reasonDetail,
        attempts = attempts + @attemptInc, next_retry_at = @nextRetryAt,
        draft_number = CASE WHEN @setDraft THEN @draftNumber ELSE draft_number END,
        booked_number = CASE WHEN @setBooked THEN @bookedNumber ELSE booked_number END,
        rule_decision = CASE WHEN @setRule THEN @ruleDecision ELSE rule_decision END,
        state_change_detail = @detail, state_change_by = @by,
        updated_at = @now WHERE order_id = @orderId`),
      historyFor: db.prepare('SELECT * FROM order_history WHERE order_id = ? ORDER BY id'),
      countByState: db.prepare('SELECT state, count(*) AS n FROM orders GROUP BY state'),
      due: db.prepare(`SELECT * FROM ${ORDER_ROWS} WHERE state = 'failed' AND next_retry_at IS NOT NULL AND next_retry_at <= ? ORDER BY next_retry_at`),
      inFlight: db.prepare(`SELECT * FROM ${ORDER_ROWS} WHERE order_id IN (SELECT order_id FROM operations WHERE status IN ('started', 'uncertain')) ORDER BY modified`),
      setRule: db.prepare('UPDATE orders SET rule_decision = ?, updated_at = ? WHERE order_id = ?'),
      approve: db.prepare('UPDATE orders SET approved_generation = generation, approved_by = ?, approved_at = ?, updated_at = ? WHERE order_id = ?'),
      bump: db.prepare('UPDATE orders SET generation = generation + 1, updated_at = ? WHERE order_id = ? RETURNING generation'),
      refundsPending: db.prepare(`SELECT * FROM ${ORDER_ROWS} WHERE refunds_pending = 1 AND state IN ('booked', 'done', 'in-day') ORDER BY modified`),
      settleRefunds: db.prepare('UPDATE orders SET refunds_pending = 0, updated_at = ? WHERE order_id = ? AND refunds_key = ?'),
      reopenRefunds: db.prepare('UPDATE orders SET refunds_pending = 1, updated_at = ? WHERE order_id = ?'),
    };
  }

  /**
   * Records an order fetched from the shop. A new order starts in 'seen'; a known order
   * keeps its state, and only its shop facts are refreshed. Unchanged orders are not written.
   * A change in its refunds (or a new order that has some) marks the refunds pending.
   */
  upsertSeen(order: SeenOrder): UpsertResult {
    return this.upsertSeenPage([order])[0];
  }

  /**
   * Records a page of orders fetched from the shop, each as upsertSeen does, in one
   * transaction: the stored facts of the whole page are read at once, so an order costs
   * its writes alone (none when unchanged). An order twice in the page is read again the
   * second time, so it sees what the first one wrote.
   */
  upsertSeenPage(orders: readonly SeenOrder[]): UpsertResult[] {
    if (orders.length === 0) return [];
    const stored = new Map<string, SeenFacts>();
    if (orders.length === 1) {
      const facts = this.s.getSeenFacts.get(orders[0].id);
      if (facts) stored.set(orders[0].id, facts);
    } else {
      for (const { order_id, ...facts } of this.s.getSeenFactsOf.all(JSON.stringify(orders.map((o) => o.id)))) stored.set(order_id, facts);
    }
    const recorded = new Set<string>();
    return atomically(this.db, () =>
      orders.map((order) => {
        const existing = recorded.has(order.id) ? this.s.getSeenFacts.get(order.id) : stored.get(order.id);
        recorded.add(order.id);
        return this.writeSeen(order, existing);
      }),
    );
  }

  private writeSeen(order: SeenOrder, existing: SeenFacts | undefined): UpsertResult {
    const orderJson = typeof order.orderJson === 'string' ? order.orderJson : JSON.stringify(order.orderJson);
    const refundsKey = order.refundsKey ?? '';
    const refundsChanged = (existing?.refunds_key ?? '') !== refundsKey;
    const params = {
      orderId: order.id,
      platform: order.platform,
      number: order.number,
      status: order.status,
      modified: order.modified,
      created: order.created,
      contentHash: order.contentHash,
      refundsKey,
      refundsChanged: refundsChanged ? 1 : 0,
      currency: order.currency,
      total: order.total,
      orderJson,
      now: this.now().toISOString(),
    };
    if (!existing) {
      this.s.insert.run(params);
      this.s.insertDocument.run(params);
      return { isNew: true, changed: false, refundsChanged, state: 'seen', generation: 0, previousStatus: null, draftNumber: null };
    }
    const changed = existing.content_hash !== order.contentHash;
    // The platform's modification time covers everything else in the order, so an unchanged
    // (hash, refunds, status, modified, number) means there is nothing to write.
    const touched = changed || refundsChanged || existing.status !== order.status || existing.modified !== order.modified || existing.number !== order.number;
    if (touched) {
      this.s.updateSeen.run(params);
      this.s.updateDocument.run(params);
    }
    return { isNew: false, changed, refundsChanged, state: existing.state as OrderState, generation: existing.generation, previousStatus: existing.status, draftNumber: existing.draft_number };
  }

  /** Booked orders (and orders in a daily summary) whose refunds changed since the credit-note step last finished with them. */
  withPendingRefunds(): OrderRow[] {
    return this.s.refundsPending.all().map(toRow);
  }

  /**
   * The credit-note step has finished with the refunds named by `refundsKey`; a key that no
   * longer matches (the order was seen again with another refund meanwhile) keeps them pending.
   */
  settleRefunds(orderId: string, refundsKey: string): void {
    this.s.settleRefunds.run(this.now().toISOString(), orderId, refundsKey);
  }

  /** The order's refunds go through the credit-note step again (a credit note that waited for the owner may now go on). */
  reopenRefunds(orderId: string): void {
    this.s.reopenRefunds.run(this.now().toISOString(), orderId);
  }

  get(orderId: string): OrderRow | null {
    const raw = this.s.get.get(orderId);
    return raw ? toRow(raw) : null;
  }

  /**
   * The order's row without its document, which is most of a row's bytes: the engine reads
   * an order's state, generation and invoice numbers several times on the way to its invoice,
   * and the order itself it already has from the shop.
   */
  facts(orderId: string): OrderFacts | null {
    const raw = this.s.facts.get(orderId);
    return raw ? toFacts(raw) : null;
  }

  /**
   * Moves an order to a new state and appends the change to its history, atomically: one
   * UPDATE, whose trigger (migration 035) writes the history row.
   * The reason is replaced (cleared when not given); entering 'failed' counts an attempt.
   * Which transitions are allowed is the engine's state machine, not the ledger's.
   */
  transition(orderId: string, to: OrderState, opts: TransitionOptions = {}): void {
    if (!isOrderState(to)) throw new Error(`Unknown order state "${String(to)}"; expected one of ${ORDER_STATES.join(', ')}.`);
    const nextRetryAt = opts.nextRetryAt instanceof Date ? opts.nextRetryAt.toISOString() : (opts.nextRetryAt ?? null);
    const detail: Record<string, unknown> = {};
    if (opts.reasonDetail !== undefined) detail.reasonDetail = opts.reasonDetail;
    if (opts.draftNumber !== undefined) detail.draftNumber = opts.draftNumber;
    if (opts.bookedNumber !== undefined) detail.bookedNumber = opts.bookedNumber;
    if (nextRetryAt) detail.nextRetryAt = nextRetryAt;
    const changed = this.s.transition.run({
      orderId,
      to,
      reasonCode: opts.reasonCode ?? null,
      reasonDetail: toJsonColumn(opts.reasonDetail),
      attemptInc: to === 'failed' ? 1 : 0,
      nextRetryAt,
      setDraft: opts.draftNumber !== undefined ? 1 : 0,
      draftNumber: opts.draftNumber ?? null,
      setBooked: opts.bookedNumber !== undefined ? 1 : 0,
      bookedNumber: opts.bookedNumber ?? null,
      setRule: opts.ruleDecision !== undefined ? 1 : 0,
      ruleDecision: toJsonColumn(opts.ruleDecision),
      detail: Object.keys(detail).length ? JSON.stringify(detail) : null,
      by: opts.by ?? null,
      now: this.now().toISOString(),
    });
    if (changed.changes === 0) throw new UnknownOrderError(orderId);
  }

  /** The order's state changes, oldest first. */
  history(orderId: string): HistoryEntry[] {
    return this.s.historyFor.all(orderId).map((r) => ({
      id: r.id as number,
      orderId: r.order_id as string,
      at: r.at as string,
      fromState: (r.from_state as OrderState | null) ?? null,
      toState: r.to_state as OrderState,
      reasonCode: (r.reason_code as string | null) ?? null,
      detail: fromJsonColumn(r.detail as string | null),
      by: (r.by as string | null) ?? null,
    }));
  }

  list(query: ListQuery): ListResult {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.states && query.states.length > 0) {
      where.push(`state IN (${query.states.map(() => '?').join(', ')})`);
      params.push(...query.states);
    }
    if (query.heldByRule !== undefined) {
      where.push(query.heldByRule ? `(state <> 'held' OR reason_code = ?)` : `(state <> 'held' OR reason_code IS NULL OR reason_code <> ?)`);
      params.push(HELD_BY_RULE);
    }
    if (query.reasonCode !== undefined) {
      where.push('reason_code = ?');
      params.push(query.reasonCode);
    }
    if (query.createdFrom) {
      where.push('created >= ?');
      params.push(query.createdFrom);
    }
    if (query.createdBefore) {
      where.push('created < ?');
      params.push(query.createdBefore);
    }
    if (query.invoice === 'booked') where.push('booked_number IS NOT NULL');
    else if (query.invoice === 'draft') where.push('booked_number IS NULL AND draft_number IS NOT NULL');
    else if (query.invoice === 'any') where.push('(booked_number IS NOT NULL OR draft_number IS NOT NULL)');
    const search = query.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      // An invoice number is in no order's text: the Invoices screen is searched by it.
      const invoiceNumber = /^\d{1,9}$/.test(search) ? Number(search) : null;
      // LIKE ignores the case of ASCII letters only, and "ørsted" must find "Ørsted" too: such a
      // letter matches any one character in LIKE, and the few documents that pass are compared
      // case-folded (one pass over the documents, as a plain search).
      const wild = wildLetters(like);
      const text = wild === like ? `order_json LIKE ? ESCAPE '\\'` : `(order_json LIKE ? ESCAPE '\\' AND ${CONTAINS_FOLDED}(order_json, ?))`;
      where.push(`(order_id = ? OR number LIKE ? ESCAPE '\\' OR ${text} OR booked_number = ? OR draft_number = ?)`);
      params.push(search, like, wild, ...(wild === like ? [] : [search.toLowerCase()]), invoiceNumber, invoiceNumber);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = SORT_SQL[query.sort ?? 'modified-desc'];
    if (!sort) throw new Error(`Unknown sort "${String(query.sort)}"; expected one of ${Object.keys(SORT_SQL).join(', ')}.`);
    const limit = Math.max(0, Math.floor(query.limit));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    // The page is chosen from the orders' own rows, and only its orders' documents are read:
    // sorting rows with their documents (~3 KB each) read every document of the ledger. Only a
    // search looks into the documents, and so reads them all.
    const rows = search ? ORDER_ROWS : 'orders';
    const ids = this.prepared(`SELECT order_id FROM ${rows} ${whereSql} ORDER BY ${sort} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as string[];
    const total = (this.prepared(`SELECT count(*) AS n FROM ${rows} ${whereSql}`).get(...params) as { n: number }).n;
    return { items: this.rowsInOrder(ids), total };
  }

  /** The whole rows of `ids`, in that order. */
  private rowsInOrder(ids: readonly string[]): OrderRow[] {
    if (ids.length === 0) return [];
    const byId = new Map(this.s.rowsOf.all(JSON.stringify(ids)).map((raw) => [raw.order_id, raw]));
    return ids.map((id) => toRow(byId.get(id)!));
  }

  private prepared(sql: string): Statement {
    let st = this.listStatements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.listStatements.set(sql, st);
    }
    return st;
  }

  /** Number of orders in every state (zero for states without orders). */
  countByState(): Record<OrderState, number> {
    const counts = Object.fromEntries(ORDER_STATES.map((s) => [s, 0])) as Record<OrderState, number>;
    for (const { state, n } of this.s.countByState.all()) if (isOrderState(state)) counts[state] = n;
    return counts;
  }

  /** Orders per (state, reason), for counts in the owner's vocabulary, where `held` means two things. */
  countByStateAndReason(): Array<{ state: OrderState; reasonCode: string | null; count: number }> {
    return (this.prepared('SELECT state, reason_code, count(*) AS n FROM orders GROUP BY state, reason_code').all() as Array<{ state: string; reason_code: string | null; n: number }>)
      .filter((r) => isOrderState(r.state))
      .map((r) => ({ state: r.state as OrderState, reasonCode: r.reason_code, count: r.n }));
  }

  /** Orders stopped by each problem (failed or waiting for a person), most orders first. */
  problemGroups(): Array<{ reasonCode: string; count: number; orderIds: string[] }> {
    const rows = this.prepared(
      `SELECT reason_code, order_id FROM orders WHERE state IN ('failed', 'needs-attention') AND reason_code IS NOT NULL ORDER BY modified DESC`,
    ).all() as Array<{ reason_code: string; order_id: string }>;
    const groups = new Map<string, string[]>();
    for (const r of rows) groups.set(r.reason_code, [...(groups.get(r.reason_code) ?? []), r.order_id]);
    return [...groups].map(([reasonCode, orderIds]) => ({ reasonCode, count: orderIds.length, orderIds })).sort((a, b) => b.count - a.count || a.reasonCode.localeCompare(b.reasonCode));
  }

  /** Failed orders whose next attempt is due at `now`, the longest-waiting first. */
  dueForRetry(now: Date): OrderRow[] {
    return this.s.due.all(now.toISOString()).map(toRow);
  }

  /** Orders with an external write begun but not known to be finished: reconcile these before anything else. */
  inFlight(): OrderRow[] {
    return this.s.inFlight.all().map(toRow);
  }

  setRuleDecision(orderId: string, decision: RuleDecision | null): void {
    const r = this.s.setRule.run(toJsonColumn(decision), this.now().toISOString(), orderId);
    if (r.changes === 0) throw new UnknownOrderError(orderId);
  }

  /** The owner approves the order as it is now (its current generation), overriding a rule that holds it. */
  approve(orderId: string, by: string): void {
    const now = this.now().toISOString();
    const r = this.s.approve.run(by, now, now, orderId);
    if (r.changes === 0) throw new UnknownOrderError(orderId);
  }

  /** Marks that the order's content changed after drafting; returns the new generation. */
  bumpGeneration(orderId: string): number {
    const r = this.s.bump.get(this.now().toISOString(), orderId);
    if (!r) throw new UnknownOrderError(orderId);
    return r.generation;
  }
}

function toRow(r: RawOrder): OrderRow {
  // The order JSON is the largest part of a row and most callers only need the state:
  // parse it on first use.
  let parsed: Order | undefined;
  return {
    ...toFacts(r),
    get order(): Order {
      parsed ??= JSON.parse(r.order_json) as Order;
      return parsed;
    },
  };
}

/** A letter beyond ASCII with one lower and one upper case (æ/Æ, ø/Ø, å/Å, é/É …), which LIKE compares case by case. */
const FOLDABLE = /[^\u0000-\u007f]/u;

/** The LIKE pattern with each such letter made LIKE's one-character wildcard. */
function wildLetters(pattern: string): string {
  let wild = '';
  for (const ch of pattern) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    wild += FOLDABLE.test(ch) && lower !== upper && lower.length === 1 && upper.length === 1 ? '_' : ch;
  }
  return wild;
}

/** SQL function: whether the text holds the (lower-case) needle, the text's case folded. */
const CONTAINS_FOLDED = 'lb_contains_folded';

function toFacts(r: Omit<RawOrder, 'order_json'>): OrderFacts {
  return {
    platform: r.platform as Platform,
    orderId: r.order_id,
    number: r.number,
    status: r.status,
    modified: r.modified,
    contentHash: r.content_hash,
    refundsKey: r.refunds_key,
    refundsPending: r.refunds_pending === 1,
    currency: r.currency,
    total: r.total,
    state: r.state as OrderState,
    reasonCode: r.reason_code,
    reasonDetail: fromJsonColumn(r.reason_detail),
    attempts: r.attempts,
    nextRetryAt: r.next_retry_at,
    generation: r.generation,
    draftNumber: r.draft_number,
    bookedNumber: r.booked_number,
    ruleDecision: fromJsonColumn<RuleDecision>(r.rule_decision),
    approvedGeneration: r.approved_generation,
    firstSeenAt: r.first_seen_at,
    updatedAt: r.updated_at,
  };
}
