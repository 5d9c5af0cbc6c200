import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { MailOutbox, OWNER_STATUSES, createTransport, outboxSender, type MailTransport } from '../../../main/mail';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../../../main/sandbox/smtp';
import { makeInvoicePdf } from './invoice-pdf';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const childScript = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };

let catcher: SmtpCatcher;
let transport: MailTransport;
/** What the SMTP server does with a mail before it answers 250; set per test. */
let beforeAccept: (mail: CaughtMail) => Promise<boolean | void> = async () => {};
let dir: string;
let pdf: Uint8Array;
let pdfSource: string;

beforeAll(async () => {
  catcher = await startSmtpCatcher({ beforeAccept: (mail) => beforeAccept(mail) });
  transport = createTransport({ host: catcher.host, port: catcher.port, security: 'none' });
  pdf = await makeInvoicePdf(1, '1234.50');
});
afterAll(async () => {
  transport.close();
  await catcher.close();
});
beforeEach(() => {
  catcher.clear();
  beforeAccept = async () => {};
  dir = mkdtempSync(join(tmpdir(), 'lb-mail-crash-'));
  pdfSource = join(dir, 'economic-download.pdf');
  writeFileSync(pdfSource, pdf);
  return () => rmSync(dir, { recursive: true, force: true });
});

interface Child {
  pid: number;
  kill(): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function runChild(mode: 'die-before-send' | 'die-after-accept' | 'send', invoices: number[], killOn?: number): Child {
  const env = {
    ...process.env,
    LB_CRASH_CHILD: JSON.stringify({ dataDir: dir, pdfSource, smtpPort: catcher.port, invoices, mode, killOn }),
  };
  const child = spawn(process.execPath, ['bin/run-ts.js', childScript], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return {
    pid: child.pid ?? -1,
    kill: () => child.kill('SIGKILL'),
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))),
  };
}

/** The restarted app: open the same data dir (taking over the dead process's lock), recover, then run the send loop once. */
async function restart(): Promise<{ outbox: MailOutbox; db: Ledger; recovered: number[] }> {
  const db = openLedger(dir);
  const outbox = new MailOutbox(db.db, { fromAddress: from.address });
  const recovered = outbox.recoverAfterCrash().map((r) => r.invoiceNumber!);
  await outbox.processDue(outboxSender({ transport, from }));
  return { outbox, db, recovered };
}

function mailsFor(invoiceNumber: number): CaughtMail[] {
  return catcher.mails().filter((m) => m.envelope.to.includes(`kunde${invoiceNumber}@example.dk`));
}

/** The promise: every invoice mail went out at most once, and is sent or waiting for the owner. */
function expectNoDuplicateAndNoLoss(outbox: MailOutbox, invoices: number[]): void {
  for (const n of invoices) {
    const row = outbox.get(n);
    expect(row, `invoice ${n} has an outbox row`).not.toBeNull();
    expect(mailsFor(n).length, `mails for invoice ${n}`).toBeLessThanOrEqual(1);
    expect(['sent', ...OWNER_STATUSES], `invoice ${n} is sent or waits for the owner`).toContain(row?.status);
    if (row?.status === 'sent') expect(mailsFor(n)).toHaveLength(1);
  }
}

describe('a crash while mailing invoices', () => {
  it('killed after the SMTP server accepted the mail: uncertain after restart, not resent, exactly one mail', async () => {
    const result = await runChild('die-after-accept', [9001], 9001).exited;
    expect(result.signal).toBe('SIGKILL');
    expect(catcher.mails()).toHaveLength(1);

    const { outbox, db, recovered } = await restart();
    expect(recovered).toEqual([9001]);
    const row = outbox.get(9001);
    expect(row?.status).toBe('uncertain');
    expect(row?.lastError).toMatchObject({ kind: 'uncertain', errorCode: 'LB-6004', params: { invoiceNumber: 9001, email: 'kunde9001@example.dk' } });
    expect(row?.lastError?.fix.da).toContain(row?.messageId ?? 'missing');
    // The one mail that arrived carries the Message-ID the outbox committed before sending.
    expect(catcher.mails()[0].messageId).toBe(row?.messageId);
    expect(catcher.mails()[0].attachments[0].sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    // Further sync cycles never resend it by themselves.
    await outbox.processDue(outboxSender({ transport, from }));
    expect(catcher.mails()).toHaveLength(1);
    expectNoDuplicateAndNoLoss(outbox, [9001]);

    // The owner finds it in the customer's inbox and closes it.
    expect(outbox.markSentManually(9001, 'owner').status).toBe('sent');
    expectNoDuplicateAndNoLoss(outbox, [9001]);
    db.close();
  });

  it('killed before any SMTP conversation: the queued mail is sent on restart, once', async () => {
    const result = await runChild('die-before-send', [9002]).exited;
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).toContain('queued');
    expect(catcher.mails()).toHaveLength(0);

    const { outbox, db, recovered } = await restart();
    expect(recovered).toEqual([]);
    expect(outbox.get(9002)?.status).toBe('sent');
    expect(mailsFor(9002)).toHaveLength(1);
    expect(mailsFor(9002)[0].messageId).toBe(outbox.get(9002)?.messageId);
    expectNoDuplicateAndNoLoss(outbox, [9002]);
    db.close();
  });

  it('killed in the middle of DATA before the server accepted: uncertain, nothing sent until the owner confirms, then one mail', async () => {
    let child: Child | null = null;
    beforeAccept = async () => {
      child?.kill();
      await child?.exited;
      return false;
    };
    child = runChild('send', [9003]);
    const result = await child.exited;
    expect(result.signal).toBe('SIGKILL');
    beforeAccept = async () => {};
    expect(catcher.mails()).toHaveLength(0);

    const { outbox, db } = await restart();
    const row = outbox.get(9003);
    expect(row?.status).toBe('uncertain');
    expect(catcher.mails()).toHaveLength(0);

    outbox.confirmResend(9003, 'owner');
    await outbox.processDue(outboxSender({ transport, from }));
    expect(mailsFor(9003)).toHaveLength(1);
    // Same Message-ID as the interrupted attempt: had that one arrived after all, inboxes would drop the copy.
    expect(mailsFor(9003)[0].messageId).toBe(row?.messageId);
    expect(outbox.get(9003)).toMatchObject({ status: 'sent', confirmedBy: 'owner' });
    expectNoDuplicateAndNoLoss(outbox, [9003]);
    db.close();
  });

  it('killed in the middle of a batch: mails before it stay sent, the one in flight waits for the owner, the rest go out on restart', async () => {
    const invoices = [9101, 9102, 9103];
    const result = await runChild('die-after-accept', invoices, 9102).exited;
    expect(result.signal).toBe('SIGKILL');
    expect(catcher.mails()).toHaveLength(2);

    const { outbox, db, recovered } = await restart();
    expect(recovered).toEqual([9102]);
    expect(invoices.map((n) => outbox.get(n)?.status)).toEqual(['sent', 'uncertain', 'sent']);
    expect(invoices.map((n) => mailsFor(n).length)).toEqual([1, 1, 1]);
    expectNoDuplicateAndNoLoss(outbox, invoices);
    db.close();
  });
});
