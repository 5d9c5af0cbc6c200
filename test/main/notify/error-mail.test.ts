import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger/ledger';
import { LogStore } from '../../../main/log';
import { ErrorMailer, ErrorNotifier, NotificationPlanner, NotifyStateStore } from '../../../main/notify';
import { registerSecret } from '../../../shared/redact';

const SMTP_PASSWORD = 'smtp-pass-Q7w8e9r0t1y2';
const ECONOMIC_TOKEN = 'econ-grant-A1b2C3d4E5f6G7h8';

interface Caught {
  raw: string;
  mail: ParsedMail;
}
const caught: Caught[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      cb(null, { user: auth.username });
    },
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((mail) => {
          caught.push({ raw, mail });
          cb();
        }, cb);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let dir: string;
let ledger: Ledger;
let now: number;
const clock = () => new Date(now);

beforeEach(() => {
  caught.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'lb-notify-'));
  now = Date.parse('2026-05-04T08:00:00Z');
  ledger = openLedger(dir, { clock });
});

afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

function wire(lang: 'da' | 'en' = 'da', smtpPort = port) {
  const mailer = new ErrorMailer({
    smtp: { host: '127.0.0.1', port: smtpPort, security: 'none', user: 'butik@example.dk', password: SMTP_PASSWORD },
    from: 'LedgerBridge <ledgerbridge@butik.example>',
    to: 'ejer@butik.example',
    lang,
    digest: 'hourly',
  });
  const notifier = new ErrorNotifier({
    profile: 'butik',
    planner: new NotificationPlanner({ digest: 'hourly', clock }),
    store: new NotifyStateStore(ledger.db),
    mailer,
    clock,
  });
  return { mailer, notifier, log: new LogStore(ledger.db, clock) };
}

describe('error mails through a real SMTP server', () => {
  it('mails the first error at once in Danish, then one digest after the hour', async () => {
    const { mailer, notifier, log } = wire();
    await notifier.onReported([log.report({ code: 'LB-1001', params: { orderNumber: '1001', line: 2, product: 'Kaffekop' }, profile: 'butik', orderId: 'w-1001' })]);
    expect(caught).toHaveLength(1);
    const first = caught[0].mail;
    expect(first.subject).toBe('LedgerBridge: Vare uden varenummer (ordre 1001)');
    expect(first.text).toContain('Ordre 1001 kan ikke overføres: varen "Kaffekop" på linje 2 har intet varenummer (SKU)');
    expect(first.text).toContain('Sådan løser du det: Giv varen et varenummer. I WooCommerce: Produkter → rediger produktet → Produktdata → Lager → Varenummer (SKU).');
    expect(first.html).toContain('Vare uden varenummer');

    now += 10 * 60_000;
    await notifier.onReported([
      log.report({ code: 'LB-2002', params: { orderNumber: '1002', paymentMethod: 'Klarna' }, profile: 'butik', orderId: 'w-1002' }),
      log.report({ code: 'LB-1001', params: { orderNumber: '1001', line: 2, product: 'Kaffekop' }, profile: 'butik', orderId: 'w-1001' }),
    ]);
    now += 20 * 60_000;
    await notifier.onReported([log.report({ code: 'LB-1004', params: { orderNumber: '1003' }, profile: 'butik', orderId: 'w-1003' })]);
    await notifier.tick();
    expect(caught).toHaveLength(1);

    now += 31 * 60_000;
    await notifier.tick();
    expect(caught).toHaveLength(2);
    const digest = caught[1].mail;
    expect(digest.subject).toBe('LedgerBridge: oversigt over 2 nye problemer');
    expect(digest.text).toContain('Ny betalingsmetode: vælg hvordan den bogføres — ordre 1002');
    expect(digest.text).toContain('Kundens navn mangler — ordre 1003');
    expect(digest.text).toContain('Ordrer, det drejer sig om: 1002, 1003');
    expect(digest.text).not.toContain('ordre 1001');

    await notifier.tick();
    expect(caught).toHaveLength(2);
    mailer.close();
  });

  it('remembers pending problems across a restart', async () => {
    const a = wire();
    await a.notifier.onReported([a.log.report({ code: 'LB-1002', params: { orderNumber: '1' }, profile: 'butik', orderId: 'w-1' })]);
    now += 5 * 60_000;
    await a.notifier.onReported([a.log.report({ code: 'LB-1002', params: { orderNumber: '2' }, profile: 'butik', orderId: 'w-2' })]);
    a.mailer.close();

    const b = wire();
    now += 60 * 60_000;
    await b.notifier.tick();
    expect(caught.map((c) => c.mail.subject)).toEqual(['LedgerBridge: Land mangler (ordre 1)', 'LedgerBridge: oversigt over 1 nyt problem']);
    b.mailer.close();
  });

  it('keeps the problem when the mail server is down, and sends it with the next mail', async () => {
    const down = wire('da', 1); // nothing listens on port 1
    await expect(down.notifier.onReported([down.log.report({ code: 'LB-1004', params: { orderNumber: '41' }, profile: 'butik', orderId: 'w-41' })])).rejects.toThrow(
      /could not send the error mail via 127\.0\.0\.1:1/,
    );
    down.mailer.close();
    now += 2 * 60_000;
    const up = wire();
    await up.notifier.onReported([up.log.report({ code: 'LB-1002', params: { orderNumber: '42' }, profile: 'butik', orderId: 'w-42' })]);
    expect(caught).toHaveLength(1);
    expect(caught[0].mail.subject).toBe('LedgerBridge: 2 problemer kræver din opmærksomhed');
    expect(caught[0].mail.text).toContain('Ordrer, det drejer sig om: 41, 42');
    up.mailer.close();
  });

  it('writes in English when the owner chose English', async () => {
    const { mailer, notifier, log } = wire('en');
    await notifier.onReported([log.report({ code: 'LB-2005', params: { orderNumber: '77', currency: 'SEK' }, profile: 'butik', orderId: 'w-77' })]);
    expect(caught[0].mail.subject).toBe('LedgerBridge: Currency not enabled (order 77)');
    expect(caught[0].mail.text).toContain('How to fix it: Enable SEK and choose a collective customer for it in LedgerBridge under Setup → "e-conomic setup"');
    mailer.close();
  });

  it('puts no token or password in any mail, not even base64-encoded', async () => {
    registerSecret(ECONOMIC_TOKEN);
    const { mailer, notifier, log } = wire();
    await notifier.onReported([
      log.report({ code: 'LB-9001', params: { orderNumber: '5', detail: `call failed with X-AgreementGrantToken: ${ECONOMIC_TOKEN}` }, technical: { message: ECONOMIC_TOKEN }, profile: 'butik', orderId: 'w-5' }),
    ]);
    now += 61 * 60_000;
    await notifier.onReported([log.report({ code: 'LB-2007', params: { detail: `key ${ECONOMIC_TOKEN} and ${SMTP_PASSWORD}` }, profile: 'butik' })]);
    expect(caught).toHaveLength(2);
    for (const { raw, mail } of caught) {
      for (const secret of [ECONOMIC_TOKEN, SMTP_PASSWORD]) {
        for (const form of [secret, Buffer.from(secret).toString('base64')]) {
          expect(raw).not.toContain(form);
          expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain(form);
        }
      }
    }
    mailer.close();
  });
});
