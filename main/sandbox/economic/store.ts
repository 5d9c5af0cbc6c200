import { SEED_CUSTOMERS, SEED_PRODUCTS, CUSTOMER_GROUPS } from './seed';
import type { BookedRecord, CustomerRecord, DraftRecord, EntryRecord, IdempotencyRecord, ProductRecord, StoredState, VoucherRecord } from './records';

export function nowStamp(): string {
  // e-conomic's lastUpdated: UTC, whole seconds, 'Z'
  return new Date().toISOString().slice(0, 19) + 'Z';
}

/** The agreement's mutable data. Reference data (seed.ts) is constant. */
export class Store {
  customers = new Map<number, CustomerRecord>();
  products = new Map<string, ProductRecord>();
  drafts = new Map<number, DraftRecord>();
  booked = new Map<number, BookedRecord>();
  entries: EntryRecord[] = [];
  vouchers: VoucherRecord[] = [];
  seq = { draft: 0, soap: 0, entry: 0 };
  idempotency = new Map<string, IdempotencyRecord>();
  /** Set by every mutation; the server persists and clears it. */
  dirty = false;

  constructor() {
    this.seed();
  }

  seed(): void {
    this.customers.clear();
    this.products.clear();
    this.drafts.clear();
    this.booked.clear();
    this.entries = [];
    this.vouchers = [];
    this.seq = { draft: 0, soap: 0, entry: 0 };
    this.idempotency.clear();
    const stamp = nowStamp();
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

  nextCustomerNumber(): number {
    let max = 0;
    for (const n of this.customers.keys()) if (n > max) max = n;
    return max + 1;
  }

  nextBookedNumber(): number {
    let max = 0;
    for (const n of this.booked.keys()) if (n > max) max = n;
    return max + 1;
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
      seq: this.seq,
      idempotency: [...this.idempotency.entries()],
    };
  }

  restore(s: StoredState): void {
    this.customers = new Map(s.customers.map((c) => [c.customerNumber, c]));
    this.products = new Map(s.products.map((p) => [p.productNumber, p]));
    this.drafts = new Map(s.drafts.map((d) => [d.draftInvoiceNumber, d]));
    this.booked = new Map(s.booked.map((b) => [b.bookedInvoiceNumber, b]));
    this.entries = s.entries;
    this.vouchers = s.vouchers;
    this.seq = s.seq;
    this.idempotency = new Map(s.idempotency);
  }
}
