import type { Lang } from '../../shared/i18n/lang';
import { profileSchema, type Profile, type SecretName } from '../../shared/profile/schema';
import type { Request, Response } from '../../shared/ipc/contract';
import type { EconomicCredentials, WizardAnswers, WizardState } from '../../shared/ipc/schemas/setup';
import { CHECK_LINE_TITLES, type SetupCheck } from '../../shared/ipc/schemas/setup-check';
import { WIZARD_STEPS } from '../../shared/ipc/schemas/setup';
import { profileFromAnswers } from '../../shared/ipc/wizard-profile';
import { SHOP_WORDS } from '../../shared/i18n/shop-words';
import type { ServiceContext } from './context';
import type { Runtime } from '../runtime/runtime';
import { economicSecrets, shopSecrets } from './credential-secrets';
import { problemError } from './errors';
import { readLicence } from './licence';
import { settingsRuntime } from './settings-shop';
import { freshWizard, WizardStore, type StoredWizard } from './wizard-store';

/** Used for keychain entries typed before the plan step named the profile. */
const UNNAMED_PROFILE = 'default';
/** The same for a further shop: a name beside the shops set up already. */
const NEW_SHOP_PLACEHOLDER = 'new-shop';

/**
 * The setup wizard, the profile and the rules: answers are kept step by step in
 * wizard.json, credentials go straight to the keychain, and `profile.save` turns the
 * answers into a validated profile and opens the engine on it.
 */
export class WizardArea {
  private readonly store: WizardStore;

  constructor(private readonly ctx: ServiceContext) {
    this.store = new WizardStore(ctx.dataDir);
  }

  stored(): StoredWizard {
    const runtime = this.ctx.runtime;
    const profile = runtime?.profile ?? this.ctx.config.getProfile();
    return this.store.load(profile ? { profile, plan: runtime?.licence().plan ?? null, shopName: (runtime?.ledger.kv.get('shop:name') as string | null | undefined) ?? null } : null);
  }

  current(): WizardState {
    return this.stored().state;
  }

  /**
   * The engine of the shop the wizard sets up: the active shop's, or none while a further shop
   * is being added (its profile does not exist until the wizard saves it, and the shops set up
   * already must not be changed by its steps).
   */
  setupRuntime(): Runtime | null {
    return this.stored().newShop ? null : this.ctx.runtime;
  }

  /** True while the wizard sets up a further shop. */
  addingShop(): boolean {
    return this.stored().newShop !== null;
  }

  /**
   * Starts the wizard afresh for a further shop ("Add shop"); the shops set up so far run on
   * unchanged. Keys typed before the plan step names the shop are kept under a name no shop has.
   */
  startNewShop(): WizardState {
    const stored = this.stored();
    if (stored.newShop) return stored.state;
    const names = this.ctx.config.profileNames();
    let placeholder = NEW_SHOP_PLACEHOLDER;
    for (let n = 2; names.includes(placeholder); n++) placeholder = `${NEW_SHOP_PLACEHOLDER}-${n}`;
    const fresh = { ...freshWizard(), secretsProfile: placeholder, newShop: { previous: stored } };
    this.store.save(fresh);
    return fresh.state;
  }

  /** Leaves the setup of a further shop: its keys leave the keychain and the wizard is as it was. */
  async cancelNewShop(): Promise<void> {
    const stored = this.stored();
    if (!stored.newShop) return;
    const names = this.ctx.config.profileNames();
    if (stored.secretsProfile && !names.includes(stored.secretsProfile)) {
      for (const name of stored.state.secretsStored as SecretName[]) await this.ctx.secrets.delete(stored.secretsProfile, name);
    }
    this.store.save(this.store.parse(stored.newShop.previous) ?? { ...freshWizard(), state: { ...freshWizard().state, finished: true } });
  }

  /** The profile name the answers point at. */
  profileName(): string {
    return this.current().answers.plan?.profileName ?? this.setupRuntime()?.profile.name ?? UNNAMED_PROFILE;
  }

  async get(): Promise<Response<'wizard.get'>> {
    return this.current();
  }

  async saveStep(req: Request<'wizard.saveStep'>): Promise<Response<'wizard.saveStep'>> {
    const stored = this.stored();
    const lang = this.ctx.language();
    const given = { ...req.answers };
    // The plan is read from the licence, never taken from the UI: no licence is Basic, a bad one is refused.
    if (given.plan) {
      const licence = given.plan.licence?.trim();
      given.plan = { profileName: given.plan.profileName, plan: licence ? readLicence(licence, lang, this.ctx.clock()).plan : 'basic', ...(licence ? { licence } : {}) };
      this.checkShopName(stored, given.plan.profileName, lang);
    }
    const answers = { ...stored.state.answers, ...given };
    const profile = answers.plan?.profileName ?? stored.secretsProfile ?? UNNAMED_PROFILE;
    const secretsStored = new Set(stored.state.secretsStored);
    // A renamed profile takes its keys along.
    if (stored.secretsProfile && stored.secretsProfile !== profile) await this.moveSecrets(stored.secretsProfile, profile, [...secretsStored] as SecretName[]);
    const entries = [...(req.shopCredentials ? shopSecrets(req.shopCredentials) : []), ...(req.economicCredentials ? economicSecrets(req.economicCredentials) : [])];
    for (const [name, value] of entries) {
      await this.ctx.secrets.set(profile, name, value);
      secretsStored.add(name);
    }
    if (entries.length > 0) this.keysChangedOf(profile);
    const answered = Object.keys(given).length > 0;
    const state: WizardState = {
      step: req.next ?? req.step,
      answers,
      completed: answered && !stored.state.completed.includes(req.step) ? [...stored.state.completed, req.step] : stored.state.completed,
      secretsStored: [...secretsStored],
      finished: stored.state.finished,
    };
    const shopifyAuth = req.shopCredentials ? (req.shopCredentials.kind === 'shopifyClient' ? 'clientCredentials' : req.shopCredentials.kind === 'shopifyToken' ? 'token' : null) : stored.shopifyAuth;
    const changed = answered || entries.length > 0;
    this.store.save({
      ...stored,
      state,
      secretsProfile: secretsStored.size > 0 ? profile : stored.secretsProfile,
      shopifyAuth,
      changedAt: changed ? this.now() : stored.changedAt,
    });
    return state;
  }

  /**
   * The keys of the shop the wizard sets up are stored under the name the Plan step gives, so a
   * name that would put them in another shop's place is refused there, before any is stored: a
   * further shop under the name of a shop set up (the Plan step suggests the same name each
   * time), and a new name for the shop set up — its ledger and the references of its invoices in
   * e-conomic belong to its name, so under another it would become a second shop beside the
   * first, without keys, that sends every order to e-conomic again.
   */
  private checkShopName(stored: StoredWizard, name: string, lang: Lang): void {
    const names = this.ctx.config.profileNames();
    if (stored.newShop) {
      if (names.includes(name)) throw problemError({ code: 'LB-2014', params: { detail: SHOP_WORDS[lang].nameTaken(name) } }, lang);
      return;
    }
    const shop = this.ctx.runtime?.profile.name;
    if (shop !== undefined && name !== shop) throw problemError({ code: 'LB-2014', params: { detail: SHOP_WORDS[lang].noRename(shop) } }, lang);
  }

  /**
   * e-conomic granted access in the browser: the tokens go to the keychain and the
   * step counts as answered, exactly as if they had been pasted and tested.
   */
  async saveEconomicGrant(credentials: EconomicCredentials, company: NonNullable<WizardAnswers['economic']>): Promise<void> {
    const step = this.current().step;
    await this.saveStep({ step: 'economic', answers: { economic: company }, next: step, economicCredentials: credentials });
  }

  /** The answers so far as a profile (with the defaults the wizard leaves to the service), or what is still missing. */
  answersAsProfile(): ReturnType<typeof profileSchema.safeParse> {
    const stored = this.stored();
    return profileSchema.safeParse(
      mergeProfile(null, profileFromAnswers(stored.state.answers), {
        economicUrl: this.ctx.economicUrl(),
        language: this.ctx.language(),
        shopifyAuth: stored.shopifyAuth,
        intervalMinutes: this.ctx.config.load().app.syncIntervalMinutes,
        mailTemplates: {},
      }),
    );
  }

  /**
   * An answer the wizard also asks, changed in Settings (the booking per order or per day, the
   * currencies): kept so the wizard shows it when opened, and an earlier check no longer counts
   * — but the step is not ticked off, nor is the wizard moved: a step is done only when it is
   * gone through in the wizard (saveStep), else a consultant who opened Settings mid-setup
   * would see a step ticked they never went through. Settings names its shop (`shop`): the answer
   * goes to that shop's wizard only (see answersOf), never into a further shop's being set up.
   */
  keepAnswers(answers: Partial<WizardAnswers>, shop?: string): void {
    this.changeWizardOf(shop, (own) => ({ ...own, state: { ...own.state, answers: { ...own.state.answers, ...answers } }, changedAt: this.now() }));
  }

  /**
   * The wizard's answers for the shop named (Settings'), or for the shop the wizard sets up when
   * none is named; null when no wizard holds that shop's answers.
   */
  answersOf(shop?: string): WizardAnswers | null {
    return this.wizardOf(shop, this.stored())?.state.answers ?? null;
  }

  /**
   * The stored wizard whose answers are the shop `shop`'s: the open one, or — while a further shop
   * is being added — the one kept to return to, so cancelling the new shop brings back no answer
   * older than the shop's settings. Without a name, the open one.
   */
  private wizardOf(shop: string | undefined, stored: StoredWizard): StoredWizard | null {
    if (shop === undefined) return stored;
    const own = stored.newShop ? this.store.parse(stored.newShop.previous) : stored;
    return own?.state.answers.plan?.profileName === shop ? own : null;
  }

  /** Saves `change` of the shop's wizard (wizardOf), where it is kept; nothing when no wizard is that shop's. */
  private changeWizardOf(shop: string | undefined, change: (own: StoredWizard) => StoredWizard): void {
    const stored = this.stored();
    const own = this.wizardOf(shop, stored);
    if (!own) return;
    this.store.save(own === stored ? change(own) : { ...stored, newShop: { previous: change(own) } });
  }

  /**
   * Something the setup consists of changed outside the steps (mail server, currencies): an earlier
   * check no longer counts — the check of the shop named (Settings'), else of the wizard's shop.
   */
  markChanged(shop?: string): void {
    this.changeWizardOf(shop, (own) => ({ ...own, changedAt: this.now() }));
  }

  /** Keeps the outcome of a setup check; finishing relies on it. */
  recordCheck(check: SetupCheck): void {
    const stored = this.stored();
    this.store.save({
      ...stored,
      check: { ranAt: check.ranAt, ready: check.ready, failed: check.lines.filter((l) => l.status === 'fail').map((l) => l.id), firstSyncFrom: check.firstSyncFrom },
    });
  }

  /**
   * Saves the setup and starts it — only after a setup check that ran since the last
   * change and found nothing red. A new profile's first sync starts at the oldest
   * order of that check's dry run, so it books what the dry run showed.
   */
  async finish(): Promise<Response<'wizard.finish'>> {
    const lang = this.ctx.language();
    const stored = this.stored();
    const check = stored.check;
    if (!check || (stored.changedAt !== null && check.ranAt < stored.changedAt)) throw problemError({ code: 'LB-2021', params: {} }, lang);
    if (!check.ready) throw problemError({ code: 'LB-2022', params: { detail: check.failed.map((id) => CHECK_LINE_TITLES[lang][id]).join(', ') } }, lang);
    const input = profileFromAnswers(stored.state.answers);
    const name = typeof input.name === 'string' ? input.name : undefined;
    const existing = name ? this.ctx.config.getProfile(name) : null;
    if (!existing && check.firstSyncFrom) input.sync = { importFrom: check.firstSyncFrom };
    const result = await this.saveProfile({ profile: input });
    if (!result.saved) throw problemError({ code: 'LB-2014', params: { detail: result.fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ') } }, lang);
    const after = this.stored();
    this.store.save({ ...after, state: { ...after.state, finished: true, completed: [...WIZARD_STEPS] } });
    return { finished: true, profileName: String(result.profile.name) };
  }

  /** The profile of the shop named (Settings', see settings-shop.ts), else of the shop the wizard sets up — none yet while a further shop is being added. */
  async getProfile(req: Request<'profile.get'>): Promise<Response<'profile.get'>> {
    const runtime = settingsRuntime(this.ctx, this, req.profile);
    return { profile: runtime ? runtime.profile : this.addingShop() ? null : this.ctx.config.getProfile() };
  }

  /**
   * Validates the wizard's profile per field and stores it. Settings the wizard does
   * not ask about (mail server, notifications, sync interval) are kept from the stored
   * profile of the same name; the e-conomic address defaults to the service's.
   */
  async saveProfile(req: Request<'profile.save'>): Promise<Response<'profile.save'>> {
    const input = req.profile;
    const name = typeof input.name === 'string' ? input.name : undefined;
    const base = (name ? this.ctx.config.getProfile(name) : null) ?? null;
    // A further shop is a new profile: saved under a name another shop has, it would replace that shop.
    if (this.addingShop() && base) {
      const lang = this.ctx.language();
      throw problemError({ code: 'LB-2014', params: { detail: SHOP_WORDS[lang].nameTaken(name ?? '') } }, lang);
    }
    const candidate = mergeProfile(base, input, {
      economicUrl: this.ctx.economicUrl(),
      language: this.ctx.language(),
      shopifyAuth: this.stored().shopifyAuth,
      intervalMinutes: this.ctx.config.load().app.syncIntervalMinutes,
      mailTemplates: this.stored().mailTemplates,
      notifications: this.stored().notifications,
      mailSettings: this.stored().mailSettings,
    });
    const parsed = profileSchema.safeParse(candidate);
    if (!parsed.success) {
      return { saved: false, fieldErrors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(profile)', message: i.message })) };
    }
    const profile = parsed.data;
    const stored = this.stored();
    if (stored.secretsProfile && stored.secretsProfile !== profile.name) {
      await this.moveSecrets(stored.secretsProfile, profile.name, stored.state.secretsStored as SecretName[]);
    }
    // The mail texts and mail settings now live in the profile.
    this.store.save({ ...stored, secretsProfile: stored.secretsProfile ? profile.name : null, mailTemplates: {}, notifications: {}, mailSettings: {} });
    await this.apply(profile);
    // The new shop exists and is the active one: from here the wizard goes on with it as with the first.
    const after = this.stored();
    if (after.newShop) this.store.save({ ...after, newShop: null });
    return { saved: true, profile: profile as unknown as Record<string, unknown> };
  }

  async getRules(): Promise<Response<'rules.get'>> {
    return { rules: this.setupRuntime()?.profile.rules ?? this.current().answers.rules ?? [] };
  }

  async saveRules(req: Request<'rules.save'>): Promise<Response<'rules.save'>> {
    const runtime = this.setupRuntime();
    if (runtime) runtime.saveProfile(profileSchema.parse({ ...runtime.profile, rules: req.rules }));
    const stored = this.stored();
    this.store.save({ ...stored, state: { ...stored.state, answers: { ...stored.state.answers, rules: req.rules } } });
    return { rules: req.rules };
  }

  /** Keeps an invoice-mail text edited before the profile exists. */
  saveMailTemplateDraft(lang: Lang, template: { subject: string; html: string; text: string }): void {
    const stored = this.stored();
    this.store.save({ ...stored, mailTemplates: { ...stored.mailTemplates, [lang]: template } });
  }

  /** Keeps notification settings chosen before the profile exists. */
  saveNotificationsDraft(patch: StoredWizard['notifications']): void {
    const stored = this.stored();
    this.store.save({ ...stored, notifications: { ...stored.notifications, ...patch } });
  }

  /** Keeps the mail server and sender chosen before the profile exists. */
  saveMailSettingsDraft(settings: StoredWizard['mailSettings']): void {
    const stored = this.stored();
    this.store.save({ ...stored, mailSettings: settings });
  }

  /**
   * Stores (or, with null, removes) a secret typed before the profile exists, under
   * the profile name the wizard's other keys use, so a renamed profile takes it along.
   */
  async storeSecretDraft(name: SecretName, value: string | null): Promise<void> {
    const stored = this.stored();
    const profile = stored.secretsProfile ?? this.profileName();
    const names = new Set(stored.state.secretsStored);
    if (value === null) {
      await this.ctx.secrets.delete(profile, name);
      names.delete(name);
    } else {
      await this.ctx.secrets.set(profile, name, value);
      names.add(name);
    }
    this.store.save({ ...stored, state: { ...stored.state, secretsStored: [...names] }, secretsProfile: names.size > 0 ? profile : stored.secretsProfile });
    this.keysChangedOf(profile);
  }

  /** New keys of a shop set up reach its running engine: the next sync signs in with them (Runtime.keysChanged). */
  private keysChangedOf(profile: string): void {
    const runtime = this.setupRuntime();
    if (runtime?.profile.name === profile) runtime.keysChanged();
  }

  /** The profile name the wizard's secrets are stored under. */
  secretsProfileName(): string {
    return this.stored().secretsProfile ?? this.profileName();
  }

  /** Stores the profile as the active one and points the engine at it. */
  async apply(profile: Profile): Promise<void> {
    const runtime = this.ctx.runtime;
    if (runtime && runtime.profile.name === profile.name) {
      runtime.saveProfile(profile);
    } else {
      this.ctx.config.saveProfile(profile, { activate: true });
      await this.ctx.reopenRuntime();
    }
    // The shop's own name (from "Test connection") signs the invoice mails.
    const shopName = this.current().answers.shop?.shopName;
    if (shopName) this.ctx.runtime?.ledger.kv.set('shop:name', shopName);
  }

  private now(): string {
    return this.ctx.clock().toISOString();
  }

  private async moveSecrets(from: string, to: string, names: SecretName[]): Promise<void> {
    for (const name of names) {
      const value = await this.ctx.secrets.get(from, name);
      if (value === null) continue;
      await this.ctx.secrets.set(to, name, value);
      await this.ctx.secrets.delete(from, name);
    }
  }
}

/** The wizard's profile laid over the stored one, with the defaults the wizard leaves to the service. */
export function mergeProfile(
  base: Profile | null,
  input: Record<string, unknown>,
  defaults: {
    economicUrl: string;
    language: Lang;
    shopifyAuth: 'token' | 'clientCredentials' | null;
    intervalMinutes: number;
    mailTemplates: StoredWizard['mailTemplates'];
    notifications?: StoredWizard['notifications'];
    mailSettings?: StoredWizard['mailSettings'];
  },
): Record<string, unknown> {
  const shopIn = (input.shop ?? {}) as Record<string, unknown>;
  const samePlatform = base && base.shop.platform === shopIn.platform;
  const shop: Record<string, unknown> = { ...(samePlatform ? base.shop : {}), ...shopIn };
  if (shop.platform === 'shopify' && defaults.shopifyAuth && shop.auth === undefined) shop.auth = defaults.shopifyAuth;
  const economicIn = (input.economic ?? {}) as Record<string, unknown>;
  const customersIn = input.customers as Record<string, unknown> | undefined;
  const mail = base?.mail ?? { fromName: '', fromAddress: '', templates: {} };
  return {
    language: defaults.language,
    ...(base ?? {}),
    ...input,
    sync: { intervalMinutes: defaults.intervalMinutes, overlapMinutes: 10, ...(base?.sync ?? {}), ...((input.sync ?? {}) as Record<string, unknown>) },
    shop,
    economic: { ...(base?.economic ?? {}), url: base?.economic.url ?? defaults.economicUrl, ...economicIn },
    ...(customersIn ? { customers: { ...(base?.customers ?? {}), ...customersIn } } : {}),
    mail: { ...mail, ...(defaults.mailSettings ?? {}), templates: { ...mail.templates, ...defaults.mailTemplates } },
    ...(base || defaults.notifications?.email || defaults.notifications?.digest
      ? { notifications: { digest: 'hourly', desktop: true, ...(base?.notifications ?? {}), ...(defaults.notifications ?? {}) } }
      : {}),
  };
}
