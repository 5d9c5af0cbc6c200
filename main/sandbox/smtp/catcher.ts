import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A local SMTP server that keeps every mail instead of delivering it, plus a small
 * HTTP API to read them back. `ledgerbridge sandbox` and `demo` point the profile's
 * SMTP settings here so a consultant can show the customer's invoice mail without
 * sending one; the tests use it as the real SMTP peer.
 */
export interface CaughtAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
}

export interface CaughtMail {
  id: string;
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
  messageId: string | null;
  subject: string | null;
  from: string | null;
  to: string | null;
  headers: Record<string, string>;
  text: string | null;
  html: string | null;
  attachments: CaughtAttachment[];
  /** The user the client logged in as, when it logged in. */
  authUser: string | null;
}

/** Makes the catcher refuse mails the way a real server does, e.g. 451 greylisting or 550 unknown mailbox. */
export interface SmtpFault {
  stage: 'mail' | 'rcpt' | 'data';
  code: number;
  message: string;
  /** How many transactions to refuse; unlimited when absent. */
  times?: number;
}

export interface SmtpCatcherOptions {
  smtpPort?: number;
  httpPort?: number;
  /** When set, the server requires this login and answers 535 to any other. */
  auth?: { user: string; password: string };
  /**
   * Called with each parsed mail before the server answers 250. Returning false
   * answers 451 and keeps nothing (as if the connection had dropped mid-DATA).
   */
  beforeAccept?: (mail: CaughtMail) => Promise<boolean | void> | boolean | void;
}

export interface SmtpCatcher {
  host: '127.0.0.1';
  port: number;
  httpPort: number;
  mailsUrl: string;
  mails(): CaughtMail[];
  attachment(id: string, index: number): Buffer | null;
  clear(): void;
  setFault(fault: SmtpFault | null): void;
  close(): Promise<void>;
}

interface Stored {
  mail: CaughtMail;
  attachments: Buffer[];
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function headerValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(headerValue).join(', ');
  if (value && typeof value === 'object') {
    const v = value as { text?: unknown; value?: unknown; params?: Record<string, string> };
    if (typeof v.text === 'string') return v.text;
    if (typeof v.value === 'string') {
      const params = Object.entries(v.params ?? {}).map(([k, p]) => `; ${k}=${p}`);
      return v.value + params.join('');
    }
  }
  return String(value);
}

function addressText(value: ParsedMail['to']): string | null {
  if (!value) return null;
  return Array.isArray(value) ? value.map((a) => a.text).join(', ') : value.text;
}

function toCaught(id: string, parsed: ParsedMail, envelope: CaughtMail['envelope'], authUser: string | null): Stored {
  const headers: Record<string, string> = {};
  for (const [key, value] of parsed.headers) headers[key] = headerValue(value);
  const attachments = parsed.attachments.map((a) => a.content);
  return {
    attachments,
    mail: {
      id,
      receivedAt: new Date().toISOString(),
      envelope,
      messageId: parsed.messageId ?? null,
      subject: parsed.subject ?? null,
      from: parsed.from?.text ?? null,
      to: addressText(parsed.to),
      headers,
      text: parsed.text ?? null,
      html: typeof parsed.html === 'string' ? parsed.html : null,
      attachments: parsed.attachments.map((a) => ({
        filename: a.filename ?? null,
        contentType: a.contentType,
        size: a.content.length,
        sha256: createHash('sha256').update(a.content).digest('hex'),
      })),
      authUser,
    },
  };
}

export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const stored: Stored[] = [];
  let nextId = 1;
  let fault: SmtpFault | null = null;

  /** Consumes one refusal for this stage, if a fault is set. */
  const faultFor = (stage: SmtpFault['stage']): Error | null => {
    if (!fault || fault.stage !== stage) return null;
    const error = smtpError(fault.code, fault.message);
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) fault = null;
    }
    return error;
  };

  const smtp = new SMTPServer({
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    closeTimeout: 1000,
    banner: 'LedgerBridge sandbox SMTP catcher (mails are kept, never delivered)',
    onAuth(auth, _session, callback) {
      if (options.auth && (auth.username !== options.auth.user || auth.password !== options.auth.password)) {
        callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
        return;
      }
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onMailFrom(_address: SMTPServerAddress, _session, callback) {
      callback(faultFor('mail'));
    },
    onRcptTo(_address: SMTPServerAddress, _session, callback) {
      callback(faultFor('rcpt'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const refused = faultFor('data');
          if (refused) return callback(refused);
          if (stream.sizeExceeded) return callback(smtpError(552, 'Message exceeds fixed maximum message size'));
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          const item = toCaught(String(nextId++), parsed, envelope, typeof session.user === 'string' ? session.user : null);
          if (options.beforeAccept && (await options.beforeAccept(item.mail)) === false) {
            return callback(smtpError(451, 'Requested action aborted: local error in processing'));
          }
          stored.push(item);
          callback(null, `Message queued as ${item.mail.id}`);
        })
        .catch((error: unknown) => callback(smtpError(451, `cannot parse message: ${(error as Error).message}`)));
    },
  });
  smtp.on('error', () => {
    // Client-side socket errors (a sender killed mid-conversation) are expected here.
  });

  const http = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => sendJson(res, 500, { error: (error as Error).message }));
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/_sandbox/mails') return sendJson(res, 200, stored.map((s) => s.mail));
    if (req.method === 'POST' && path === '/_sandbox/mails/reset') {
      await readBody(req);
      stored.length = 0;
      fault = null;
      return sendJson(res, 200, { ok: true });
    }
    if (req.method === 'POST' && path === '/_sandbox/mails/faults') {
      const body = (await readBody(req)).trim();
      const parsed = body === '' || body === 'null' ? null : (JSON.parse(body) as SmtpFault);
      if (parsed && (!['mail', 'rcpt', 'data'].includes(parsed.stage) || !(parsed.code >= 400 && parsed.code < 600))) {
        return sendJson(res, 400, { error: 'fault needs stage mail|rcpt|data and a 4xx/5xx code' });
      }
      fault = parsed ? { stage: parsed.stage, code: parsed.code, message: parsed.message ?? 'refused by sandbox fault', times: parsed.times } : null;
      return sendJson(res, 200, { fault });
    }
    const one = /^\/_sandbox\/mails\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const item = stored.find((s) => s.mail.id === decodeURIComponent(one[1]));
      return item ? sendJson(res, 200, item.mail) : sendJson(res, 404, { error: 'no such mail' });
    }
    const attachment = /^\/_sandbox\/mails\/([^/]+)\/attachments\/(\d+)$/.exec(path);
    if (req.method === 'GET' && attachment) {
      const item = stored.find((s) => s.mail.id === decodeURIComponent(attachment[1]));
      const index = Number(attachment[2]);
      const bytes = item?.attachments[index];
      if (!item || !bytes) return sendJson(res, 404, { error: 'no such attachment' });
      res.writeHead(200, {
        'content-type': item.mail.attachments[index].contentType,
        'content-length': bytes.length,
        'content-disposition': `attachment; filename="${(item.mail.attachments[index].filename ?? `attachment-${index}`).replace(/"/g, '')}"`,
      });
      res.end(bytes);
      return;
    }
    sendJson(res, 404, { error: `not found: ${req.method} ${path}` });
  }

  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, '127.0.0.1', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.httpPort ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (smtp.server.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    httpPort,
    mailsUrl: `http://127.0.0.1:${httpPort}/_sandbox/mails`,
    mails: () => stored.map((s) => s.mail),
    attachment: (id, index) => stored.find((s) => s.mail.id === id)?.attachments[index] ?? null,
    clear: () => {
      stored.length = 0;
    },
    setFault: (next) => {
      fault = next ? { ...next } : null;
    },
    close: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
