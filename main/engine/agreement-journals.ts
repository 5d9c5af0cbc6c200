/**
 * The journal writes of every profile in this process that books on one e-conomic agreement
 * (several shops side by side, ProfileRuntimes), kept apart.
 *
 * e-conomic keeps entries sent under a voucher number that is already in the journal in THAT
 * voucher: a voucher is its number. Each profile takes "the journal's next free number" from
 * what e-conomic holds, so two shops booking their days in one journal at the same moment
 * would both read 17, send 18, and the second shop's day would land inside the first's
 * voucher. A payment batch sent without numbers takes the next free one, with the same
 * effect on a number another profile has picked and not yet sent. So, per agreement:
 * - one write at a time: picking a number and sending the voucher happen together, and a
 *   write without numbers waits for them;
 * - every number handed out or answered here is remembered, and the next number a profile
 *   picks is above it, also where its own run counted on from an older read.
 * - a number a run that died may have sent (its voucher recorded as being sent) is taken by no
 *   other profile before its own has looked for it in e-conomic;
 * - a voucher e-conomic holds for one profile is never taken for another profile's day: looking
 *   for a day a run died sending, a profile may go by the date, clearing accounts and amounts
 *   alone (day-voucher-match.ts), and two shops on one agreement can sell the same on one day
 *   with the same payment methods. Taken for the other's, the dead run's day would pass for
 *   sent and never be.
 * Another installation on the same agreement is not seen here; e-conomic's answer, which the
 * day vouchers read (LB-7024), is what tells of that.
 */
export class AgreementJournals {
  /** The highest voucher number known in use, per agreement, journal and accounting year. */
  private readonly highest = new Map<string, number>();
  /** The highest number in doubt per journal, of any agreement: a number may be skipped, never shared. */
  private readonly doubtful = new Map<number, number>();
  /** Which profile each voucher e-conomic holds is for, per agreement, journal, year and number. */
  private readonly holders = new Map<string, string>();
  /** The end of each agreement's queue of writes. */
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Runs `write` when every journal write queued before it on `agreement` has ended (succeeded or not). */
  one<T>(agreement: string, write: () => Promise<T>): Promise<T> {
    const before = this.queues.get(agreement) ?? Promise.resolve();
    const run = before.then(write, write);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(agreement, settled);
    // The queue ends with this write: forget it then, so that an idle agreement holds nothing.
    void settled.then(() => {
      if (this.queues.get(agreement) === settled) this.queues.delete(agreement);
    });
    return run;
  }

  /**
   * `candidate`, or the number above the highest one known in use when that is higher; the
   * number returned is then in use. Call it inside `one`, right before the voucher is sent.
   */
  take(agreement: string, journalNumber: number, year: string, candidate: number): number {
    const key = keyOf(agreement, journalNumber, year);
    const n = Math.max(candidate, (this.highest.get(key) ?? 0) + 1, (this.doubtful.get(journalNumber) ?? 0) + 1);
    this.highest.set(key, n);
    return n;
  }

  /** A profile's run died while sending a voucher under `voucherNumber` in the journal (before this process started). */
  inDoubt(journalNumber: number, voucherNumber: number): void {
    if ((this.doubtful.get(journalNumber) ?? 0) < voucherNumber) this.doubtful.set(journalNumber, voucherNumber);
  }

  /** e-conomic kept a voucher of `profile`'s under `voucherNumber` (a number handed out here, or one it chose). */
  used(agreement: string, journalNumber: number, year: string, voucherNumber: number, profile: string): void {
    const key = keyOf(agreement, journalNumber, year);
    if ((this.highest.get(key) ?? 0) < voucherNumber) this.highest.set(key, voucherNumber);
    this.holders.set(`${key}|${voucherNumber}`, profile);
  }

  /** e-conomic holds the voucher for a profile other than `profile`, as far as this process knows. */
  heldByAnother(agreement: string, journalNumber: number, year: string, voucherNumber: number, profile: string): boolean {
    const holder = this.holders.get(`${keyOf(agreement, journalNumber, year)}|${voucherNumber}`);
    return holder !== undefined && holder !== profile;
  }
}

const keyOf = (agreement: string, journalNumber: number, year: string) => `${agreement}|${journalNumber}|${year}`;
