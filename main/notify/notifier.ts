import type { LogEntry, ReportChange } from '../log/types';
import type { MailPlan, NotificationPlanner, NotifyProblem, NotifyState } from './planner';
import type { NotifyStateStore } from './state-store';

export interface MailSender {
  send(plan: MailPlan): Promise<unknown>;
}

/**
 * Glue between the log, the planner and the mailer: loads the throttle state,
 * asks the planner, sends, and saves. A mail that fails to send keeps its
 * problems pending, so they go out with the next attempt instead of being lost.
 */
export class ErrorNotifier {
  constructor(
    private readonly deps: { profile: string; planner: NotificationPlanner; store: NotifyStateStore; mailer: MailSender | null; clock: () => Date },
  ) {}

  /** Feed it what LogStore.report() returned; repeats of an unchanged problem are not news. */
  async onReported(entries: Array<LogEntry & { change: ReportChange }>): Promise<void> {
    const news: NotifyProblem[] = entries
      .filter((e) => e.change !== 'repeated')
      .map((e) => ({ entryId: e.id, code: e.code, params: e.params, orderId: e.orderId }));
    if (news.length === 0) return;
    const state = this.deps.store.load(this.deps.profile);
    await this.apply(state, this.deps.planner.add(state, news));
  }

  /** Call periodically (e.g. each sync cycle) so digests go out when due. */
  async tick(): Promise<void> {
    const state = this.deps.store.load(this.deps.profile);
    await this.apply(state, this.deps.planner.tick(state));
  }

  private async apply(before: NotifyState, result: { state: NotifyState; mails: MailPlan[] }): Promise<void> {
    const { mailer, store, profile, clock } = this.deps;
    // No mail address set up: the desktop notification was the message; nothing to hold back for.
    if (mailer) {
      for (const mail of result.mails) {
        try {
          await mailer.send(mail);
        } catch (err) {
          const at = clock().toISOString();
          store.save(profile, { lastMailAt: before.lastMailAt, pending: [...mail.problems.map((p) => ({ ...p, addedAt: at })), ...result.state.pending] });
          throw err;
        }
      }
    }
    store.save(profile, result.state);
  }
}
