import { encodeProductNumber } from '../connectors/economic/encoding';
import type { AccountingYear } from '../connectors/economic/types';
import type { EngineContext } from './context';

interface Page<T> {
  collection?: T[];
}

/**
 * The next free voucher number of a journal in an accounting year: one above the highest in
 * use, whether still in the journal or already booked on the year's accounts, within the
 * journal's range. Read once per journal and run, then counted on, so a year of days imported
 * in one run costs two reads, not two per day; above every number the other profiles on the
 * agreement took meanwhile (agreement-journals.ts). Take a number and send its voucher inside
 * `one`, so that no other profile's write comes between.
 */
export class VoucherNumbers {
  private readonly next_ = new Map<string, number>();
  private ranges: Promise<Map<number, { min: number; max: number }>> | null = null;

  constructor(private readonly ctx: Pick<EngineContext, 'client' | 'agreementJournals' | 'profile'>) {}

  /** Runs `write` (take a number, send the voucher) alone among the agreement's journal writes in this process. */
  one<T>(write: () => Promise<T>): Promise<T> {
    return this.ctx.agreementJournals.one(this.agreement(), write);
  }

  async next(journalNumber: number, year: AccountingYear): Promise<number> {
    const key = `${journalNumber}|${year.year}`;
    let n = this.next_.get(key);
    if (n === undefined) {
      const range = (await this.range(journalNumber)) ?? { min: 1, max: 999_999_999 };
      const [inJournal] = (await this.ctx.client.get<Page<{ voucher?: { voucherNumber?: number } }>>(`/journals/${journalNumber}/entries`, { sort: '-voucher.voucherNumber', pagesize: 1 })).collection ?? [];
      const [onAccounts] = (await this.ctx.client.get<Page<{ voucherNumber?: number }>>(`/accounting-years/${encodeProductNumber(year.year)}/entries`, { filter: `voucherNumber$gte:${range.min}$and:voucherNumber$lte:${range.max}`, sort: '-voucherNumber', pagesize: 1 })).collection ?? [];
      n = Math.max(range.min - 1, inJournal?.voucher?.voucherNumber ?? 0, onAccounts?.voucherNumber ?? 0) + 1;
    }
    n = this.ctx.agreementJournals.take(this.agreement(), journalNumber, year.year, n);
    this.next_.set(key, n + 1);
    return n;
  }

  /**
   * e-conomic kept a voucher under `voucherNumber` (its answer, which need not be the number
   * sent): the numbers counted on for the journal and year go on above it.
   */
  used(journalNumber: number, year: string, voucherNumber: number): void {
    this.ctx.agreementJournals.used(this.agreement(), journalNumber, year, voucherNumber, this.ctx.profile.name);
    const key = `${journalNumber}|${year}`;
    const n = this.next_.get(key);
    if (n !== undefined && n <= voucherNumber) this.next_.set(key, voucherNumber + 1);
  }

  /** After a failed call the journal is read again: someone else may have used the number. */
  forget(journalNumber: number): void {
    for (const key of [...this.next_.keys()]) if (key.startsWith(`${journalNumber}|`)) this.next_.delete(key);
  }

  /** e-conomic holds this voucher for another profile in this process: never this profile's. */
  heldByAnother(journalNumber: number, year: string, voucherNumber: number): boolean {
    return this.ctx.agreementJournals.heldByAnother(this.agreement(), journalNumber, year, voucherNumber, this.ctx.profile.name);
  }

  /** The agreement the calls reach (named by GET /self, which every sync asks first); one key for all profiles before that. */
  private agreement(): string {
    return this.ctx.client.budgetKey ?? 'agreement:unknown';
  }

  private async range(journalNumber: number): Promise<{ min: number; max: number } | undefined> {
    this.ranges ??= this.ctx.client.journals().then((journals) => {
      const map = new Map<number, { min: number; max: number }>();
      for (const j of journals) {
        const v = j.settings?.voucherNumbers;
        map.set(j.journalNumber, { min: v?.minimumVoucherNumber ?? 1, max: v?.maximumVoucherNumber ?? 999_999_999 });
      }
      return map;
    });
    return (await this.ranges).get(journalNumber);
  }
}
