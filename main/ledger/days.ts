import type { Database, Statement } from 'better-sqlite3';
import { fromJsonColumn, toJsonColumn } from './json-column';

/** See migration 008 (008-day-summaries.ts) for the life of a day summary. */
export const DAY_STATES = ['open', 'closing', 'drafted', 'held', 'done', 'needs-attention'] as const;
export type DayState = (typeof DAY_STATES)[number];
/** The VAT zone of the day's document: consumers at home (and EU consumers), or exports. */
export type DayZone = 'domestic' | 'abroad';
export type DayEntryKind = 'order' | 'refund';

export interface DayRow {
  id: number;
  profile: string;
  day: string;
  currency: string;
  zone: DayZone;
  state: DayState;
  reasonCode: string | null;
  reasonDetail: unknown;
  /** The document planned when the day was frozen (what is written to e-conomic, and retried). */
  plan: unknown;
  /** Σ of the entries when frozen: what the document's gross must be. */
  gross: string | null;
  draftNumber: number | null;
  bookedNumber: number | null;
  /** The day's order list (CSV), fixed when the day is frozen. */
  orderList: string | null;
  /** The generation of the day's writes (migration 038): 1, one more for each retry after a draft deleted by hand. */
  generation: number;
  createdAt: string;
  updatedAt: string;
  frozenAt: string | null;
  bookedAt: string | null;
}

export interface DayEntry {
  profile: string;
  kind: DayEntryKind;
  orderId: string;
  /** '' for an order; the refund's id (or "cancellation") for a refund. */
  refundId: string;
  dayId: number;
  /** The order's display number. */
  number: string;
  /** Signed gross: the order's total, or minus the money refunded. */
  gross: string;
  addedAt: string;
}

export interface DayChange {
  reasonCode?: string | null;
  reasonDetail?: unknown;
  plan?: unknown;
  gross?: string;
  draftNumber?: number | null;
  bookedNumber?: number | null;
  orderList?: string;
  frozen?: boolean;
  booked?: boolean;
}

interface RawDay {
  id: number;
  profile: string;
  day: string;
  currency: string;
  vat_zone: DayZone;
  state: DayState;
  reason_code: string | null;
  reason_detail: string | null;
  plan_json: string | null;
  gross: string | null;
  draft_number: number | null;
  booked_number: number | null;
  order_list: string | null;
  generation: number;
  created_at: string;
  updated_at: string;
  frozen_at: string | null;
  booked_at: string | null;
}

interface RawEntry {
  profile: string;
  kind: DayEntryKind;
  order_id: string;
  refund_id: string;
  day_id: number;
  number: string;
  gross: string;
  added_at: string;
}

function toDay(r: RawDay): DayRow {
  return {
    id: r.id,
    profile: r.profile,
    day: r.day,
    currency: r.currency,
    zone: r.vat_zone,
    state: r.state,
    reasonCode: r.reason_code,
    reasonDetail: fromJsonColumn(r.reason_detail),
    plan: fromJsonColumn(r.plan_json),
    gross: r.gross,
    draftNumber: r.draft_number,
    bookedNumber: r.booked_number,
    orderList: r.order_list,
    generation: r.generation,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    frozenAt: r.frozen_at,
    bookedAt: r.booked_at,
  };
}

function toEntry(r: RawEntry): DayEntry {
  return { profile: r.profile, kind: r.kind, orderId: r.order_id, refundId: r.refund_id, dayId: r.day_id, number: r.number, gross: r.gross, addedAt: r.added_at };
}

/**
 * The daily summaries and their entries (migration 007). Which day an order or refund belongs
 * in is the engine's decision; this keeps the facts and their invariants: one document per
 * profile, day, currency and zone, one day per order or refund, entries only in an open day.
 */
export class DaysRepository {
  private readonly s: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.s = {
      get: db.prepare('SELECT * FROM day_summaries WHERE id = ?'),
      find: db.prepare('SELECT * FROM day_summaries WHERE profile = ? AND day = ? AND currency = ? AND vat_zone = ?'),
      create: db.prepare(`INSERT INTO day_summaries (profile, day, currency, vat_zone, state, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'open', ?, ?) ON CONFLICT (profile, day, currency, vat_zone) DO NOTHING`),
      entryOf: db.prepare('SELECT * FROM day_entries WHERE profile = ? AND kind = ? AND order_id = ? AND refund_id = ?'),
      insertEntry: db.prepare(`INSERT INTO day_entries (profile, kind, order_id, refund_id, day_id, number, gross, added_at)
        VALUES (@profile, @kind, @orderId, @refundId, @dayId, @number, @gross, @now)
        ON CONFLICT (profile, kind, order_id, refund_id) DO UPDATE SET number = excluded.number, gross = excluded.gross
        WHERE day_entries.day_id = excluded.day_id`),
      ofOrder: db.prepare('SELECT * FROM day_entries WHERE profile = ? AND order_id = ?'),
      removeOfOrder: db.prepare('DELETE FROM day_entries WHERE profile = ? AND order_id = ?'),
      entries: db.prepare('SELECT * FROM day_entries WHERE day_id = ? ORDER BY kind, length(number), number, refund_id'),
      byState: db.prepare('SELECT * FROM day_summaries WHERE profile = ? AND state = ? ORDER BY day, currency, vat_zone'),
      recent: db.prepare('SELECT * FROM day_summaries WHERE profile = ? ORDER BY day DESC, currency, vat_zone LIMIT ? OFFSET ?'),
      onDate: db.prepare('SELECT * FROM day_summaries WHERE profile = ? AND day = ? ORDER BY currency, vat_zone'),
      count: db.prepare('SELECT count(*) AS n FROM day_summaries WHERE profile = ?'),
      writeAgain: db.prepare(`UPDATE day_summaries SET state = 'closing', generation = generation + 1, draft_number = NULL,
        reason_code = NULL, reason_detail = NULL, updated_at = ? WHERE id = ? AND state = 'needs-attention' AND reason_code = ?`),
      drop: db.prepare(`DELETE FROM day_summaries WHERE id = ? AND state = 'open' AND NOT EXISTS (SELECT 1 FROM day_entries WHERE day_id = ?)`),
    };
  }

  get(id: number): DayRow | null {
    const raw = this.s.get.get(id) as RawDay | undefined;
    return raw ? toDay(raw) : null;
  }

  find(profile: string, day: string, currency: string, zone: DayZone): DayRow | null {
    const raw = this.s.find.get(profile, day, currency, zone) as RawDay | undefined;
    return raw ? toDay(raw) : null;
  }

  /** The day's document, created open when there is none yet (it may exist and be frozen). */
  findOrOpen(profile: string, day: string, currency: string, zone: DayZone): DayRow {
    const now = this.now().toISOString();
    this.s.create.run(profile, day, currency, zone, now, now);
    return this.find(profile, day, currency, zone)!;
  }

  /** The entry of an order (refundId '') or of one refund, with its day. */
  entryOf(profile: string, kind: DayEntryKind, orderId: string, refundId = ''): { entry: DayEntry; day: DayRow } | null {
    const raw = this.s.entryOf.get(profile, kind, orderId, refundId) as RawEntry | undefined;
    if (!raw) return null;
    return { entry: toEntry(raw), day: this.get(raw.day_id)! };
  }

  /**
   * Puts an entry into an open day, or refreshes its number and gross there. An entry already
   * in another day stays where it is (one day per order or refund); false when it did.
   */
  putEntry(entry: Omit<DayEntry, 'addedAt'>): boolean {
    const day = this.get(entry.dayId);
    if (!day || day.state !== 'open') throw new Error(`day ${entry.dayId} is not open for entries`);
    const changed = this.s.insertEntry.run({ ...entry, now: this.now().toISOString() }).changes;
    return changed > 0;
  }

  /**
   * Takes an order out of its day, with its refunds, while none of them is frozen in a day:
   * an order whose day (or one of whose refunds) is being booked stays, so a day's invoice
   * never loses an order it was frozen with. False when it stays (or was in no day).
   */
  removeOrder(profile: string, orderId: string): boolean {
    return this.db.transaction(() => {
      const mine = this.s.ofOrder.all(profile, orderId) as RawEntry[];
      const order = mine.find((e) => e.kind === 'order');
      if (!order) return false;
      const days = new Map(mine.map((e) => [e.day_id, this.get(e.day_id)!]));
      if ([...days.values()].some((d) => d.state !== 'open')) return false;
      this.s.removeOfOrder.run(profile, orderId);
      // An open day left without entries is forgotten, so it never becomes an empty document.
      for (const id of days.keys()) this.s.drop.run(id, id);
      return true;
    })();
  }

  entries(dayId: number): DayEntry[] {
    return (this.s.entries.all(dayId) as RawEntry[]).map(toEntry);
  }

  inState(profile: string, state: DayState): DayRow[] {
    return (this.s.byState.all(profile, state) as RawDay[]).map(toDay);
  }

  /** The profile's days, newest first. */
  list(profile: string, limit: number, offset = 0): { items: DayRow[]; total: number } {
    const items = (this.s.recent.all(profile, limit, offset) as RawDay[]).map(toDay);
    return { items, total: (this.s.count.get(profile) as { n: number }).n };
  }

  /** The profile's summaries of one date (one per currency and zone). */
  onDate(profile: string, day: string): DayRow[] {
    return (this.s.onDate.all(profile, day) as RawDay[]).map(toDay);
  }

  /**
   * A frozen day whose document was lost in e-conomic (its reason says so) is written again:
   * back to 'closing' with its entries and plan as frozen, under the next generation, in one
   * statement. False when the day is not (or no longer) stopped for `reasonCode`, so a second
   * retry, or one after a crash that had already moved the day on, changes nothing.
   */
  writeAgain(id: number, reasonCode: string): boolean {
    return this.s.writeAgain.run(this.now().toISOString(), id, reasonCode).changes > 0;
  }

  /** Moves a day to a new state; fields left out keep their value, the reason is replaced. */
  transition(id: number, state: DayState, change: DayChange = {}): DayRow {
    const day = this.get(id);
    if (!day) throw new Error(`no day summary ${id}`);
    const now = this.now().toISOString();
    const pick = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
    this.db
      .prepare(
        `UPDATE day_summaries SET state = @state, reason_code = @reasonCode, reason_detail = @reasonDetail,
           plan_json = @plan, gross = @gross, draft_number = @draftNumber, booked_number = @bookedNumber,
           order_list = @orderList, frozen_at = @frozenAt, booked_at = @bookedAt, updated_at = @now WHERE id = @id`,
      )
      .run({
        id,
        state,
        reasonCode: change.reasonCode ?? null,
        reasonDetail: toJsonColumn(change.reasonDetail),
        plan: toJsonColumn(pick(change.plan, day.plan)),
        gross: pick(change.gross, day.gross),
        draftNumber: pick(change.draftNumber, day.draftNumber),
        bookedNumber: pick(change.bookedNumber, day.bookedNumber),
        orderList: pick(change.orderList, day.orderList),
        frozenAt: change.frozen ? now : day.frozenAt,
        bookedAt: change.booked ? now : day.bookedAt,
        now,
      });
    return this.get(id)!;
  }
}
