import type { EconomicClient } from '../connectors/economic/client';
import type { DayRow, Ledger } from '../ledger';
import type { LogStore } from '../log';
import type { Order } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';
import type { AccountingYear } from '../connectors/economic/types';
import type { KeptBooked } from './kept-answers';
import type { BuyerCustomers } from './customers';
import type { ProductCreator } from './products';
import type { EconomicReference } from './reference-data';
import type { PostingStatus } from './supervised';
import type { AfterBooking } from './after-booking';
import type { AgreementJournals } from './agreement-journals';

/**
 * What becomes of the money once an invoice is booked (main/moneyflows): injected by the
 * runtime, so the engine books invoices without knowing how payments and credit notes work.
 */
export interface MoneyFlows {
  /** Queues the customer payment of a just-booked invoice when its payment method registers payments. */
  queuePayment(order: Order, invoice: KeptBooked): Promise<unknown>;
  /**
   * Turns the refunds (and a cancellation) of a booked order into credit notes: how many were
   * created, and whether every refund is settled (credited, or left for the owner) so the order
   * need not be handed on again until its refunds change.
   */
  creditRefunds(order: Order): Promise<{ created: number; settled: boolean }>;
  /** Posts the queued customer payments (of orders and of days); how many are now in e-conomic. */
  postPendingPayments(): Promise<{ posted: number }>;
  /**
   * Queues the payments of a just-booked day summary (one voucher per day, a line per payment
   * method); called inside the transaction that books the day, so they are queued exactly once.
   */
  queueDayPayments(day: DayRow): void;
  /** Credit notes that waited for their accounting year go on once `years` holds it open; how many. */
  reopenCreditNotesWhenYearOpens(years: () => Promise<AccountingYear[]>): Promise<number>;
}

/** Everything one sync cycle works with; built once per run by the runtime. */
export interface EngineContext {
  profile: Profile;
  ledger: Ledger;
  client: EconomicClient;
  reference: EconomicReference;
  products: ProductCreator;
  customers: BuyerCustomers;
  log: LogStore;
  afterBooking: AfterBooking;
  moneyFlows: MoneyFlows;
  /**
   * Queues the mail of a just-booked day's order list to the owner's accountant, if the profile
   * names one; called inside the transaction that books the day, so it is queued exactly once.
   */
  queueAccountantMail(day: DayRow): void;
  /** The automatic-posting gates as they stand now. */
  posting(): PostingStatus;
  /**
   * Written into every `references.other` before the order id, so that two profiles on one
   * e-conomic agreement never take each other's invoices for their own (runtime/profile-dirs.ts);
   * null for the data dir's first profile, which keeps the plain form.
   */
  referenceQualifier: string | null;
  /** The journal writes of every profile in this process, kept apart per agreement (voucher numbers). */
  agreementJournals: AgreementJournals;
  /** The PC's clock: timestamps, retries, polling. */
  clock(): Date;
  /** e-conomic's clock (the latest `Date` it answered with): what the supervised period is counted on. */
  economicTime(): Date | null;
}
