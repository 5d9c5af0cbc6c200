import type { Profile, SecretName } from '../../shared/profile/schema';
import { CODES } from '../../shared/errors';
import { EconomicClient } from '../connectors/economic/client';
import { createShopConnector } from '../connectors/shops/create-shop-connector';
import { shopifySupportEndingSoon } from '../connectors/shops/shopify/api-version';
import type { AgreementIdentity } from '../connectors/economic';
import type { ShopConnector } from '../connectors/shops/types';
import type { CallBudgetStore } from '../connectors/economic/call-budget';
import { DAY_MS, agreementKeyForNumber } from '../connectors/economic/fair-use';
import { acquireDataDirLock, backupIfDue, openLedger, type DataDirLock, type DayRow, type EconomicFacts, type Ledger } from '../ledger';
import { MailOutbox, OWNER_STATUSES, createTransport, outboxSender, type OutboxRow } from '../mail';
import { createSecretStore, MissingSecretError, type SecretStore } from '../secrets';
import { ConfigStore } from '../settings';
import { createNotifier, ObservedLogStore, type ErrorNotifier } from '../notify';
import { AfterBooking } from '../engine/after-booking';
import { AgreementJournals } from '../engine/agreement-journals';
import { queueAccountantMail, writeAccountantMailFiles } from '../engine/days/accountant-mail';
import type { EngineContext } from '../engine/context';
import { BuyerCustomers } from '../engine/customers';
import { runCycle, type SyncSummary } from '../engine/cycle';
import { warnBeforeYearEnds } from '../engine/year-opened';
import { ProductCreator } from '../engine/products';
import { EconomicReference } from '../engine/reference-data';
import { logOssProposals } from '../engine/oss-groups';
import { postingStatus, type PostingStatus } from '../engine/supervised';
import { DayPaymentsStore, postDayPayments, postPendingPayments, processRefunds, queueDayPayments, reopenCreditNotesWhenYearOpens, queuePayment } from '../moneyflows';
import { DayVoucherStore } from '../engine/days/day-voucher-store';
import { DEMO_CREDENTIALS, isLoopbackUrl } from './sandbox-only';
import { claimLedger, profileHome } from './profile-dirs';
import { licenceState, type LicenceState } from './licence-state';
import { ProfileMissingError, ShopSetUpTwiceError, ShopWaitsForCopyError } from './errors';
import { LastSyncFailure, syncFailureOf } from './sync-failure';

export type { LicenceState } from './licence-state';
export { ProfileMissingError, ShopSetUpTwiceError, ShopWaitsForCopyError } from './errors';

/** How far the PC's clock may be off e-conomic's before the owner is told (LB-2042). */
export const PC_CLOCK_TOLERANCE_MS = 5 * 60_000;

export interface RuntimeOptions {
  dataDir: string;
  profileName?: string;
  env?: NodeJS.ProcessEnv;
  secrets?: SecretStore;
  clock?: () => Date;
  /** Tests verify licences against their own key pair. */
  licencePublicKeyPem?: string;
  /** Options passed through to the e-conomic client (tests inject sleep). */
  economicClientOptions?: Partial<ConstructorParameters<typeof EconomicClient>[0]>;
  logger?: { info(message: string): void; warn(message: string): void };
  /** false for read-only work beside a running sync (dry run, status). */
  lock?: boolean;
  /**
   * Where the e-conomic calls are counted (default: this profile's ledger). Profiles run
   * side by side share one (ProfileRuntimes), so profiles on the same agreement share its budget.
   */
  callBudget?: CallBudgetStore;
  /**
   * Where the journal writes are kept apart (default: this profile's own). Profiles run side by
   * side share one (ProfileRuntimes), so two shops on one agreement never take one voucher number.
   */
  agreementJournals?: AgreementJournals;
  /**
   * The data dir's profiles in config.json's order, this one among them (ProfileRuntimes): a
   * profile on the webshop and agreement of one before it is not synced (checkAgreement).
   */
  siblings?: () => readonly Runtime[];
}

/**
 * The key a profile's e-conomic calls are counted under before GET /self has named its
 * agreement (and the key of installations from before budgets were shared per agreement).
 */
export function budgetKey(profileName: string): string {
  return `profile:${profileName}`;
}

/** A webshop's address as two profiles (or the wizard's answers) for the same shop share it: host and path, whatever the scheme, case or trailing slash. */
export function shopAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

/**
 * The engine for one data directory: the ledger (and its lock), the profile, the
 * secrets, the e-conomic client and the shop connector, wired once and shared by the
 * CLI, the scheduler and the desktop app.
 */
export class Runtime {
  private contextPromise: Promise<EngineContext> | null = null;
  private economicClient: EconomicClient | null = null;
  private shopConnector: ShopConnector | null = null;
  readonly log: ObservedLogStore;
  readonly outbox: MailOutbox;
  /** What stopped the last sync, kept where other processes read it. */
  readonly lastSyncFailure: LastSyncFailure;
  private notifier: ErrorNotifier | null = null;
  private licenceCache: { text: string; minute: number; reached: number | null; state: LicenceState } | null = null;
  private readonly agreementJournals: AgreementJournals;

  private constructor(
    readonly options: RuntimeOptions,
    readonly ledger: Ledger,
    readonly config: ConfigStore,
    private currentProfile: Profile,
    readonly secrets: SecretStore,
    readonly clock: () => Date,
    /** The profile's own directory: its ledger, PDFs and backups (runtime/profile-dirs.ts). */
    readonly profileDir: string,
    /** See EngineContext.referenceQualifier. */
    readonly referenceQualifier: string | null,
    private readonly rootLock: DataDirLock | null,
  ) {
    this.log = new ObservedLogStore(ledger.db, clock);
    this.lastSyncFailure = new LastSyncFailure(ledger.kv);
    this.outbox = new MailOutbox(ledger.db, { clock, fromAddress: currentProfile.mail.fromAddress || undefined });
    this.agreementJournals = options.agreementJournals ?? new AgreementJournals();
    this.shareJournalWrites();
  }

  /**
   * What the other profiles of this process must know of this one's journal writes before any
   * of them writes (engine/agreement-journals.ts): the numbers a run that died may have sent,
   * and the vouchers e-conomic holds for this profile's days.
   */
  private shareJournalWrites(): void {
    // Opened alone (a dry run, the demo): no other profile to tell.
    if (!this.options.agreementJournals) return;
    const days = new DayVoucherStore(this.ledger.db);
    for (const { journalNumber, voucherNumber } of [...days.numbersInDoubt(), ...new DayPaymentsStore(this.ledger.db).numbersInDoubt()]) {
      this.agreementJournals.inDoubt(journalNumber, voucherNumber);
    }
    const agreement = this.economicFacts().agreement()?.agreementNumber;
    // A profile that never reached e-conomic has no voucher there.
    if (agreement === undefined) return;
    for (const v of days.vouchersHeld()) this.agreementJournals.used(agreementKeyForNumber(agreement), v.journalNumber, v.accountingYear, v.voucherNumber, this.profile.name);
  }

  get profile(): Profile {
    return this.currentProfile;
  }

  /** Validates and stores a changed profile; the engine context is rebuilt on next use. */
  saveProfile(profile: Profile): void {
    this.config.saveProfile(profile);
    this.currentProfile = profile;
    this.keysChanged();
    this.notifier = null;
    this.licenceCache = null;
  }

  /**
   * The profile's keys in the keychain changed (the owner pasted new ones, as LB-4011 and LB-4001
   * tell them to): the connections, which read them once, and the engine context built on them
   * are made again on next use, so the next sync signs in with the new keys, not the refused ones.
   */
  keysChanged(): void {
    this.contextPromise = null;
    this.economicClient = null;
    this.shopConnector = null;
  }

  static async open(options: RuntimeOptions): Promise<Runtime> {
    const config = new ConfigStore(options.dataDir);
    const profile = config.getProfile(options.profileName);
    if (!profile) {
      // A profile set aside for not passing validation (a hand edit of config.json) says why.
      const wanted = options.profileName ?? config.load().activeProfile;
      throw config.setAside().find((p) => p.name === wanted)?.error ?? new ProfileMissingError(options.dataDir);
    }
    const clock = options.clock ?? (() => new Date());
    const names = config.profileNames();
    const home = profileHome(options.dataDir, names, profile.name);
    const profileDir = home.dir;
    // A further profile's ledger lives below the data dir; the lock is the data dir's own.
    const rootLock = profileDir !== options.dataDir && options.lock !== false ? acquireDataDirLock(options.dataDir) : null;
    let ledger: Ledger | null = null;
    try {
      ledger = openLedger(profileDir, { clock, lock: rootLock ? false : options.lock, warn: options.logger && ((message) => options.logger?.warn(message)) });
      claimLedger(ledger, profile.name, names);
    } catch (error) {
      ledger?.close();
      rootLock?.release();
      throw error;
    }
    const secrets = options.secrets ?? createSecretStore({ env: options.env ?? process.env });
    const runtime = new Runtime(options, ledger, config, profile, secrets, clock, profileDir, home.referenceQualifier, rootLock);
    runtime.followAccountantMails(runtime.outbox.recoverAfterCrash());
    return runtime;
  }

  /** The key this profile's e-conomic calls count against: its agreement's, once GET /self has named it. */
  budgetKey(): string {
    const reached = this.economicFacts().agreement()?.agreementNumber;
    return reached ? agreementKeyForNumber(reached) : budgetKey(this.profile.name);
  }

  /**
   * e-conomic holds this voucher for another profile of this process on the same agreement
   * (engine/agreement-journals.ts): never one of this profile's days.
   */
  heldByAnotherShop(journalNumber: number, accountingYear: string, voucherNumber: number): boolean {
    return this.agreementJournals.heldByAnother(this.budgetKey(), journalNumber, accountingYear, voucherNumber, this.profile.name);
  }

  /** e-conomic calls in the last 24 hours against this profile's budget: every profile's on the same agreement. */
  callsLast24h(): number {
    return (this.options.callBudget ?? this.ledger.callBudget).countSince(this.budgetKey(), this.clock().getTime() - DAY_MS);
  }

  /**
   * The plan from the profile's licence, for the agreement the last sync reached. Verifying an
   * Ed25519 signature costs ~0.2 ms and the posting gates are asked once per order, so the
   * answer is kept for a minute (the finest grain an expiry date needs) or until the agreement
   * reached changes.
   */
  licence(): LicenceState {
    // Expiry is judged on e-conomic's clock once it has answered: setting the PC back does not extend a licence.
    const now = this.economicTime() ?? this.clock();
    const minute = Math.floor(now.getTime() / 60_000);
    const text = this.profile.licence ?? '';
    const reached = this.economicFacts().agreement()?.agreementNumber ?? null;
    const cached = this.licenceCache;
    if (cached?.text === text && cached.minute === minute && cached.reached === reached) return cached.state;
    const state = licenceState(this.profile, { now, reachedAgreement: reached, publicKeyPem: this.options.licencePublicKeyPem });
    this.licenceCache = { text, minute, reached, state };
    return state;
  }

  /**
   * Asks e-conomic which agreement the profile's tokens reach (GET /self) and records it, at the
   * start of every sync and before anything is written. A licence for another agreement stops
   * automatic posting from here on (drafts go on) with a log entry that says why.
   */
  async checkAgreement(): Promise<AgreementIdentity> {
    const client = await this.economic();
    const identity = await client.agreement();
    this.economicFacts().recordAgreement(identity.agreementNumber, this.economicTime() ?? this.clock());
    await this.refuseSecondCopy(identity.agreementNumber);
    const profile = this.profile.name;
    this.comparePcClock(identity.serverTime);
    const { agreement, licensee } = this.licence();
    const subject = 'licence-agreement';
    const otherAgreement = licensee !== null && agreement.licensed !== null && agreement.licensed !== identity.agreementNumber;
    const noAgreement = licensee !== null && agreement.licensed === null;
    if (otherAgreement) this.log.report({ code: CODES.licenceOtherAgreement, profile, subject, params: { agreement: identity.agreementNumber, licensedAgreement: agreement.licensed } });
    else this.log.resolveSubject(profile, CODES.licenceOtherAgreement, subject);
    if (noAgreement) this.log.report({ code: CODES.licenceWithoutAgreement, profile, subject, params: { agreement: identity.agreementNumber } });
    else this.log.resolveSubject(profile, CODES.licenceWithoutAgreement, subject);
    return identity;
  }

  /**
   * A profile on the webshop of a profile before it in config.json, booking into the same
   * agreement (the same grant, or the same agreement named by GET /self), would invoice each order
   * a second time under its own reference: it is refused before anything is written, and the
   * profile before it runs on. (The wizard's setup check refuses such a shop; `configure` cannot
   * ask e-conomic.)
   */
  private async refuseSecondCopy(agreement: number): Promise<void> {
    const siblings = this.options.siblings?.() ?? [];
    this.waitForUnopenedCopy(siblings);
    const earlier = siblings.slice(0, siblings.indexOf(this)).filter((r) => shopAddress(r.profile.shop.url) === shopAddress(this.profile.shop.url));
    if (earlier.length === 0) return;
    const grant = await this.secret('economicAgreementGrantToken');
    for (const other of earlier) {
      const sameGrant = await other.secret('economicAgreementGrantToken').then(
        (token) => token === grant,
        () => false,
      );
      if (sameGrant || other.economicFacts().agreement()?.agreementNumber === agreement) throw new ShopSetUpTwiceError(this.profile.name, other.profile.name);
    }
  }

  /**
   * A profile before this one in config.json, on the same webshop, that could not be opened
   * beside it (ProfileRuntimes): whether it books into the same agreement cannot be seen, and were
   * it to, this profile syncing now and that one once it is back would invoice each order twice.
   * This profile waits for it (LB-2057). Opened alone (no siblings) there is nobody to wait for.
   */
  private waitForUnopenedCopy(siblings: readonly Runtime[]): void {
    if (!this.options.siblings) return;
    const names = this.config.profileNames();
    const stored = this.config.load().profiles;
    const aside = this.config.setAside();
    const shopUrlOf = (name: string) => stored[name]?.shop.url ?? (aside.find((p) => p.name === name)?.raw as { shop?: { url?: unknown } } | undefined)?.shop?.url;
    const waiting = names
      .slice(0, names.indexOf(this.profile.name))
      .filter((name) => !siblings.some((r) => r.profile.name === name))
      .find((name) => {
        const url = shopUrlOf(name);
        return typeof url === 'string' && shopAddress(url) === shopAddress(this.profile.shop.url);
      });
    if (waiting !== undefined) throw new ShopWaitsForCopyError(this.profile.name, waiting);
  }

  /** The agreement reached and e-conomic's clock, as this profile last saw them. */
  private economicFacts(): EconomicFacts {
    return this.ledger.economicFacts.forProfile(this.profile.name);
  }

  /**
   * e-conomic's clock: the latest `Date` header it answered with, never earlier than one seen
   * before; null until it has answered. The supervised period and the licence expiry count on
   * it, so moving the PC's clock neither ends the 14 days early nor extends a licence.
   */
  economicTime(): Date | null {
    return this.economicFacts().time();
  }

  /** Warns 60 days before Shopify stops supporting the API version the shop is read with (LB-2043). */
  private checkShopifyVersion(): void {
    const { shop, name: profile } = this.profile;
    if (shop.platform !== 'shopify') return;
    const subject = 'shopify-api-version';
    const end = shopifySupportEndingSoon(shop.apiVersion, this.economicTime() ?? this.clock());
    if (end) this.log.report({ code: CODES.shopifyVersionEnding, profile, subject, params: { version: shop.apiVersion, date: end.toISOString().slice(0, 10) } });
    else this.log.resolveSubject(profile, CODES.shopifyVersionEnding, subject);
  }

  /** A PC clock more than a few minutes off e-conomic's is logged (LB-2042) and resolved once it is right again. */
  private comparePcClock(serverTime: Date | null): void {
    if (!serverTime) return;
    const local = this.clock();
    const subject = 'pc-clock';
    if (Math.abs(local.getTime() - serverTime.getTime()) <= PC_CLOCK_TOLERANCE_MS) {
      this.log.resolveSubject(this.profile.name, CODES.pcClockOff, subject);
      return;
    }
    const shown = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    this.log.report({ code: CODES.pcClockOff, profile: this.profile.name, subject, params: { pcTime: shown(local), economicTime: shown(serverTime) } });
  }

  postingStatus(): PostingStatus {
    const record = this.ledger.supervised.forProfile(this.profile.name).get();
    const licence = this.licence();
    const date = (v: string | null): Date | null => (v ? new Date(v) : null);
    return postingStatus({
      bookingMode: this.profile.bookingMode,
      plan: licence.plan,
      licenceProblem: licence.reason,
      firstAutomaticDraftAt: date(record.firstAutomaticDraftAt),
      manualBookingsSeen: record.manualBookingCount,
      firstManualBookingAt: date(record.firstManualBookingAt),
      checkedAt: date(record.checkedAt),
      checkedBy: record.checkedBy,
      activatedAt: record.active ? date(record.activatedAt) : null,
      activatedBy: record.activatedBy,
      now: this.economicTime(),
    });
  }

  /** A secret for this profile: environment, then keychain, then (sandbox only) the public demo credentials. */
  async secret(name: SecretName): Promise<string> {
    const sandboxDemo = this.licence().sandboxOnly && isLoopbackUrl(this.profile.economic.url);
    let value: string | null = null;
    try {
      value = await this.secrets.get(this.profile.name, name);
    } catch (error) {
      // No keychain on this machine: the sandbox's public demo credentials still work.
      if (!sandboxDemo) throw error;
    }
    if (value !== null) return value;
    if (sandboxDemo) return DEMO_CREDENTIALS[name];
    throw new MissingSecretError(this.profile.name, name);
  }

  async economic(): Promise<EconomicClient> {
    if (!this.economicClient) {
      const { profile } = this;
      this.economicClient = new EconomicClient({
        baseUrl: profile.economic.url,
        appSecretToken: await this.secret('economicAppSecretToken'),
        agreementGrantToken: await this.secret('economicAgreementGrantToken'),
        concurrency: profile.economic.concurrency,
        budget: { store: this.options.callBudget ?? this.ledger.callBudget, dailyLimit: profile.economic.dailyCallBudget, agreementKey: this.budgetKey() },
        onServerTime: (time) => this.economicFacts().observeTime(time),
        logger: this.options.logger,
        beforeCall: () => this.ledger.durable(),
        ...this.options.economicClientOptions,
      });
    }
    return this.economicClient;
  }

  async shop(): Promise<ShopConnector> {
    this.shopConnector ??= await createShopConnector(this.profile.shop, (name) => this.secret(name), { warn: (message) => this.options.logger?.warn(message) });
    return this.shopConnector;
  }

  /**
   * The engine context; e-conomic's reference data is read once here, not per order nor per
   * sync cycle — with OSS that includes the VAT codes and one sales-account call per product
   * group — and again after saveProfile (a changed mapping) or a failed build.
   */
  context(): Promise<EngineContext> {
    if (!this.contextPromise) {
      this.contextPromise = this.buildContext().catch((error) => {
        this.contextPromise = null;
        throw error;
      });
    }
    return this.contextPromise;
  }

  private async buildContext(): Promise<EngineContext> {
    const client = await this.economic();
    const reference = await EconomicReference.load(client, this.profile);
    logOssProposals({ profile: this.profile, kv: this.ledger.kv, log: this.log }, reference.ossProposals, reference.productGroups);
    const shopName = (this.ledger.kv.get('shop:name') as string | null) ?? this.profile.name;
    const ctx: EngineContext = {
      profile: this.profile,
      ledger: this.ledger,
      client,
      reference,
      products: new ProductCreator(client, this.ledger, reference, this.profile.name),
      customers: new BuyerCustomers(client, this.ledger, this.profile),
      log: this.log,
      afterBooking: null as unknown as AfterBooking,
      moneyFlows: {
        queuePayment: (order, invoice) => queuePayment(ctx, order, invoice),
        creditRefunds: (order) => processRefunds(ctx, order),
        // The orders' payments first: a day voucher takes the journal's next free number after them.
        postPendingPayments: async () => ({ posted: (await postPendingPayments(ctx)).posted + (await postDayPayments(ctx)).posted }),
        queueDayPayments: (day) => void queueDayPayments(ctx, day),
        reopenCreditNotesWhenYearOpens: (years) => reopenCreditNotesWhenYearOpens(ctx, years),
      },
      queueAccountantMail: (day) => void this.queueAccountantMail(day),
      posting: () => this.postingStatus(),
      clock: this.clock,
      economicTime: () => this.economicTime(),
      referenceQualifier: this.referenceQualifier,
      agreementJournals: this.agreementJournals,
    };
    ctx.afterBooking = new AfterBooking({
      profile: this.profile,
      ledger: this.ledger,
      client,
      reference,
      outbox: this.outbox,
      log: this.log,
      dataDir: this.profileDir,
      shop: { name: shopName, url: this.profile.shop.url },
      queuePayment: ctx.moneyFlows.queuePayment,
    });
    return ctx;
  }

  /** Sends invoice mails and the accountant's order lists that are due; 0 when mail is not set up. */
  async processMail(): Promise<number> {
    const { mail } = this.profile;
    const dayMails = this.outbox.dayMails(['queued', 'retry']);
    this.reportAccountantMailsWithoutServer(dayMails);
    if (!mail.smtp || (this.profile.invoiceSource !== 'economic' && dayMails.length === 0)) return 0;
    await writeAccountantMailFiles({ ledger: this.ledger, profile: this.profile, outbox: this.outbox });
    const password = mail.smtp.user ? await this.secret('smtpPassword') : undefined;
    const transport = createTransport(mail.smtp, password, { pool: true });
    const send = outboxSender({ transport, from: { name: mail.fromName, address: mail.fromAddress }, replyTo: mail.replyTo });
    try {
      // Batch after batch while mails go out (a big import books hundreds at once).
      let sent = 0;
      for (let batch = 0; batch < 100; batch++) {
        const summary = await this.outbox.processDue(send);
        sent += summary.sent;
        if (summary.sent === 0) break;
      }
      return sent;
    } finally {
      transport.close?.();
      this.followAccountantMails(dayMails);
    }
  }

  /** Queues a booked day's order list for the accountant, once per day (the engine's booking, or the owner's "Send to accountant"). */
  queueAccountantMail(day: DayRow): OutboxRow | null {
    return queueAccountantMail({ ledger: this.ledger, profile: this.profile, outbox: this.outbox, dataDir: this.profileDir }, day);
  }

  /** An order list for the accountant that cannot go out for want of a mail server says so, once per profile. */
  private reportAccountantMailsWithoutServer(waiting: OutboxRow[]): void {
    const subject = 'accountant-mail-server';
    const [first] = waiting;
    if (this.profile.mail.smtp || !first) return void this.log.resolveSubject(this.profile.name, CODES.accountantMailNoServer, subject);
    this.log.report({ code: CODES.accountantMailNoServer, profile: this.profile.name, subject, params: { date: String(first.vars.invoiceDate), currency: String(first.vars.currency), email: first.to } });
  }

  /**
   * Accountant's mails that now wait for the owner (failed, or uncertain after a kill) go into the
   * log, so the owner hears of them without opening the Days screen; one sent closes its entry.
   */
  followAccountantMails(rows: readonly OutboxRow[]): void {
    const profile = this.profile.name;
    for (const { dayId } of rows) {
      const row = dayId === null ? null : this.outbox.getForDay(dayId);
      if (row?.dayId == null) continue;
      const subject = `accountant-mail:${row.dayId}`;
      if (OWNER_STATUSES.includes(row.status) && row.lastError) this.log.report({ code: row.lastError.errorCode, profile, subject, params: row.lastError.params });
      else if (row.status === 'sent') for (const code of [CODES.accountantMailFailed, CODES.accountantMailUncertain]) this.log.resolveSubject(profile, code, subject);
    }
  }

  /**
   * One sync cycle. Its outcome is kept in the ledger (runtime/sync-failure.ts): what stopped it,
   * with when, for every process that reads this profile (the overview, `status`, the support
   * bundle); a cycle that gets through clears it.
   */
  async syncOnce(options: { signal?: AbortSignal; onProgress?: (p: { fetched: number; processed: number }) => void } = {}): Promise<SyncSummary> {
    let summary: SyncSummary;
    try {
      summary = await this.cycle(options);
    } catch (error) {
      this.keepOutcome(() => this.lastSyncFailure.record(syncFailureOf(error, this.clock(), this.profile.shop.platform)));
      throw error;
    }
    this.keepOutcome(() => this.lastSyncFailure.clear());
    return summary;
  }

  /** Keeping the outcome never changes it: a ledger another program holds fails the write, not the sync (nor hides why it failed). */
  private keepOutcome(write: () => void): void {
    try {
      write();
    } catch (error) {
      this.options.logger?.warn(`the last sync's outcome could not be kept in the ledger: ${(error as Error).message}`);
    }
  }

  private async cycle(options: { signal?: AbortSignal; onProgress?: (p: { fetched: number; processed: number }) => void }): Promise<SyncSummary> {
    const ctx = await this.context();
    const shop = await this.shop();
    try {
      await this.checkAgreement();
      this.checkShopifyVersion();
      await warnBeforeYearEnds(ctx);
      const summary = await runCycle(ctx, { shop, processMail: () => this.processMail(), signal: options.signal, onProgress: options.onProgress });
      await this.backUpDaily();
      return summary;
    } finally {
      await this.notify();
    }
  }

  /** The daily backup of the ledger (ledger/backup.ts), taken after a sync; a failure never fails the sync. */
  private async backUpDaily(): Promise<void> {
    try {
      await backupIfDue(this.ledger);
    } catch (error) {
      this.log.report({ code: CODES.backupFailed, profile: this.profile.name, params: { detail: (error as Error).message } });
    }
  }

  /** Mails the owner about new problems (throttled; the desktop notifications are the service's); never fails a sync. */
  async notify(): Promise<void> {
    this.notifier ??= createNotifier({
      profile: this.profile,
      db: this.ledger.db,
      clock: this.clock,
      smtpPassword: async () => (this.profile.mail.smtp?.user ? this.secret('smtpPassword') : undefined),
    });
    try {
      await this.notifier.onReported(this.log.drainReported());
      await this.notifier.tick();
    } catch (error) {
      this.options.logger?.warn(`error mail could not be sent: ${(error as Error).message}`);
    }
  }

  close(): void {
    try {
      this.ledger.close();
    } finally {
      this.rootLock?.release();
    }
  }
}

