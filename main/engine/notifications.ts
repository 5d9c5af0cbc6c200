import { LogStore } from '../log';
import type { LogEntry, ReportChange, ReportInput } from '../log';
import { ErrorMailer, ErrorNotifier, NotificationPlanner, NotifyStateStore, type MailSender } from '../notify';
import type { Profile } from '../../shared/profile/schema';
import type { Database } from 'better-sqlite3';

/** A log store that remembers what was reported, so each cycle can notify about the news. */
export class ObservedLogStore extends LogStore {
  private reported: Array<LogEntry & { change: ReportChange }> = [];

  override report(input: ReportInput): LogEntry & { change: ReportChange } {
    const entry = super.report(input);
    this.reported.push(entry);
    return entry;
  }

  drainReported(): Array<LogEntry & { change: ReportChange }> {
    const out = this.reported;
    this.reported = [];
    return out;
  }
}

/**
 * The owner's notifications: a desktop notification through the shell, and error
 * mails through the app's SMTP settings — the first error at once, then a digest at
 * most every hour or day (main/notify decides).
 */
export function createNotifier(input: {
  profile: Profile;
  db: Database;
  clock: () => Date;
  smtpPassword: () => Promise<string | undefined>;
  onDesktop?: (title: string, body: string) => void;
}): ErrorNotifier {
  const { profile } = input;
  const planner = new NotificationPlanner({
    digest: profile.notifications.digest,
    clock: input.clock,
    lang: profile.language,
    desktop: profile.notifications.desktop,
    onDesktop: input.onDesktop,
  });
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
