import { MissingSecretError, type SecretStore } from '../secrets';
import type { SmtpSettings } from '../mail';
import { checkMailSettings } from '../../shared/ipc/mail-settings';
import type { Request, Response } from '../../shared/ipc/contract';
import type { MailSettings } from '../../shared/ipc/schemas/mail-settings';
import { profileSchema } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { translated } from './errors';
import type { WizardArea } from './wizard';

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
 */
export class MailSettingsArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  async get(): Promise<Response<'mail.getSettings'>> {
    return translated(this.ctx.language(), () => this.read());
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
      const runtime = this.ctx.runtime;
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
      return { saved: true as const, settings: await this.read() };
    });
  }

  /** The settings a test mail goes out with, or null while no mail server is set. */
  sending(): SendingSettings | null {
    const runtime = this.ctx.runtime;
    const mail = runtime?.profile.mail ?? this.wizard.stored().mailSettings;
    if (!mail.smtp) return null;
    const smtp: SmtpSettings = mail.smtp;
    const { secrets, profile } = this.keychain();
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

  private async read(): Promise<MailSettings> {
    const runtime = this.ctx.runtime;
    const draft = this.wizard.stored();
    const mail = runtime?.profile.mail ?? draft.mailSettings;
    const notifications = runtime?.profile.notifications ?? draft.notifications;
    const { secrets, profile } = this.keychain();
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
  private keychain(): { secrets: SecretStore; profile: string } {
    const runtime = this.ctx.runtime;
    return runtime ? { secrets: runtime.secrets, profile: runtime.profile.name } : { secrets: this.ctx.secrets, profile: this.wizard.secretsProfileName() };
  }
}
