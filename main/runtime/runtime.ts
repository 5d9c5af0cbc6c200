import type { Plan, Profile, SecretName } from '../../shared/profile/schema';
import { CODES } from '../../shared/errors';
import { EconomicClient } from '../connectors/economic/client';
import { createShopConnector } from '../connectors/shops/create-shop-connector';
import type { ShopConnector } from '../connectors/shops/types';
import { backupIfDue, openLedger, type Ledger } from '../ledger';
import { verifyLicence } from '../licence';
import { MailOutbox, createTransport, outboxSender } from '../mail';
import { createSecretStore, MissingSecretError, type SecretStore } from '../secrets';
import { ConfigStore } from '../settings';
import { createNotifier, ObservedLogStore, type ErrorNotifier } from '../notify';
import { AfterBooking } from '../engine/after-booking';
import type { EngineContext } from '../engine/context';
import { BuyerCustomers } from '../engine/customers';
import { runCycle, type SyncSummary } from '../engine/cycle';
import { ProductCreator } from '../engine/products';
import { EconomicReference } from '../engine/reference-data';
import { postingStatus, type PostingStatus } from '../engine/supervised';
import { postPendingPayments, processRefunds, queuePayment } from '../moneyflows';
import { DEMO_CREDENTIALS, demoClock, isLoopbackUrl } from './sandbox-only';

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
  /** Shows a desktop notification (the Electron shell); the CLI has none. */
  onDesktopNotification?: (title: string, body: string) => void;
}

export interface LicenceState {
  plan: Plan | null;
  problem: string | null;
  sandboxOnly: boolean;
  licensee: string | null;
}

/** The fair-use budget is counted per profile (one profile = one e-conomic agreement). */
export function budgetKey(profileName: string): string {
  return `profile:${profileName}`;
}

export class ProfileMissingError extends Error {
  constructor(dataDir: string) {
    super(`No profile is set up in ${dataDir}. Run "ledgerbridge configure --data-dir ${dataDir} --file profile.json" first.`);
    this.name = 'ProfileMissingError';
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
  private notifier: ErrorNotifier | null = null;
  private licenceCache: { text: string; minute: number; state: LicenceState } | null = null;

  private constructor(
    readonly options: RuntimeOptions,
    readonly ledger: Ledger,
    readonly config: ConfigStore,
    private currentProfile: Profile,
    readonly secrets: SecretStore,
    readonly clock: () => Date,
  ) {
    this.log = new ObservedLogStore(ledger.db, clock);
    this.outbox = new MailOutbox(ledger.db, { clock, fromAddress: currentProfile.mail.fromAddress || undefined });
  }

  get profile(): Profile {
    return this.currentProfile;
  }

  /** Validates and stores a changed profile; the engine context is rebuilt on next use. */
  saveProfile(profile: Profile): void {
    this.config.saveProfile(profile);
    this.currentProfile = profile;
    this.contextPromise = null;
    this.economicClient = null;
    this.shopConnector = null;
    this.notifier = null;
    this.licenceCache = null;
  }

  static async open(options: RuntimeOptions): Promise<Runtime> {
    const config = new ConfigStore(options.dataDir);
    const profile = config.getProfile(options.profileName);
    if (!profile) throw new ProfileMissingError(options.dataDir);
    const clock = options.clock ?? demoClock(profile, options.env ?? process.env, options.licencePublicKeyPem) ?? (() => new Date());
    const ledger = openLedger(options.dataDir, { clock, lock: options.lock });
    const secrets = options.secrets ?? createSecretStore({ env: options.env ?? process.env });
    const runtime = new Runtime(options, ledger, config, profile, secrets, clock);
    runtime.outbox.recoverAfterCrash();
    return runtime;
  }

  /**
   * The plan from the profile's licence. Verifying an Ed25519 signature costs ~0.2 ms and the
   * posting gates are asked once per order, so the answer is kept for a minute (the finest
   * grain an expiry date needs).
   */
  licence(): LicenceState {
    const minute = Math.floor(this.clock().getTime() / 60_000);
    const text = this.profile.licence ?? '';
    if (this.licenceCache?.text === text && this.licenceCache.minute === minute) return this.licenceCache.state;
    const state = this.verifyProfileLicence();
    this.licenceCache = { text, minute, state };
    return state;
  }

  private verifyProfileLicence(): LicenceState {
    const { profile } = this;
    if (!profile.licence) return { plan: null, problem: 'no licence in the profile', sandboxOnly: false, licensee: null };
    const result = verifyLicence(profile.licence, { publicKeyPem: this.options.licencePublicKeyPem, now: this.clock() });
    if (!result.ok) return { plan: null, problem: result.message, sandboxOnly: false, licensee: null };
    const { payload } = result;
    if (payload.sandboxOnly && !(isLoopbackUrl(profile.economic.url) && isLoopbackUrl(profile.shop.url))) {
      return { plan: null, problem: 'the demo licence works only against the built-in sandbox', sandboxOnly: true, licensee: payload.licensee };
    }
    return { plan: payload.plan, problem: null, sandboxOnly: Boolean(payload.sandboxOnly), licensee: payload.licensee };
  }

  postingStatus(): PostingStatus {
    const record = this.ledger.supervised.forProfile(this.profile.name).get();
    const licence = this.licence();
    const date = (v: string | null): Date | null => (v ? new Date(v) : null);
    return postingStatus({
      bookingMode: this.profile.bookingMode,
      plan: licence.plan,
      licenceProblem: licence.problem,
      firstAutomaticDraftAt: date(record.firstAutomaticDraftAt),
      manualBookingsSeen: record.manualBookingCount,
      checkedAt: date(record.checkedAt),
      checkedBy: record.checkedBy,
      activatedAt: record.active ? date(record.activatedAt) : null,
      activatedBy: record.activatedBy,
      now: this.clock(),
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
        budget: { store: this.ledger.callBudget, dailyLimit: profile.economic.dailyCallBudget, agreementKey: budgetKey(profile.name) },
        logger: this.options.logger,
        beforeCall: () => this.ledger.durable(),
        ...this.options.economicClientOptions,
      });
    }
    return this.economicClient;
  }

  async shop(): Promise<ShopConnector> {
    this.shopConnector ??= await createShopConnector(this.profile.shop, (name) => this.secret(name));
    return this.shopConnector;
  }

  /** The engine context; e-conomic's reference data is read once here, not per order. */
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
    const reference = await EconomicReference.load(client);
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
        postPendingPayments: () => postPendingPayments(ctx),
      },
      posting: () => this.postingStatus(),
      clock: this.clock,
    };
    ctx.afterBooking = new AfterBooking({
      profile: this.profile,
      ledger: this.ledger,
      client,
      reference,
      outbox: this.outbox,
      log: this.log,
      dataDir: this.options.dataDir,
      shop: { name: shopName, url: this.profile.shop.url },
      queuePayment: ctx.moneyFlows.queuePayment,
    });
    return ctx;
  }

  /** Sends invoice mails that are due; 0 when mail is not set up. */
  async processMail(): Promise<number> {
    const { mail } = this.profile;
    if (this.profile.invoiceSource !== 'economic' || !mail.smtp) return 0;
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
    }
  }

  async syncOnce(options: { signal?: AbortSignal; onProgress?: (p: { fetched: number; processed: number }) => void } = {}): Promise<SyncSummary> {
    const ctx = await this.context();
    const shop = await this.shop();
    try {
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

  /** Tells the owner about new problems (desktop and throttled error mail); never fails a sync. */
  async notify(): Promise<void> {
    this.notifier ??= createNotifier({
      profile: this.profile,
      db: this.ledger.db,
      clock: this.clock,
      smtpPassword: async () => (this.profile.mail.smtp?.user ? this.secret('smtpPassword') : undefined),
      onDesktop: this.options.onDesktopNotification,
    });
    try {
      await this.notifier.onReported(this.log.drainReported());
      await this.notifier.tick();
    } catch (error) {
      this.options.logger?.warn(`error mail could not be sent: ${(error as Error).message}`);
    }
  }

  close(): void {
    this.ledger.close();
  }
}
