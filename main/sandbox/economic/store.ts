import { AGREEMENT_NUMBER, SEED_CUSTOMERS, SEED_PRODUCTS, CUSTOMER_GROUPS, calendarYears } from './seed';
import type { AccountingYear, BookedRecord, CustomerRecord, DraftRecord, EntryRecord, IdempotencyRecord, LedgerEntryRecord, ProductRecord, StoredState, VoucherRecord } from './records';

/** Agreement settings a program outside the repo may change through POST /_sandbox/settings. */
export interface AgreementSettings {
  accountingYears: AccountingYear[];
  agreementNumber: number;
  /** How POST /journals/{n}/vouchers numbers what it keeps (see settings.ts): the strict reading by default. */
  voucherNumbers: VoucherNumbering;
}

/** `as-sent`: the number sent is kept; `renumbered`: the sandbox numbers the vouchers itself; `split`: a voucher of several entries comes back as two. */
export const VOUCHER_NUMBERINGS = ['as-sent', 'renumbered', 'split'] as const;
export type VoucherNumbering = (typeof VOUCHER_NUMBERINGS)[number];

/** The agreement's mutable data. Reference data (seed.ts) is constant. */
export class Store {
  customers = new Map<number, CustomerRecord>();
  products = new Map<string, ProductRecord>();
  drafts = new Map<number, DraftRecord>();
  booked = new Map<number, BookedRecord>();
  /** Journal entries; those not `booked` are what GET /journals/{n}/entries lists. */
  entries: EntryRecord[] = [];
  vouchers: VoucherRecord[] = [];
  /** What booked journals put on the accounts (GET /accounting-years/{year}/entries). */
  ledger: LedgerEntryRecord[] = [];
  seq = { soap: 0, entry: 0, ledger: 0 };
  idempotency = new Map<string, IdempotencyRecord>();
  settings: AgreementSettings;
  /** How far the sandbox's clock runs ahead of the machine's (POST /_sandbox/settings {now}). */
  clockOffsetMs = 0;
  /** Set by every mutation; the server persists and clears it. */
  dirty = false;

  constructor(private readonly realNow: () => number = Date.now) {
    this.settings = this.defaultSettings();
    this.seed();
  }

  /** The sandbox's clock (ms): every timestamp, "today" and the idempotency window read it. */
  now(): number {
    return this.realNow() + this.clockOffsetMs;
  }

  /** e-conomic's lastUpdated: UTC, whole seconds, 'Z'. */
  stamp(): string {
    return new Date(this.now()).toISOString().slice(0, 19) + 'Z';
  }

  today(): string {
    return new Date(this.now()).toISOString().slice(0, 10);
  }

  /** Calendar-year accounting years from 2000 to next year, on an agreement with its default number. */
  defaultSettings(): AgreementSettings {
    return { accountingYears: calendarYears(2000, new Date(this.now()).getUTCFullYear() + 1), agreementNumber: AGREEMENT_NUMBER, voucherNumbers: 'as-sent' };
  }

  /** The accounting year whose period contains the date, if the agreement has one. */
  accountingYearOf(date: string): AccountingYear | undefined {
    return this.settings.accountingYears.find((y) => y.fromDate <= date && date <= y.toDate);
  }

  seed(): void {
    this.customers.clear();
    this.products.clear();
    this.drafts.clear();
    this.booked.clear();
    this.entries = [];
    this.vouchers = [];
    this.ledger = [];
    this.seq = { soap: 0, entry: 0, ledger: 0 };
    this.idempotency.clear();
    this.settings = this.defaultSettings();
    this.clockOffsetMs = 0;
    const stamp = this.stamp();
    for (const c of SEED_CUSTOMERS) {
      const group = CUSTOMER_GROUPS.find((g) => g.customerGroupNumber === c.customerGroup);
      this.customers.set(c.customerNumber, {
        customerNumber: c.customerNumber,
        fields: { name: c.name },
        currency: c.currency,
        customerGroupNumber: c.customerGroup,
        paymentTermsNumber: c.paymentTerms,
        vatZoneNumber: c.vatZone,
        layoutNumber: group?.layoutNumber,
        creditLimit: '0',
        lastUpdated: stamp,
      });
    }
    for (const p of SEED_PRODUCTS) {
      this.products.set(p.productNumber, {
        productNumber: p.productNumber,
        name: p.name,
        productGroupNumber: p.productGroup,
        salesPrice: p.salesPrice,
        costPrice: '0',
        recommendedPrice: '0',
        barred: false,
        unitNumber: 1,
        lastUpdated: stamp,
      });
    }
  }

  /**
   * Numbers are the highest in use plus one, so a number is reused once the record holding the
   * highest is deleted (live: a customer created after deleting customer 3 got number 3).
   */
  nextCustomerNumber(): number {
    return highest(this.customers.keys()) + 1;
  }

  nextDraftNumber(): number {
    return highest(this.drafts.keys()) + 1;
  }

  nextBookedNumber(): number {
    return highest(this.booked.keys()) + 1;
  }

  nextVoucherNumber(journalNumber: number): number {
    let max = 0;
    for (const v of this.vouchers) if (v.journalNumber === journalNumber && v.voucherNumber > max) max = v.voucherNumber;
    return max + 1;
  }

  snapshot(): StoredState {
    return {
      customers: [...this.customers.values()],
      products: [...this.products.values()],
      drafts: [...this.drafts.values()],
      booked: [...this.booked.values()],
      entries: this.entries,
      vouchers: this.vouchers,
      ledger: this.ledger,
      seq: this.seq,
      idempotency: [...this.idempotency.entries()],
      settings: this.settings,
      clockOffsetMs: this.clockOffsetMs,
    };
  }

  restore(s: StoredState): void {
    this.customers = new Map(s.customers.map((c) => [c.customerNumber, c]));
    this.products = new Map(s.products.map((p) => [p.productNumber, p]));
    this.drafts = new Map(s.drafts.map((d) => [d.draftInvoiceNumber, d]));
    this.booked = new Map(s.booked.map((b) => [b.bookedInvoiceNumber, b]));
    this.entries = s.entries;
    this.vouchers = s.vouchers;
    this.ledger = s.ledger ?? [];
    this.seq = { ledger: 0, ...s.seq };
    this.idempotency = new Map(s.idempotency);
    this.settings = { ...this.defaultSettings(), ...s.settings };
    this.clockOffsetMs = s.clockOffsetMs ?? 0;
  }
}

function highest(numbers: Iterable<number>): number {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  return max;
}
