import { CATALOGUE, isErrorCode, type Params } from '../../shared/errors';

export type DigestSetting = 'hourly' | 'daily';

/** A problem that may be worth telling the owner about (from a created or changed log entry). */
export interface NotifyProblem {
  entryId?: number;
  code: string;
  params: Params;
  orderId?: string | null;
}

export interface PendingProblem extends NotifyProblem {
  addedAt: string;
}

export interface NotifyState {
  lastMailAt: string | null;
  pending: PendingProblem[];
}

export interface MailPlan {
  kind: 'immediate' | 'digest';
  problems: NotifyProblem[];
}

export interface PlanResult {
  state: NotifyState;
  mails: MailPlan[];
}

export const EMPTY_STATE: NotifyState = { lastMailAt: null, pending: [] };

const PERIOD_MS: Record<DigestSetting, number> = { hourly: 60 * 60 * 1000, daily: 24 * 60 * 60 * 1000 };

/** Info events are history, not news. */
function worthTelling(p: NotifyProblem): boolean {
  return !isErrorCode(p.code) || CATALOGUE[p.code].severity !== 'info';
}

/** Problems LedgerBridge retries by itself (e-conomic unreachable, rate limits) never justify an immediate mail. */
function urgent(p: NotifyProblem): boolean {
  return !isErrorCode(p.code) || !CATALOGUE[p.code].retriesItself;
}

function merge(pending: PendingProblem[], added: PendingProblem[]): PendingProblem[] {
  const out = [...pending];
  for (const p of added) {
    const same = p.entryId !== undefined ? out.findIndex((q) => q.entryId === p.entryId) : -1;
    if (same >= 0) out[same] = { ...p, addedAt: out[same].addedAt };
    else out.push(p);
  }
  return out;
}

const strip = ({ addedAt: _addedAt, ...p }: PendingProblem): NotifyProblem => p;

/**
 * Decides when the owner is mailed about problems, so a bad day is a few mails
 * rather than hundreds. Pure; the clock is injected.
 *
 * - The first problem since the last mail is mailed at once (all problems that
 *   arrive together go in that one mail).
 * - Problems arriving within the digest period after a mail are collected and
 *   sent as one digest when the period has passed — at most one mail per
 *   hour or day.
 * - Problems LedgerBridge retries by itself wait for the digest.
 * - Nothing new, nothing mailed.
 * The desktop notifications are DesktopNotices' job (desktop-notices.ts).
 */
export class NotificationPlanner {
  private readonly periodMs: number;

  constructor(
    private readonly opts: {
      digest: DigestSetting;
      clock: () => Date;
    },
  ) {
    this.periodMs = PERIOD_MS[opts.digest];
  }

  private windowOpen(state: NotifyState, nowMs: number): boolean {
    return state.lastMailAt === null || nowMs - Date.parse(state.lastMailAt) >= this.periodMs;
  }

  /** New problems have been logged. */
  add(state: NotifyState, problems: NotifyProblem[]): PlanResult {
    const news = problems.filter(worthTelling);
    if (news.length === 0) return { state, mails: [] };
    const now = this.opts.clock();
    const added = news.map((p) => ({ ...p, addedAt: now.toISOString() }));
    if (this.windowOpen(state, now.getTime()) && news.some(urgent)) {
      return { state: { lastMailAt: now.toISOString(), pending: [] }, mails: [{ kind: 'immediate', problems: merge(state.pending, added).map(strip) }] };
    }
    return this.tick({ ...state, pending: merge(state.pending, added) });
  }

  /** Time has passed; a digest may be due. */
  tick(state: NotifyState): PlanResult {
    if (state.pending.length === 0) return { state, mails: [] };
    const now = this.opts.clock();
    const since = state.lastMailAt ?? state.pending.reduce((min, p) => (p.addedAt < min ? p.addedAt : min), state.pending[0].addedAt);
    if (now.getTime() - Date.parse(since) < this.periodMs) return { state, mails: [] };
    return { state: { lastMailAt: now.toISOString(), pending: [] }, mails: [{ kind: 'digest', problems: state.pending.map(strip) }] };
  }
}
