import type { Database, Statement } from 'better-sqlite3';

/** What the ledger knows about the supervised period of one profile (docs/architecture.md, "Automatic posting and the supervised period"). */
export interface SupervisedRecord {
  profile: string;
  /** Start of the supervised period: the first draft created automatically. */
  firstAutomaticDraftAt: string | null;
  /** Drafts the owner booked by hand in e-conomic that LedgerBridge saw booked. */
  manualBookingCount: number;
  /** When LedgerBridge first saw one of them booked (e-conomic's time); a check confirmed earlier does not count. */
  firstManualBookingAt: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
  /** Automatic posting is switched on (activated and not deactivated since). */
  active: boolean;
  activatedBy: string | null;
  activatedAt: string | null;
  acceptedRisk: boolean;
  deactivatedBy: string | null;
  deactivatedAt: string | null;
}

export interface ManualBooking {
  orderId: string;
  draftNumber: number;
  bookedNumber: number;
  at: string;
}

export interface SupervisedEvent {
  at: string;
  kind: 'first-automatic-draft' | 'manual-booking' | 'checked' | 'activated' | 'deactivated';
  by: string | null;
}

type At = Date | string;
const iso = (at: At): string => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());

/**
 * The supervised-period record. It only records facts; whether the gates for automatic
 * posting are met (14 days, bookings seen, plan) is decided by the engine.
 */
type SupervisedStatements = {
  ensure: Statement;
  get: Statement<[string], Record<string, string | number | null>>;
  firstDraft: Statement;
  manual: Statement;
  manualList: Statement<[string], Record<string, string | number>>;
  manualCount: Statement<[string], { n: number; first: string | null }>;
  checked: Statement;
  activate: Statement;
  deactivate: Statement;
  event: Statement;
  events: Statement<[string], { at: string; kind: string; by: string | null }>;
};

export class SupervisedPeriodStore {
  private readonly s: SupervisedStatements;

  constructor(private readonly db: Database) {
    this.s = {
      ensure: db.prepare('INSERT OR IGNORE INTO supervised_period (profile) VALUES (?)'),
      get: db.prepare('SELECT * FROM supervised_period WHERE profile = ?'),
      firstDraft: db.prepare('UPDATE supervised_period SET first_automatic_draft_at = ? WHERE profile = ? AND first_automatic_draft_at IS NULL'),
      manual: db.prepare(`INSERT OR IGNORE INTO supervised_manual_bookings (profile, order_id, draft_number, booked_number, at) VALUES (?, ?, ?, ?, ?)`),
      manualList: db.prepare('SELECT order_id, draft_number, booked_number, at FROM supervised_manual_bookings WHERE profile = ? ORDER BY at, order_id'),
      manualCount: db.prepare('SELECT count(*) AS n, min(at) AS first FROM supervised_manual_bookings WHERE profile = ?'),
      checked: db.prepare('UPDATE supervised_period SET checked_by = ?, checked_at = ? WHERE profile = ?'),
      activate: db.prepare(`UPDATE supervised_period SET activated_by = ?, activated_at = ?, accepted_risk = 1, deactivated_by = NULL, deactivated_at = NULL WHERE profile = ?`),
      deactivate: db.prepare('UPDATE supervised_period SET deactivated_by = ?, deactivated_at = ? WHERE profile = ?'),
      event: db.prepare('INSERT INTO supervised_events (profile, at, kind, by) VALUES (?, ?, ?, ?)'),
      events: db.prepare('SELECT at, kind, by FROM supervised_events WHERE profile = ? ORDER BY id'),
    };
  }

  /** The record for one profile; every method below is scoped to it. */
  forProfile(profile: string): SupervisedPeriod {
    return new SupervisedPeriod(profile, this.db, this.s);
  }
}

export class SupervisedPeriod {
  constructor(
    readonly profile: string,
    private readonly db: Database,
    private readonly s: SupervisedStatements,
  ) {}

  /** Called for every automatic draft; only the first one starts the period. Returns the start. */
  recordAutomaticDraft(at: At): string {
    return this.db.transaction((): string => {
      this.s.ensure.run(this.profile);
      if (this.s.firstDraft.run(iso(at), this.profile).changes > 0) this.s.event.run(this.profile, iso(at), 'first-automatic-draft', null);
      return this.get().firstAutomaticDraftAt as string;
    })();
  }

  /** A draft LedgerBridge created was booked by a person in e-conomic. Repeats for the same order are ignored. */
  recordManualBooking(orderId: string, draftNumber: number, bookedNumber: number, at: At): void {
    this.db.transaction(() => {
      this.s.ensure.run(this.profile);
      if (this.s.manual.run(this.profile, orderId, draftNumber, bookedNumber, iso(at)).changes > 0) this.s.event.run(this.profile, iso(at), 'manual-booking', null);
    })();
  }

  manualBookings(): ManualBooking[] {
    return this.s.manualList.all(this.profile).map((r) => ({
      orderId: r.order_id as string,
      draftNumber: r.draft_number as number,
      bookedNumber: r.booked_number as number,
      at: r.at as string,
    }));
  }

  /** The owner confirmed they checked the drafts booked during the period. */
  confirmChecked(by: string, at: At): void {
    requireName(by, 'confirmChecked');
    this.db.transaction(() => {
      this.s.ensure.run(this.profile);
      this.s.checked.run(by, iso(at), this.profile);
      this.s.event.run(this.profile, iso(at), 'checked', by);
    })();
  }

  /** The owner switched automatic posting on and accepted that it runs at their own risk. */
  activate(opts: { by: string; at: At; acceptedRisk: true }): void {
    requireName(opts.by, 'activate');
    if (opts.acceptedRisk !== true) throw new Error('Automatic posting can only be activated when the owner accepts that it runs at their own risk.');
    this.db.transaction(() => {
      this.s.ensure.run(this.profile);
      this.s.activate.run(opts.by, iso(opts.at), this.profile);
      this.s.event.run(this.profile, iso(opts.at), 'activated', opts.by);
    })();
  }

  deactivate(by: string, at: At): void {
    requireName(by, 'deactivate');
    this.db.transaction(() => {
      this.s.ensure.run(this.profile);
      this.s.deactivate.run(by, iso(at), this.profile);
      this.s.event.run(this.profile, iso(at), 'deactivated', by);
    })();
  }

  get(): SupervisedRecord {
    const r = this.s.get.get(this.profile);
    const str = (v: string | number | null | undefined): string | null => (v == null ? null : String(v));
    const manual = this.s.manualCount.get(this.profile);
    return {
      profile: this.profile,
      firstAutomaticDraftAt: str(r?.first_automatic_draft_at),
      manualBookingCount: manual?.n ?? 0,
      firstManualBookingAt: manual?.first ?? null,
      checkedBy: str(r?.checked_by),
      checkedAt: str(r?.checked_at),
      active: r?.activated_at != null && r.deactivated_at == null,
      activatedBy: str(r?.activated_by),
      activatedAt: str(r?.activated_at),
      acceptedRisk: r?.accepted_risk === 1,
      deactivatedBy: str(r?.deactivated_by),
      deactivatedAt: str(r?.deactivated_at),
    };
  }

  /** Audit trail of the period, oldest first. */
  events(): SupervisedEvent[] {
    return this.s.events.all(this.profile).map((e) => ({ at: e.at, kind: e.kind as SupervisedEvent['kind'], by: e.by }));
  }
}

function requireName(by: string, what: string): void {
  if (!by || !by.trim()) throw new Error(`${what} needs the name of the person doing it.`);
}
