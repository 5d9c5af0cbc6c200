import { describe, type Lang } from '../../shared/errors';
import type { EventPayload } from '../../shared/ipc/contract';
import { NOTIFICATION_TEXTS } from '../../shared/i18n/notification-texts';
import type { LogEntry } from '../log/types';

/** One desktop notification, as the `notification` event carries it to the shell. */
export type DesktopNotice = EventPayload<'notification'>;

/** More new problems than this in one sync become one summary notification. */
export const MAX_NOTICES_PER_SYNC = 3;

/** What every decision needs to know about the shop and the owner's settings. */
export interface NoticeScope {
  profile: string;
  lang: Lang;
  /** The owner's switch (Settings → desktop notifications). */
  enabled: boolean;
  /** With several shops a notification names the shop it is about. */
  nameShop: boolean;
}

/**
 * Decides the desktop notifications (the mails are the planner's): which of a shop's open
 * problems are news, and when a failed sync is worth telling. The shell only shows what it
 * gets (main/app/notifications.ts).
 *
 * - A problem is told once; it is told again only when it changes (another code or other
 *   parameters), never because it was met again.
 * - Problems already open when the app starts are on the error log, not news.
 * - More than MAX_NOTICES_PER_SYNC new problems at once become one summary.
 * - A failed sync is told when it is the first failure in a row, not on every retry.
 * - With the switch off nothing is shown, and what happened meanwhile is not shown later.
 */
export class DesktopNotices {
  /** Problems already told about: profile and log entry id → its code and parameters at the time. */
  private readonly told = new Map<string, string>();

  constructor(private readonly clock: () => Date) {}

  /** The problems open when a shop is attached: known already. */
  remember(profile: string, open: readonly LogEntry[]): void {
    for (const entry of open) this.told.set(toldKey(profile, entry), fingerprint(entry));
  }

  /** The shop's open problems after a sync or retry; returns what to show. */
  problems(scope: NoticeScope, open: readonly LogEntry[]): DesktopNotice[] {
    const fresh = open.filter((e) => this.told.get(toldKey(scope.profile, e)) !== fingerprint(e));
    this.remember(scope.profile, fresh);
    if (fresh.length === 0 || !scope.enabled) return [];
    const { lang, profile } = scope;
    if (fresh.length <= MAX_NOTICES_PER_SYNC) {
      return fresh.map((entry) => {
        const d = describe(entry.code, entry.params, lang);
        return { id: `log-${profile}-${entry.id}-${entry.occurrences}`, severity: entry.level, code: entry.code, title: titled(scope, d.title), body: d.message, orderId: entry.orderId };
      });
    }
    const worst = fresh.find((e) => e.level === 'critical') ?? fresh[0];
    const t = NOTIFICATION_TEXTS[lang];
    return [
      { id: `batch-${profile}-${worst.id}-${fresh.length}`, severity: worst.level, code: worst.code, title: titled(scope, t.desktopManyTitle(fresh.length)), body: t.desktopManyBody, orderId: null },
    ];
  }

  /**
   * A whole sync failed (shop or e-conomic unreachable, keys revoked). `failuresBefore` counts
   * the failures in a row before this one: only the first is told, the retries are not news.
   */
  syncFailed(scope: NoticeScope, failure: { code: string; message: string }, failuresBefore: number): DesktopNotice | null {
    if (!scope.enabled || failuresBefore > 0) return null;
    const title = titled(scope, NOTIFICATION_TEXTS[scope.lang].desktopSyncFailed);
    return { id: `sync-${scope.profile}-${failure.code}-${this.clock().getTime()}`, severity: 'error', code: failure.code, title, body: failure.message, orderId: null };
  }
}

function titled(scope: NoticeScope, title: string): string {
  return scope.nameShop ? `${scope.profile}: ${title}` : title;
}

function toldKey(profile: string, entry: LogEntry): string {
  return `${profile}#${entry.id}`;
}

function fingerprint(entry: LogEntry): string {
  return `${entry.code}|${JSON.stringify(entry.params)}`;
}
