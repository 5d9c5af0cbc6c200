import { platform, release } from 'node:os';
import { isLoopbackUrl } from '../runtime/sandbox-only';
import type { Request, Response } from '../../shared/ipc/contract';
import { profileSchema } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { translated } from './errors';
import type { SyncLoop } from './sync-loop';
import type { WizardArea } from './wizard';

/**
 * The settings screen: app-wide settings live in config.json's `app` section; the
 * digest and the notification address belong to the profile (its owner gets the
 * mails), kept in the wizard until a profile exists.
 */
export class SettingsArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
    private readonly wizard: WizardArea,
    private readonly appVersion: string,
  ) {}

  async get(): Promise<Response<'settings.get'>> {
    const app = this.ctx.config.load().app;
    const profile = this.ctx.runtime?.profile ?? this.ctx.config.getProfile();
    const pending = this.wizard.stored().notifications;
    return {
      language: app.language,
      syncIntervalMinutes: app.syncIntervalMinutes,
      digest: profile?.notifications.digest ?? pending.digest ?? 'hourly',
      notificationEmail: profile?.notifications.email ?? pending.email ?? '',
      desktopNotifications: app.notifications.desktop,
      startAtLogin: app.startAtLogin,
      dataDir: this.ctx.dataDir,
    };
  }

  async update(req: Request<'settings.update'>): Promise<Response<'settings.update'>> {
    return translated(this.ctx.language(), async () => {
      const before = this.ctx.config.load().app;
      this.ctx.config.updateApp({
        ...(req.language !== undefined ? { language: req.language } : {}),
        ...(req.syncIntervalMinutes !== undefined ? { syncIntervalMinutes: req.syncIntervalMinutes } : {}),
        ...(req.startAtLogin !== undefined ? { startAtLogin: req.startAtLogin } : {}),
        ...(req.desktopNotifications !== undefined ? { notifications: { ...before.notifications, desktop: req.desktopNotifications } } : {}),
      });
      const notifications = {
        ...(req.notificationEmail !== undefined ? { email: req.notificationEmail } : {}),
        ...(req.digest !== undefined ? { digest: req.digest } : {}),
      };
      const runtime = this.ctx.runtime;
      if (runtime) {
        const p = runtime.profile;
        const changed = {
          ...p,
          ...(req.language !== undefined ? { language: req.language } : {}),
          notifications: {
            ...p.notifications,
            ...notifications,
            ...(req.notificationEmail === '' ? { email: undefined } : {}),
            // The shop's own switch (profile.json) follows the app's; desktop notices need both on.
            ...(req.desktopNotifications !== undefined ? { desktop: req.desktopNotifications } : {}),
          },
          sync: { ...p.sync, ...(req.syncIntervalMinutes !== undefined ? { intervalMinutes: req.syncIntervalMinutes } : {}) },
        };
        runtime.saveProfile(profileSchema.parse(changed));
      } else if (Object.keys(notifications).length > 0) {
        this.wizard.saveNotificationsDraft(notifications);
      }
      if (req.syncIntervalMinutes !== undefined && req.syncIntervalMinutes !== before.syncIntervalMinutes) this.loop.restart();
      return this.get();
    });
  }

  async info(): Promise<Response<'app.info'>> {
    const profile = this.ctx.runtime?.profile ?? this.ctx.config.getProfile();
    const economicUrl = profile?.economic.url ?? this.ctx.economicUrl();
    const shopUrl = profile?.shop.url ?? this.wizard.current().answers.shop?.url;
    return {
      name: 'LedgerBridge',
      version: this.appVersion,
      os: `${platform()} ${release()}`,
      dataDir: this.ctx.dataDir,
      demo: isLoopbackUrl(economicUrl) && (shopUrl === undefined || isLoopbackUrl(shopUrl)),
      profileName: profile?.name ?? null,
    };
  }
}
