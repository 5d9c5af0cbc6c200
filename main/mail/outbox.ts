import type { Lang } from '../../shared/i18n/lang';
import type Database from 'better-sqlite3';
import { DEFAULT_MAIL_TEMPLATES } from '../../shared/mail/defaults';
import { renderTemplate, type MailVarsInput } from '../../shared/mail/render';
import type { MailTemplate } from '../../shared/mail/validate';
import { CODES, describe, type ErrorCode } from '../../shared/errors';
import { inBothLangs, type Words } from '../../shared/i18n/lang';
import { MAIL_FAILURE_WORDS } from '../../shared/i18n/mail-failure-words';
import { checkMailbox, oneMailbox, type MailboxCheck } from './mailbox';
import { newMessageId } from './message-id';
import type { MailAttachment, SendResult } from './send';
import { classifySmtpError, fixText, type SmtpFailure, type SmtpFailureKind } from './smtp-errors';

/**
 * The invoice-mail outbox. Its one promise: every booked invoice's mail is either
 * sent once or waiting — for the machine (queued/retry) or for the owner
 * (uncertain/failed) — never sent twice by itself and never silently dropped.
 *
 *   queued ─► sending ─► sent
 *     ▲          │ temporary error ─► retry ─► (due again) ─► sending …
 *     │          │ permanent error or too many attempts ─► failed
 *     │          └ process died here ─► uncertain (recoverAfterCrash)
 *     └──────── owner: confirmResend / updateRecipient        owner: markSentManually ─► sent
 *
 * The accountant's mail of a booked day (its order list as PDF and CSV) takes the same states,
 * queued once per day by `enqueueDayMail` under the day invoice's number (none for a day booked as
 * a voucher in a journal: its row is found by the day, migration 034); its failures carry
 * their own codes (LB-6011, LB-6012) whose fixes name the accountant's address and the Days
 * screen instead of the customer's order.
 */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'uncertain' | 'retry' | 'failed';

export interface OutboxError {
  kind: SmtpFailureKind | 'uncertain';
  /** Catalogue code (LB-6xxx); `describe(errorCode, params, lang)` gives the owner's title, message and fix. */
  errorCode: ErrorCode;
  params: { invoiceNumber: number | null; orderNumber: string; email: string; detail: string; recipients?: string; date?: string; currency?: string };
  smtpCode: number | null;
  code: string | null;
  message: string;
  fix: Words;
  at: string;
  attempt: number;
}

export interface OutboxRow {
  /** The outbox's own key (migration 034). */
  id: number;
  /** The invoice the mail is about; null only for the accountant's mail of a day booked as a voucher. */
  invoiceNumber: number | null;
  orderId: string;
  to: string;
  language: Lang;
  subject: string;
  html: string;
  text: string;
  vars: MailVarsInput;
  pdfPath: string;
  /** The day whose order list this mail brings the accountant; null for an invoice mail. */
  dayId: number | null;
  /** What the mail carries when it is not the invoice PDF alone (the day's order list as PDF and CSV). */
  attachments: MailAttachment[] | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  messageId: string | null;
  smtpResponse: string | null;
  lastError: OutboxError | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

/** The accountant's mail of a booked day, rendered by the caller (main/engine/days/accountant-mail.ts). */
export interface EnqueueDayMailInput {
  dayId: number;
  /** The day invoice's number; null for a day booked as a voucher in a journal. The owner's actions find the mail by the day. */
  invoiceNumber: number | null;
  to: string;
  language: Lang;
  subject: string;
  html: string;
  text: string;
  /** `invoiceDate` is the day, `currency` its currency: the failure texts name them. */
  vars: MailVarsInput;
  attachments: MailAttachment[];
}

export interface EnqueueInput {
  invoiceNumber: number;
  orderId: string;
  to: string;
  language: Lang;
  vars: MailVarsInput;
  pdfPath: string;
  /** The owner's template for this language; the standard text when absent. */
  template?: MailTemplate;
}

export interface ProcessSummary {
  /** Mails the SMTP server accepted in this call. */
  sent: number;
  /** Temporary failures scheduled for a later attempt. */
  retried: number;
  /** Mails that now need the owner (permanent failure, or out of attempts). */
  failed: number;
  /** Mails currently `uncertain` (left by a crash), waiting for the owner's decision. */
  uncertain: number;
}

export interface MailOutboxOptions {
  clock?: () => Date;
  /** Attempts (including the first) before a temporarily failing mail is given up as failed. */
  maxAttempts?: number;
  /** The sender address; its domain goes into the Message-IDs we generate. */
  fromAddress?: string;
  /** Mails tried per `processDue` call. */
  batchSize?: number;
}

/** Waits after the 1st, 2nd, 3rd … failed attempt: 1 min, 5 min, 30 min, 2 h, then every 6 h. */
export const RETRY_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000] as const;
export function retryDelayMs(failedAttempts: number): number {
  return RETRY_BACKOFF_MS[Math.min(Math.max(failedAttempts, 1), RETRY_BACKOFF_MS.length) - 1];
}


interface DbRow {
  id: number;
  invoice_number: number | null;
  order_id: string;
  to_address: string;
  language: Lang;
  subject: string;
  html_body: string;
  text_body: string;
  vars_json: string;
  pdf_path: string;
  day_id: number | null;
  attachments: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  message_id: string | null;
  smtp_response: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
}

function toRow(r: DbRow): OutboxRow {
  return {
    id: r.id,
    invoiceNumber: r.invoice_number,
    orderId: r.order_id,
    to: r.to_address,
    language: r.language,
    subject: r.subject,
    html: r.html_body,
    text: r.text_body,
    vars: JSON.parse(r.vars_json) as MailVarsInput,
    pdfPath: r.pdf_path,
    dayId: r.day_id,
    attachments: r.attachments ? (JSON.parse(r.attachments) as MailAttachment[]) : null,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    messageId: r.message_id,
    smtpResponse: r.smtp_response,
    lastError: r.last_error ? (JSON.parse(r.last_error) as OutboxError) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    sentAt: r.sent_at,
    confirmedBy: r.confirmed_by,
    confirmedAt: r.confirmed_at,
  };
}

function errorParams(invoiceNumber: number | null, vars: MailVarsInput, email: string, detail: string): OutboxError['params'] {
  return { invoiceNumber, orderNumber: String(vars.orderNumber ?? ''), email, detail };
}

/** Why the mail is not even tried: the address is not one mailbox (mailbox.ts). */
function addressError(invoiceNumber: number | null, vars: MailVarsInput, to: string, check: Exclude<MailboxCheck, { ok: true }>, at: string): OutboxError {
  const malformed = check.problem === 'malformed' || check.problem === 'empty';
  const message = `not one e-mail address (${check.problem}): ${JSON.stringify(to)}`;
  const params = { ...errorParams(invoiceNumber, vars, to, message), recipients: check.recipients.join(', ') };
  const errorCode = malformed ? CODES.emailInvalid : CODES.emailNotOneMailbox;
  const fix = malformed
    ? fixText((w) => w.noValidAddress)
    : { da: describe(errorCode, params, 'da').fix, en: describe(errorCode, params, 'en').fix };
  return { kind: 'bad-address', errorCode, params, smtpCode: null, code: null, message, fix, at, attempt: 0 };
}

/**
 * A failure of the accountant's mail: its own catalogue code, and — unless the mail is simply
 * retried later — a fix that sends the owner to the accountant's address and the Days screen.
 */
function asAccountantError(error: OutboxError, vars: MailVarsInput): OutboxError {
  const params = { ...error.params, date: String(vars.invoiceDate ?? ''), currency: String(vars.currency ?? ''), detail: error.message };
  const errorCode = error.kind === 'uncertain' ? CODES.accountantMailUncertain : CODES.accountantMailFailed;
  const retried = error.errorCode === CODES.smtpTemporary;
  const fix = retried ? error.fix : { da: describe(errorCode, params, 'da').fix, en: describe(errorCode, params, 'en').fix };
  return { ...error, errorCode, params, fix };
}

/** Which mail an owner's action is about: an invoice's (by its number), or a day's order list for the accountant. */
export type MailOf = number | { dayId: number };

export class OutboxStateError extends Error {
  constructor(
    message: string,
    readonly invoiceNumber: number | null,
    readonly status: OutboxStatus | null,
  ) {
    super(message);
    this.name = 'OutboxStateError';
  }
}

/** Works on the ledger's database: its table `mail_outbox` comes from ledger migration 20. */
export class MailOutbox {
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  private readonly fromAddress: string;
  private readonly batchSize: number;

  constructor(
    private readonly db: Database.Database,
    opts: MailOutboxOptions = {},
  ) {
    this.clock = opts.clock ?? (() => new Date());
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
    this.fromAddress = opts.fromAddress ?? '';
    this.batchSize = Math.max(1, opts.batchSize ?? 50);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  get(invoiceNumber: number): OutboxRow | null {
    const r = this.db.prepare(`SELECT * FROM mail_outbox WHERE invoice_number = ?`).get(invoiceNumber) as DbRow | undefined;
    return r ? toRow(r) : null;
  }

  private require(mail: MailOf): OutboxRow {
    const row = typeof mail === 'number' ? this.get(mail) : this.getForDay(mail.dayId);
    if (!row) throw new OutboxStateError(typeof mail === 'number' ? `no invoice mail for invoice ${mail}` : `no accountant's mail for day ${mail.dayId}`, typeof mail === 'number' ? mail : null, null);
    return row;
  }

  private byId(id: number): OutboxRow {
    return toRow(this.db.prepare(`SELECT * FROM mail_outbox WHERE id = ?`).get(id) as DbRow);
  }

  /** The mail's name in an error: the invoice's, or the day's order list. */
  private static what(row: OutboxRow): string {
    return row.dayId !== null ? `day ${row.dayId}'s order list` : `invoice ${row.invoiceNumber}'s mail`;
  }

  /**
   * Queues the mail for a booked invoice, rendered now. Idempotent on the invoice
   * number: a second call (a re-run sync, a retried order) returns the row that
   * exists and changes nothing. A template or value problem throws
   * `MailRenderError` before anything is stored; an unusable address is stored as
   * `failed` with the fix, so the owner sees the invoice waiting for them.
   */
  enqueue(input: EnqueueInput): OutboxRow {
    const existing = this.get(input.invoiceNumber);
    if (existing) return existing;
    const rendered = renderTemplate(input.template ?? DEFAULT_MAIL_TEMPLATES[input.language], input.vars, input.language);
    const now = this.now();
    const to = input.to.trim();
    const check = checkMailbox(to);
    const addressOk = check.ok;
    const lastError: OutboxError | null = check.ok ? null : addressError(input.invoiceNumber, input.vars, to, check, now);
    this.db
      .prepare(
        `INSERT INTO mail_outbox (invoice_number, order_id, to_address, language, subject, html_body, text_body, vars_json, pdf_path,
           status, attempts, next_attempt_at, last_error, created_at, updated_at)
         VALUES (@invoiceNumber, @orderId, @to, @language, @subject, @html, @text, @vars, @pdfPath, @status, 0, @next, @lastError, @now, @now)
         ON CONFLICT (invoice_number) DO NOTHING`,
      )
      .run({
        invoiceNumber: input.invoiceNumber,
        orderId: input.orderId,
        to,
        language: input.language,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        vars: JSON.stringify(input.vars),
        pdfPath: input.pdfPath,
        status: addressOk ? 'queued' : 'failed',
        next: addressOk ? now : null,
        lastError: lastError ? JSON.stringify(lastError) : null,
        now,
      });
    return this.require(input.invoiceNumber);
  }

  /** The accountant's mail of a day, if one was queued. */
  getForDay(dayId: number): OutboxRow | null {
    const r = this.db.prepare(`SELECT * FROM mail_outbox WHERE day_id = ?`).get(dayId) as DbRow | undefined;
    return r ? toRow(r) : null;
  }

  /**
   * Queues the accountant's mail of a booked day. Idempotent on the day: a second call (a re-run
   * sync, a restart) returns the row that exists and changes nothing. Synchronous, so that it can
   * run inside the transaction that books the day; the attachments are written before sending.
   */
  enqueueDayMail(input: EnqueueDayMailInput): OutboxRow {
    const existing = this.getForDay(input.dayId);
    if (existing) return existing;
    const now = this.now();
    const to = input.to.trim();
    const check = checkMailbox(to);
    const lastError = check.ok ? null : asAccountantError(addressError(input.invoiceNumber, input.vars, to, check, now), input.vars);
    const inserted = this.db
      .prepare(
        `INSERT INTO mail_outbox (invoice_number, order_id, to_address, language, subject, html_body, text_body, vars_json, pdf_path,
           day_id, attachments, status, attempts, next_attempt_at, last_error, created_at, updated_at)
         VALUES (@invoiceNumber, @orderId, @to, @language, @subject, @html, @text, @vars, @pdfPath,
           @dayId, @attachments, @status, 0, @next, @lastError, @now, @now)
         ON CONFLICT DO NOTHING`,
      )
      .run({
        invoiceNumber: input.invoiceNumber,
        orderId: `day:${input.dayId}`,
        to,
        language: input.language,
        subject: input.subject,
        html: input.html,
        text: input.text,
        vars: JSON.stringify(input.vars),
        pdfPath: input.attachments[0]?.path ?? '',
        dayId: input.dayId,
        attachments: JSON.stringify(input.attachments),
        status: check.ok ? 'queued' : 'failed',
        next: check.ok ? now : null,
        lastError: lastError ? JSON.stringify(lastError) : null,
        now,
      });
    if (inserted.changes === 0) throw new OutboxStateError(`invoice ${input.invoiceNumber} already has a mail of its own`, input.invoiceNumber, input.invoiceNumber === null ? null : (this.get(input.invoiceNumber)?.status ?? null));
    return this.getForDay(input.dayId)!;
  }

  /**
   * Sends the mails that are due, one at a time. Each row is committed as
   * `sending`, with its Message-ID, before `send` is called, and as `sent` right
   * after; a crash in between leaves `sending`, which `recoverAfterCrash` turns
   * into `uncertain` for the owner instead of risking a second mail.
   * A refused login or an unreachable server stops the batch: the other mails
   * would fail the same way, and repeated bad logins can lock the account.
   */
  async processDue(send: (row: OutboxRow) => Promise<SendResult>): Promise<ProcessSummary> {
    const summary: ProcessSummary = { sent: 0, retried: 0, failed: 0, uncertain: 0 };
    const due = this.db
      .prepare(
        `SELECT id FROM mail_outbox
         WHERE status IN ('queued', 'retry') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
         ORDER BY next_attempt_at, id LIMIT ?`,
      )
      .all(this.now(), this.batchSize) as Array<{ id: number }>;
    for (const { id } of due) {
      const row = this.claim(id);
      if (!row) continue;
      let result: SendResult;
      try {
        result = await send(row);
      } catch (error) {
        const failure = classifySmtpError(error);
        const outcome = this.recordFailure(row, failure);
        if (outcome === 'retry') summary.retried++;
        else summary.failed++;
        if (failure.kind === 'auth' || (failure.kind === 'temporary' && failure.smtpCode === null)) break;
        continue;
      }
      if (result.accepted.length === 0 && result.rejected.length > 0) {
        // nodemailer normally throws here; a transport that reports it instead is handled the same way.
        this.recordFailure(row, classifySmtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', message: `recipient rejected: ${result.response}` }));
        summary.failed++;
        continue;
      }
      this.db
        .prepare(
          `UPDATE mail_outbox SET status = 'sent', sent_at = @now, updated_at = @now, message_id = @messageId,
             smtp_response = @response, last_error = NULL, next_attempt_at = NULL
           WHERE id = @id`,
        )
        .run({ now: this.now(), messageId: result.messageId || row.messageId, response: result.response.slice(0, 500), id });
      summary.sent++;
    }
    summary.uncertain = this.count('uncertain');
    return summary;
  }

  /** queued/retry → sending with a Message-ID, committed; null when another caller got it first. */
  private claim(id: number): OutboxRow | null {
    const changed = this.db
      .prepare(
        `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, updated_at = @now,
           message_id = COALESCE(message_id, @messageId)
         WHERE id = @id AND status IN ('queued', 'retry')`,
      )
      .run({ now: this.now(), messageId: newMessageId(this.fromAddress), id }).changes;
    return changed === 1 ? this.byId(id) : null;
  }

  private recordFailure(row: OutboxRow, failure: SmtpFailure): 'retry' | 'failed' {
    const now = this.clock();
    const retry = failure.kind === 'temporary' && row.attempts < this.maxAttempts;
    const detail = failure.smtpCode !== null ? `${failure.smtpCode}` : (failure.code ?? 'error');
    let error: OutboxError = {
      ...failure,
      params: errorParams(row.invoiceNumber, row.vars, row.to, detail),
      at: now.toISOString(),
      attempt: row.attempts,
    };
    if (failure.kind === 'temporary' && !retry) {
      // Given up: from here on it is the owner's to fix, not "we will try again".
      error.errorCode = CODES.smtpPermanent;
      error.fix = inBothLangs(MAIL_FAILURE_WORDS, (w, lang) => w.gaveUp(row.attempts, failure.fix[lang]));
    }
    if (row.dayId !== null) error = asAccountantError(error, row.vars);
    this.db
      .prepare(
        `UPDATE mail_outbox SET status = @status, next_attempt_at = @next, last_error = @error, updated_at = @now
         WHERE id = @id AND status = 'sending'`,
      )
      .run({
        status: retry ? 'retry' : 'failed',
        next: retry ? new Date(now.getTime() + retryDelayMs(row.attempts)).toISOString() : null,
        error: JSON.stringify(error),
        now: now.toISOString(),
        id: row.id,
      });
    return retry ? 'retry' : 'failed';
  }

  /**
   * At start-up, before any sending: a row still `sending` belongs to a process
   * that died mid-send — the SMTP server may or may not have accepted the mail.
   * It becomes `uncertain` and waits for the owner; it is never resent by itself.
   */
  recoverAfterCrash(): OutboxRow[] {
    return this.markUncertain(['sending'], (messageId) => ({
      message: `LedgerBridge stopped while sending; the mail server may have accepted message ${messageId ?? '(no id)'}`,
      fix: fixText((w) => w.interrupted(messageId ?? '–')),
    }));
  }

  /**
   * The ledger was restored from a backup: a mail that was still to be sent when the
   * backup was taken may have gone out since. Like a crash mid-send, it becomes
   * `uncertain` and waits for the owner instead of risking a second mail.
   */
  holdUnsentAfterRestore(): OutboxRow[] {
    return this.markUncertain(['queued', 'retry', 'sending'], () => ({
      message: 'the ledger was restored from a backup taken before this mail was sent; it may have been sent since',
      fix: fixText((w) => w.restoredFromBackup),
    }));
  }

  private markUncertain(statuses: OutboxStatus[], why: (messageId: string | null) => Pick<OutboxError, 'message' | 'fix'>): OutboxRow[] {
    const stuck = this.db
      .prepare(`SELECT id, invoice_number, attempts, message_id, to_address, vars_json, day_id FROM mail_outbox WHERE status IN (${statuses.map(() => '?').join(', ')})`)
      .all(...statuses) as Array<{ id: number; invoice_number: number | null; attempts: number; message_id: string | null; to_address: string; vars_json: string; day_id: number | null }>;
    const now = this.now();
    const update = this.db.prepare(
      `UPDATE mail_outbox SET status = 'uncertain', last_error = @error, updated_at = @now, next_attempt_at = NULL
       WHERE id = @id`,
    );
    this.db.transaction(() => {
      for (const r of stuck) {
        const vars = JSON.parse(r.vars_json) as MailVarsInput;
        const error: OutboxError = {
          kind: 'uncertain',
          errorCode: CODES.mailUncertain,
          params: errorParams(r.invoice_number, vars, r.to_address, r.message_id ?? ''),
          smtpCode: null,
          code: null,
          ...why(r.message_id),
          at: now,
          attempt: r.attempts,
        };
        update.run({ error: JSON.stringify(r.day_id === null ? error : asAccountantError(error, vars)), now, id: r.id });
      }
    })();
    return stuck.map((r) => this.byId(r.id));
  }

  /**
   * The owner asks for the mail to be sent (again). From `uncertain` or `failed`
   * the Message-ID is kept — if the first copy did arrive, mail systems that
   * de-duplicate by Message-ID drop the second. From `sent` (the customer lost
   * it) a new Message-ID is used so the copy is not discarded as a duplicate.
   * `to` sends it to a corrected address (the owner fixed it in the shop).
   */
  confirmResend(mail: MailOf, by: string, opts: { to?: string } = {}): OutboxRow {
    if (opts.to !== undefined) return this.updateRecipient(mail, opts.to, by);
    const row = this.notSending(mail);
    const now = this.now();
    this.db
      .prepare(
        `UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = @now, updated_at = @now,
           confirmed_by = @by, confirmed_at = @now,
           message_id = CASE WHEN status = 'sent' THEN NULL ELSE message_id END
         WHERE id = @id`,
      )
      .run({ now, by, id: row.id });
    return this.byId(row.id);
  }

  /** The mail, unless it is being sent right now (then the owner's action waits). */
  private notSending(mail: MailOf): OutboxRow {
    const row = this.require(mail);
    if (row.status === 'sending') throw new OutboxStateError(`${MailOutbox.what(row)} is being sent right now`, row.invoiceNumber, row.status);
    return row;
  }

  /** The owner corrects the customer's address (after a bad-address failure, or to send a copy elsewhere); the mail is queued again. */
  updateRecipient(mail: MailOf, to: string, by: string): OutboxRow {
    const row = this.notSending(mail);
    const { address } = oneMailbox(to);
    const now = this.now();
    this.db
      .prepare(
        `UPDATE mail_outbox SET to_address = @to, status = 'queued', attempts = 0, next_attempt_at = @now, last_error = NULL,
           updated_at = @now, confirmed_by = @by, confirmed_at = @now,
           message_id = CASE WHEN status = 'sent' THEN NULL ELSE message_id END
         WHERE id = @id`,
      )
      .run({ to: address, now, by, id: row.id });
    return this.byId(row.id);
  }

  /** The owner has delivered the invoice (or seen that it arrived): done, never sent by us again. */
  markSentManually(mail: MailOf, by: string): OutboxRow {
    const row = this.notSending(mail);
    if (row.status === 'sent') return row;
    const now = this.now();
    this.db
      .prepare(
        `UPDATE mail_outbox SET status = 'sent', sent_at = @now, next_attempt_at = NULL, updated_at = @now,
           confirmed_by = @by, confirmed_at = @now
         WHERE id = @id`,
      )
      .run({ now, by, id: row.id });
    return this.byId(row.id);
  }

  list(filter: { status?: OutboxStatus | OutboxStatus[] } = {}): OutboxRow[] {
    const statuses = filter.status === undefined ? null : Array.isArray(filter.status) ? filter.status : [filter.status];
    const rows = statuses
      ? (this.db
          .prepare(`SELECT * FROM mail_outbox WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY created_at DESC, id DESC`)
          .all(...statuses) as DbRow[])
      : (this.db.prepare(`SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC`).all() as DbRow[]);
    return rows.map(toRow);
  }

  /** The accountant's mails (a day's order list each), optionally only those in the given states. */
  dayMails(statuses: OutboxStatus[] = ['queued', 'sending', 'sent', 'uncertain', 'retry', 'failed']): OutboxRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM mail_outbox WHERE day_id IS NOT NULL AND status IN (${statuses.map(() => '?').join(', ')}) ORDER BY day_id`)
      .all(...statuses) as DbRow[];
    return rows.map(toRow);
  }

  /** The invoice mails of one order (normally one), newest first, for the order's status line. */
  statusForOrder(orderId: string): OutboxRow[] {
    const rows = this.db.prepare(`SELECT * FROM mail_outbox WHERE order_id = ? ORDER BY created_at DESC, id DESC`).all(orderId) as DbRow[];
    return rows.map(toRow);
  }

  private count(status: OutboxStatus): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM mail_outbox WHERE status = ?`).get(status) as { n: number }).n;
  }
}

/** Statuses that wait for a person: the outbox will not move them by itself. */
export const OWNER_STATUSES: readonly OutboxStatus[] = ['uncertain', 'failed'];
