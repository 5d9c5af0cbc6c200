import { MissingSecretError, type SecretStore } from '../secrets';
import { classifySmtpError, createTransport, sendTestMail, type SmtpSettings } from '../mail';
import { AppError } from '../../shared/ipc/contract';
import { checkMailSettings } from '../../shared/ipc/mail-settings';
import { escapeHtml } from '../../shared/mail';
import type { Request, Response } from '../../shared/ipc/contract';
import type { MailSettings } from '../../shared/ipc/schemas/mail-settings';
import { profileSchema } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { problemError, translated } from './errors';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';
import { CONNECTION_WORDS } from '../../shared/i18n/connection-words';

const PASSWORD = 'smtpPassword';

/** What a mail is sent with: the server, the sender, and the way to the keychain password. */
export interface SendingSettings {
  smtp: SmtpSettings;
  fromName: string;
  fromAddress: string;
  replyTo: string | undefined;
  /** The password from the keychain; fails with a "sign-in details missing" problem when a user is set but no password is stored. */
  password(): Promise<string | null>;
}

/**
 * The mail server (SMTP), the sender and the owner's error mails, as the Settings
 * screen and the wizard's "Invoice and mail" step edit them. The non-secret part goes
 * into the profile (or the wizard's answers before a profile exists); the password
 * goes only to the keychain, as `<profile>/smtpPassword`, and never back to the UI.
 * Settings names the shop it shows (`shop`, settings-shop.ts); the wizard's step names none.
 */
export class MailSettingsArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  async get(req: Request<'mail.getSettings'>): Promise<Response<'mail.getSettings'>> {
    return translated(this.ctx.language(), () => this.read(req.profile));
  }

  async save(req: Request<'mail.saveSettings'>): Promise<Response<'mail.saveSettings'>> {
    const lang = this.ctx.language();
    const fieldErrors = checkMailSettings(req, lang);
    if (fieldErrors.length > 0) return { saved: false, fieldErrors: fieldErrors as [(typeof fieldErrors)[0], ...typeof fieldErrors] };
    return translated(lang, async () => {
      const user = req.smtp.user.trim();
      const smtp = { host: req.smtp.host.trim(), port: req.smtp.port, security: req.smtp.security, ...(user ? { user } : {}) };
      const sender = { fromName: req.fromName.trim(), fromAddress: req.fromAddress.trim(), replyTo: req.replyTo.trim() || undefined };
      const notificationEmail = req.notificationEmail.trim();
      // The keychain first: if it cannot be used, nothing else changes either.
      const password = user ? (req.password ? req.password : undefined) : null;
      const shop = req.profile;
      const runtime = settingsRuntime(this.ctx, this.wizard, shop);
      if (runtime) {
        if (password === null) await runtime.secrets.delete(runtime.profile.name, PASSWORD);
        else if (password !== undefined) await runtime.secrets.set(runtime.profile.name, PASSWORD, password);
        const p = runtime.profile;
        runtime.saveProfile(
          profileSchema.parse({
            ...p,
            mail: { ...p.mail, smtp, ...sender },
            notifications: { ...p.notifications, email: notificationEmail || undefined, digest: req.digest },
          }),
        );
      } else {
        if (password !== undefined) await this.wizard.storeSecretDraft(PASSWORD, password);
        this.wizard.saveMailSettingsDraft({ smtp, ...sender });
        this.wizard.saveNotificationsDraft({ email: notificationEmail, digest: req.digest });
      }
      // A setup check of this shop from before this change no longer counts.
      this.wizard.markChanged(shop);
      return { saved: true as const, settings: await this.read(shop) };
    });
  }

  /** "Send test mail": the server as typed (the stored password when none is typed), before anything is saved. */
  async testServer(req: Request<'mail.testServer'>): Promise<Response<'mail.testServer'>> {
    const lang = this.ctx.language();
    const fieldErrors = checkMailSettings(req, lang);
    if (fieldErrors.length > 0) throw problemError({ code: 'LB-2014', params: { detail: fieldErrors.map((e) => e.message).join(' ') } }, lang);
    const user = req.smtp.user.trim();
    const smtp: SmtpSettings = { host: req.smtp.host.trim(), port: req.smtp.port, security: req.smtp.security, ...(user ? { user } : {}) };
    return translated(lang, async () => {
      const { secrets, profile } = this.keychain(req.profile);
      const password = user ? req.password || (await secrets.get(profile, PASSWORD)) : null;
      if (user && password === null) throw new MissingSecretError(profile, PASSWORD);
      return this.sendTest(smtp, password, { fromName: req.fromName.trim(), fromAddress: req.fromAddress.trim() }, req.to.trim());
    });
  }

  /** Where the owner's own mails go (error mails), or '' when not set. */
  async ownerAddress(): Promise<string> {
    return (await this.read()).notificationEmail;
  }

  /** A test mail through the saved server and sender (the setup check); null while no server is set. */
  async testSaved(to: string): Promise<Response<'mail.testServer'> | null> {
    const settings = this.sending();
    if (!settings) return null;
    return translated(this.ctx.language(), async () => this.sendTest(settings.smtp, await settings.password(), settings, to));
  }

  private async sendTest(smtp: SmtpSettings, password: string | null, sender: { fromName: string; fromAddress: string }, to: string): Promise<Response<'mail.testServer'>> {
    const lang = this.ctx.language();
    const transport = createTransport(smtp, password);
    const text = CONNECTION_WORDS[lang].testMailText(smtp.host, smtp.port);
    try {
      const result = await sendTestMail({
        transport,
        from: { name: sender.fromName || 'LedgerBridge', address: sender.fromAddress || 'ledgerbridge@localhost' },
        replyTo: undefined,
        to,
        subject: CONNECTION_WORDS[lang].testMailSubject,
        text,
        html: `<p>${escapeHtml(text)}</p>`,
      }).catch((error: unknown) => {
        // The server's refusal in the owner's words (login, port/TLS, address).
        const failure = classifySmtpError(error);
        throw new AppError(failure.errorCode, `${failure.fix[lang]} (${failure.message})`);
      });
      return { to, host: smtp.host, messageId: result.messageId ?? null };
    } finally {
      transport.close?.();
    }
  }

  /** The settings a test mail goes out with (of the shop named, else of the wizard's), or null while no mail server is set. */
  sending(shop?: string): SendingSettings | null {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    const mail = runtime?.profile.mail ?? this.wizard.stored().mailSettings;
    if (!mail.smtp) return null;
    const smtp: SmtpSettings = mail.smtp;
    const { secrets, profile } = this.keychain(shop);
    return {
      smtp,
      fromName: mail.fromName ?? '',
      fromAddress: mail.fromAddress ?? '',
      replyTo: mail.replyTo || undefined,
      async password() {
        if (!smtp.user) return null;
        const value = await secrets.get(profile, PASSWORD);
        if (value === null) throw new MissingSecretError(profile, PASSWORD);
        return value;
      },
    };
  }

  private async read(shop?: string): Promise<MailSettings> {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    const draft = this.wizard.stored();
    const mail = runtime?.profile.mail ?? draft.mailSettings;
    const notifications = runtime?.profile.notifications ?? draft.notifications;
    const { secrets, profile } = this.keychain(shop);
    return {
      smtp: mail.smtp ? { host: mail.smtp.host, port: mail.smtp.port, security: mail.smtp.security, user: mail.smtp.user ?? '' } : null,
      passwordStored: mail.smtp?.user ? (await secrets.get(profile, PASSWORD)) !== null : false,
      fromName: mail.fromName ?? '',
      fromAddress: mail.fromAddress ?? '',
      replyTo: mail.replyTo ?? '',
      notificationEmail: notifications.email ?? '',
      digest: notifications.digest ?? 'hourly',
    };
  }

  /** Where the password lives: the engine's secret store under the profile, or the wizard's profile name before one exists. */
  private keychain(shop?: string): { secrets: SecretStore; profile: string } {
    const runtime = settingsRuntime(this.ctx, this.wizard, shop);
    return runtime ? { secrets: runtime.secrets, profile: runtime.profile.name } : { secrets: this.ctx.secrets, profile: this.wizard.secretsProfileName() };
  }
}
