import { ErrorMailer } from './mailer';
import { ErrorNotifier, type MailSender } from './notifier';
import { NotificationPlanner } from './planner';
import { NotifyStateStore } from './state-store';
import type { Profile } from '../../shared/profile/schema';
import type { Database } from 'better-sqlite3';

/**
 * The owner's error mails through the app's SMTP settings — the first error at once, then a
 * digest at most every hour or day (the planner decides). The desktop notifications are
 * DesktopNotices' (desktop-notices.ts).
 */
export function createNotifier(input: {
  profile: Profile;
  db: Database;
  clock: () => Date;
  smtpPassword: () => Promise<string | undefined>;
}): ErrorNotifier {
  const { profile } = input;
  const planner = new NotificationPlanner({ digest: profile.notifications.digest, clock: input.clock });
  const smtp = profile.mail.smtp;
  const to = profile.notifications.email;
  let mailer: ErrorMailer | null = null;
  const lazyMailer: MailSender | null =
    smtp && to
      ? {
          async send(plan) {
            mailer ??= new ErrorMailer({
              smtp: { ...smtp, password: (await input.smtpPassword()) ?? undefined },
              from: profile.mail.fromAddress ? `"LedgerBridge" <${profile.mail.fromAddress}>` : 'LedgerBridge <noreply@ledgerbridge.invalid>',
              to,
              lang: profile.language,
              digest: profile.notifications.digest,
            });
            return mailer.send(plan);
          },
        }
      : null;
  return new ErrorNotifier({ profile: profile.name, planner, store: new NotifyStateStore(input.db), mailer: lazyMailer, clock: input.clock });
}
