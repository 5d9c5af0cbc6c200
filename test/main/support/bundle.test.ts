import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger/ledger';
import { LogStore } from '../../../main/log';
import { createSupportBundle, crashDumpsDir, CRASH_DUMPS_MAX_BYTES, CRASH_DUMPS_MAX_FILES } from '../../../main/support';
import { registerSecret } from '../../../shared/redact';
import { baseOrder, BEANIE } from '../../../scripts/reliability/bad-orders/base';

// Values shaped like the real thing: e-conomic tokens, WooCommerce ck_/cs_ keys, an SMTP password.
const SECRETS = {
  appSecret: 'appSecretToken-7QhN2kV9sLp4xZ8wR1tY',
  grant: 'grantToken-Mx3Kd8Pq2Wz7Lr5Tn9Bv',
  consumerKey: 'ck_4f1e9a7b2c8d3e6f0a5b9c1d7e2f8a3b4c6d0e9f',
  consumerSecret: 'cs_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
  smtpPassword: 'Sommer2026!Kaffe#Pose',
};
/** Never registered: only its field name gives it away. */
const UNREGISTERED_ENV_SECRET = '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';

let dir: string;
let ledger: Ledger;
let log: LogStore;
const now = new Date('2026-06-01T12:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lb-support-'));
  ledger = openLedger(dir, { clock: () => now });
  log = new LogStore(ledger.db, () => now);
  for (const s of Object.values(SECRETS)) registerSecret(s);
});

afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

function realisticSetup() {
  const basic = Buffer.from(`${SECRETS.consumerKey}:${SECRETS.consumerSecret}`).toString('base64');
  const { order } = baseOrder(BEANIE);
  ledger.orders.upsertSeen({ platform: 'woocommerce', id: order.id, number: order.number, status: order.status, modified: order.dates.modified, created: order.dates.created, contentHash: 'h1', currency: order.currency, total: order.totals.total, orderJson: order });
  ledger.orders.transition(order.id, 'eligible', { by: 'engine' });
  ledger.orders.transition(order.id, 'failed', {
    reasonCode: 'LB-4011',
    // Raw detail as an engine might keep it: a query-string key pair and the bare base64 of the key pair.
    reasonDetail: { url: `https://butik.example/wp-json/wc/v3/orders?consumer_key=${SECRETS.consumerKey}&consumer_secret=${SECRETS.consumerSecret}`, debug: `sent ${basic} to the shop` },
    by: 'engine',
  });
  ledger.operations.begin({ key: `create-draft:${order.id}:1`, orderId: order.id, step: 'create-draft' });
  ledger.operations.markFailed(`create-draft:${order.id}:1`, { headers: `Authorization: Basic ${basic}`, note: `X-AppSecretToken ${SECRETS.appSecret}` });

  log.report({
    code: 'LB-3004',
    params: { orderNumber: order.number, field: 'customer', value: '987987987' },
    technical: { httpStatus: 400, logId: 'c7ca5bc2-ad2d-4639-93f9-b22ba88c97d7', message: `sent with X-AgreementGrantToken: ${SECRETS.grant} and ${basic}` },
    profile: 'butik',
    orderId: order.id,
  });
  log.report({ code: 'LB-6006', params: {}, technical: { message: `535 auth failed for user ejer@butik.example pass ${SECRETS.smtpPassword}` }, profile: 'butik', subject: 'smtp' });
  for (let i = 0; i < 700; i++) log.info({ code: 'LB-7003', params: { orderNumber: String(5000 + i) }, profile: 'butik', orderId: `w-${5000 + i}` });
  ledger.callBudget.record('agreement-1', now.getTime() - 5 * 60_000, 42);
  ledger.callBudget.record('agreement-1', now.getTime() - 5 * 60 * 60_000, 100);

  const config = {
    version: 1,
    profiles: [
      {
        name: 'butik',
        language: 'da',
        shop: { platform: 'woocommerce', url: 'https://butik.example', consumerKey: SECRETS.consumerKey },
        economic: { url: 'https://restapi.e-conomic.com', agreementGrantToken: SECRETS.grant },
        mail: { smtp: { host: 'smtp.butik.example', port: 587, security: 'starttls', user: 'ejer@butik.example', password: SECRETS.smtpPassword } },
        secretsFromEnv: { economicAppSecretToken: 'LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN' },
        notes: `copied from the old setup: ${SECRETS.appSecret}`,
      },
    ],
    env: {
      LEDGERBRIDGE_ECONOMIC_APP_SECRET_TOKEN: SECRETS.appSecret,
      LEDGERBRIDGE_SMTP_PASSWORD: SECRETS.smtpPassword,
      LEDGERBRIDGE_SHOPIFY_ACCESS: UNREGISTERED_ENV_SECRET,
    },
  };
  return { order, config };
}

describe('support bundle', () => {
  it('contains no secret anywhere in the file, in plain text or base64', () => {
    const { config } = realisticSetup();
    const { path } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config, appVersion: '0.1.0' });
    const text = readFileSync(path, 'utf8');
    const forbidden = [...Object.values(SECRETS), UNREGISTERED_ENV_SECRET];
    forbidden.push(`${SECRETS.consumerKey}:${SECRETS.consumerSecret}`);
    for (const secret of forbidden) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret).toString('base64'));
      expect(text).not.toContain(Buffer.from(secret).toString('base64url'));
    }
    expect(text).toContain('«redacted»');
  });

  it('holds what support needs: versions, settings, log with technical details, the affected order, operations and API calls', () => {
    const { order, config } = realisticSetup();
    const { path, json } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config, appVersion: '0.1.0' });
    expect(path).toBe(join(dir, 'support', 'ledgerbridge-support-2026-06-01T12-00-00-000Z.json'));
    expect(dirname(path)).toBe(join(dir, 'support'));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);

    const b = json as {
      versions: Record<string, string | null>;
      settings: { profiles: Array<{ name: string; mail: { smtp: { host: string } } }> };
      log: Array<{ code: string; technical: { logId?: string } | null }>;
      orders: Array<{ orderId: string; order: { state: string }; history: Array<{ toState: string }>; operations: Array<{ status: string }> }>;
      operations: unknown[];
      apiCalls: Array<{ agreement: string; lastHour: number; last24h: number }>;
      openProblems: Array<{ code: string; technical: { logId?: string } | null }>;
    };
    expect(b.versions).toMatchObject({ app: '0.1.0', node: process.versions.node });
    expect(b.versions.sqlite).toMatch(/^3\.\d+/);
    expect(b.settings.profiles[0]).toMatchObject({ name: 'butik', mail: { smtp: { host: 'smtp.butik.example' } } });
    expect(b.log).toHaveLength(500);
    expect(b.log.every((e) => e.code === 'LB-7003')).toBe(true); // the 500 newest are the info events
    // Open problems are always there, with e-conomic's log id, however many newer entries exist.
    expect(b.openProblems.map((e) => e.code).sort()).toEqual(['LB-3004', 'LB-6006']);
    expect(b.openProblems.find((e) => e.code === 'LB-3004')?.technical?.logId).toBe('c7ca5bc2-ad2d-4639-93f9-b22ba88c97d7');
    expect(b.orders.map((o) => o.orderId)).toEqual([order.id]);
    expect(b.orders[0].order.state).toBe('failed');
    expect(b.orders[0].history.map((h) => h.toState)).toContain('failed');
    expect(b.orders[0].operations[0].status).toBe('failed');
    expect(b.operations).toHaveLength(1);
    expect(b.apiCalls).toEqual([{ agreement: 'agreement-1', lastHour: 42, last24h: 142 }]);
  });

  it('adds the orders support asked about', () => {
    const { config } = realisticSetup();
    const { json } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config, appVersion: '0.1.0', orderIds: ['w-5001'] });
    expect((json.orders as Array<{ orderId: string }>).map((o) => o.orderId)).toContain('w-5001');
  });
});

describe('local crash reports in the support bundle', () => {
  /** A minidump as Crashpad writes it: the MDMP signature, then memory of the crashed process. */
  const minidump = (memory: Buffer) => Buffer.concat([Buffer.from('MDMP\x93\xa7\x00\x00', 'latin1'), Buffer.alloc(64, 0x01), memory, Buffer.alloc(64, 0x02)]);

  function putDump(relativePath: string, bytes: Buffer, crashedAt: string) {
    const path = join(crashDumpsDir(dir), relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    utimesSync(path, new Date(crashedAt), new Date(crashedAt));
  }

  type Report = { file: string; sizeBytes: number; crashedAt: string; minidumpBase64?: string; omitted?: string };
  const reportsOf = (json: Record<string, unknown>) => json.crashReports as Report[];

  it('has none when the app never crashed', () => {
    const { json } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config: {}, appVersion: '0.1.0' });
    expect(json.crashReports).toEqual([]);
  });

  it('takes the newest minidumps whole, with secrets in them masked and their layout kept', () => {
    const basic = Buffer.from(`${SECRETS.consumerKey}:${SECRETS.consumerSecret}`).toString('base64');
    const memory = Buffer.concat([
      Buffer.from(`GET /wp-json/wc/v3/orders HTTP/1.1\r\nAuthorization: Basic ${basic}\r\n`, 'latin1'),
      Buffer.from(`X-AppSecretToken=${SECRETS.appSecret};`, 'utf8'),
      Buffer.from(SECRETS.smtpPassword, 'utf16le'),
      Buffer.from('order #1042 Nordlys Keramik 751,50 DKK', 'utf8'),
    ]);
    putDump('completed/3f2a9c1e-renderer.dmp', minidump(memory), '2026-05-30T08:00:00Z');
    putDump('pending/7b1d0e44-main.dmp', minidump(Buffer.from('main process memory, nothing secret here')), '2026-05-31T21:15:00Z');
    writeFileSync(join(crashDumpsDir(dir), 'settings.dat'), 'crashpad settings, not a dump');

    const { path, json } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config: {}, appVersion: '0.1.0' });
    const reports = reportsOf(json);
    expect(reports.map((r) => [r.file, r.crashedAt])).toEqual([
      ['pending/7b1d0e44-main.dmp', '2026-05-31T21:15:00.000Z'],
      ['completed/3f2a9c1e-renderer.dmp', '2026-05-30T08:00:00.000Z'],
    ]);
    const renderer = Buffer.from(reports[1].minidumpBase64!, 'base64');
    expect(renderer.length).toBe(minidump(memory).length);
    expect(reports[1].sizeBytes).toBe(renderer.length);
    expect(renderer.subarray(0, 4).toString('latin1')).toBe('MDMP');
    const dumped = renderer.toString('latin1');
    expect(dumped).toContain('order #1042 Nordlys Keramik 751,50 DKK');
    for (const secret of [SECRETS.consumerKey, SECRETS.consumerSecret, SECRETS.appSecret, basic]) expect(dumped).not.toContain(secret);
    expect(renderer.includes(Buffer.from(SECRETS.smtpPassword, 'utf16le'))).toBe(false);
    expect(Buffer.from(reports[0].minidumpBase64!, 'base64').toString('latin1')).toContain('main process memory, nothing secret here');
    // Nor is any secret in the file as written.
    const text = readFileSync(path, 'utf8');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
  });

  it(`keeps the bundle small: at most ${CRASH_DUMPS_MAX_FILES} dumps and ${CRASH_DUMPS_MAX_BYTES / 1024 / 1024} MB whole, older and larger ones only listed`, () => {
    for (let day = 1; day <= CRASH_DUMPS_MAX_FILES + 1; day++) putDump(`completed/crash-${day}.dmp`, minidump(Buffer.alloc(1000, day)), `2026-05-0${day}T12:00:00Z`);
    // The newest crash left a dump too big to send along whole.
    putDump('completed/huge.dmp', Buffer.alloc(CRASH_DUMPS_MAX_BYTES + 1), '2026-05-20T12:00:00Z');

    const { path, json } = createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: log }], config: {}, appVersion: '0.1.0' });
    const reports = reportsOf(json);
    expect(reports.map((r) => [r.file, r.omitted ?? 'whole'])).toEqual([
      ['completed/huge.dmp', 'too-large'],
      ['completed/crash-6.dmp', 'whole'],
      ['completed/crash-5.dmp', 'whole'],
      ['completed/crash-4.dmp', 'whole'],
      ['completed/crash-3.dmp', 'whole'],
      ['completed/crash-2.dmp', 'whole'],
      ['completed/crash-1.dmp', 'too-many'],
    ]);
    expect(reports[0]).toEqual({ file: 'completed/huge.dmp', sizeBytes: CRASH_DUMPS_MAX_BYTES + 1, crashedAt: '2026-05-20T12:00:00.000Z', omitted: 'too-large' });
    expect(statSync(path).size).toBeLessThan(100_000);
  });
});
