import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../main/ledger';
import { restoreCommand } from '../../main/cli/commands/restore';
import { UsageError } from '../../main/cli/exit-codes';
import { generateWooOrders } from '../../main/sandbox/shops/woocommerce';
import { demoProfile } from '../../main/demo/demo-profile';
import { bundleChild } from '../../scripts/bench/children/run-child';

/** The `ledgerbridge` command as other programs use it (docs/contracts.md): real processes, real exit codes. */
const BIN = join(__dirname, '..', '..', 'bin', 'ledgerbridge.js');

/**
 * Runs the CLI to its end. By default it runs bundled (test/bin/cli-entry.ts, what the bin
 * file runs through the TypeScript loader): the 28 runs here would otherwise spend ~1.4 s each
 * compiling TypeScript. `script: BIN` runs the real bin file, as the help test and the serving
 * commands do.
 */
async function run(args: string[], env: NodeJS.ProcessEnv = {}, wrap: string[] = [], script?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const entry = script ?? (await bundleChild('test/bin/cli-entry.ts'));
  return new Promise((resolve) => {
    const [command, ...prefix] = [...wrap, process.execPath];
    const child = spawn(command, [...prefix, entry, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    // A wrapper that is not installed (faketime) ends the run at once, with the cause.
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}${error.message}` }));
  });
}

/** Starts a serving command and resolves with its first stdout line (the sandbox JSON line). */
interface SandboxLine {
  economic: { url: string; appSecretToken: string; agreementGrantToken: string };
  shop: { platform: string; url: string };
  smtp: { host: string; port: number };
  mails: string;
}

function serve(args: string[]): Promise<{ child: ChildProcess; line: SandboxLine }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve({ child, line: JSON.parse(l) }));
    child.once('exit', (code) => reject(new Error(`exited ${code} before printing its JSON line`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('ledgerbridge --help and usage errors', () => {
  it('lists every command and exits 0; an unknown command exits 2', async () => {
    const help = await run(['--help'], {}, [], BIN);
    expect(help.code).toBe(0);
    for (const c of ['sandbox', 'demo', 'configure', 'sync', 'status', 'activate', 'orders', 'log', 'retry', 'support-bundle', 'reconcile', 'backup', 'restore']) expect(help.stdout).toContain(c);
    const unknown = await run(['frobnicate'], { LEDGERBRIDGE_LANG: '' }, [], BIN);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ukendt kommando "frobnicate"');
    expect((await run(['frobnicate', '--lang', 'en'])).stderr).toContain('unknown command "frobnicate"');
  });
});

describe('ledgerbridge sandbox', () => {
  let sandbox: { child: ChildProcess; line: SandboxLine };
  beforeAll(async () => {
    sandbox = await serve(['sandbox', '--demo-orders', '5']);
  });
  afterAll(() => stop(sandbox.child));

  it('prints one JSON line with e-conomic, the shop, SMTP and the caught mails', () => {
    const { line } = sandbox;
    expect(line.economic).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), appSecretToken: expect.any(String), agreementGrantToken: expect.any(String) });
    expect(line.shop).toMatchObject({ platform: 'woocommerce', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    expect(line.smtp).toMatchObject({ host: '127.0.0.1', port: expect.any(Number) });
    expect(line.mails).toMatch(/\/_sandbox\/mails$/);
  });

  it('takes a draft POSTed like with curl (201, totals computed), books it, and serves a PDF', async () => {
    const { economic } = sandbox.line;
    const headers = { 'X-AppSecretToken': economic.appSecretToken, 'X-AgreementGrantToken': economic.agreementGrantToken, 'Content-Type': 'application/json' };
    const draft = await fetch(`${economic.url}/invoices/drafts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        date: '2026-11-27',
        currency: 'DKK',
        customer: { customerNumber: 1 },
        layout: { layoutNumber: 19 },
        paymentTerms: { paymentTermsNumber: 1 },
        recipient: { name: 'Mette Jensen', vatZone: { vatZoneNumber: 1 } },
        lines: [{ product: { productNumber: 'FRAGT' }, description: 'GLS Pakkeshop', quantity: 2, unitNetPrice: 31.2 }],
      }),
    });
    expect(draft.status).toBe(201);
    expect(draft.headers.get('location')).toMatch(/\/invoices\/drafts\/\d+$/);
    const body = (await draft.json()) as { draftInvoiceNumber: number; netAmount: number; vatAmount: number; grossAmount: number };
    expect([Number(body.netAmount), Number(body.vatAmount), Number(body.grossAmount)]).toEqual([62.4, 15.6, 78]);
    const booked = await fetch(`${economic.url}/invoices/booked`, { method: 'POST', headers, body: JSON.stringify({ draftInvoice: { draftInvoiceNumber: body.draftInvoiceNumber } }) });
    expect(booked.status).toBe(201);
    const invoice = (await booked.json()) as { bookedInvoiceNumber: number; pdf: { download: string } };
    const pdf = Buffer.from(await (await fetch(invoice.pdf.download, { headers })).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('ledgerbridge demo --serve, then sync, status, orders, log and activate on its data dir', () => {
  let dir: string;
  let demo: { child: ChildProcess; line: SandboxLine };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lb-cli-'));
    demo = await serve(['demo', '--serve', '--data-dir', dir, '--orders', '12']);
    // The demo's own sync is done once the data dir is released; wait for that.
    for (let i = 0; i < 100; i++) {
      const status = await run(['status', '--data-dir', dir, '--json']);
      if (status.code === 0 && JSON.parse(status.stdout).sync.lastSyncAt) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);
  afterAll(async () => {
    await stop(demo.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('syncs an order added through the shop sandbox admin API and prints the JSON summary', async () => {
    const [order] = generateWooOrders({ count: 1, seed: 99, firstId: 90001 });
    const added = await fetch(`${demo.line.shop.url}/_sandbox/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...order, status: 'processing' }) });
    expect(added.ok).toBe(true);
    const sync = await run(['sync', '--data-dir', dir, '--json']);
    expect(sync.code).toBe(0);
    const summary = JSON.parse(sync.stdout);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['fetched', 'eligible', 'drafted', 'booked', 'held', 'skipped', 'failed', 'mailed', 'apiCalls']));
    expect(summary.drafted).toBe(1);
    const orders = JSON.parse((await run(['orders', '--data-dir', dir, '--json'])).stdout);
    expect(orders.orders.find((o: { orderId: string }) => o.orderId === '90001')).toMatchObject({ state: 'held', reasonCode: 'LB-7001' });
  });

  it('reports every gate of automatic posting and refuses activation with the reason', async () => {
    const status = JSON.parse((await run(['status', '--data-dir', dir, '--json'])).stdout);
    expect(status.posting.gates.map((g: { id: string }) => g.id)).toEqual(['plan', 'supervised-days', 'manual-bookings', 'checked', 'activated']);
    expect(status.posting.effectiveMode).toBe('drafts');
    const activate = await run(['activate', '--data-dir', dir, '--checked', '--accept-risk', '--by', 'Mette', '--lang', 'en']);
    expect(activate.code).toBe(2);
    expect(activate.stderr).toContain('Day 1 of 14');
    // "--checked" before LedgerBridge has seen any draft booked by hand confirms nothing.
    expect(activate.stderr).toContain("Book at least one of LedgerBridge's drafts by hand in e-conomic");
    const after = JSON.parse((await run(['status', '--data-dir', dir, '--json'])).stdout);
    expect(after.posting.gates.find((g: { id: string }) => g.id === 'checked').met).toBe(false);
  });

  it('lists the bad order in the log with the fix, in English when asked', async () => {
    const log = JSON.parse((await run(['log', '--data-dir', dir, '--json', '--lang', 'en'])).stdout);
    const entry = log.entries.find((e: { code: string }) => e.code === 'LB-1001');
    expect(entry.fix).toContain('SKU');
    expect(entry.technical).toBeUndefined();
  });

  it('shows the exact invoices of a dry run and writes nothing', async () => {
    const [order] = generateWooOrders({ count: 1, seed: 5, firstId: 90002 });
    await fetch(`${demo.line.shop.url}/_sandbox/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...order, status: 'completed' }) });
    const before = (await (await fetch(`${demo.line.economic.url}/_sandbox/state`)).json()) as { drafts: unknown[] };
    const dry = await run(['sync', '--data-dir', dir, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const entry = JSON.parse(dry.stdout).entries.find((e: { orderId: string }) => e.orderId === '90002');
    expect(entry.invoice.lines.length).toBeGreaterThan(0);
    expect(entry.invoice.predicted.gross).toBe(entry.invoice.shopTotal);
    const after = (await (await fetch(`${demo.line.economic.url}/_sandbox/state`)).json()) as { drafts: unknown[] };
    expect(after.drafts.length).toBe(before.drafts.length);
  });

  const FAKETIME = '/usr/bin/faketime';
  it.skipIf(!existsSync(FAKETIME))(`walks the whole road to automatic posting: a draft booked by hand, day 15 on e-conomic's clock, the check and the activation${existsSync(FAKETIME) ? '' : ' — skipped: no /usr/bin/faketime (apt-get install faketime)'}`, async () => {
    const orders = JSON.parse((await run(['orders', '--data-dir', dir, '--state', 'held', '--json'])).stdout).orders as Array<{ orderId: string; draftNumber: number }>;
    const booked = await fetch(`${demo.line.economic.url}/_sandbox/drafts/${orders[0].draftNumber}/book`, { method: 'POST' });
    expect(booked.ok).toBe(true);
    await run(['sync', '--data-dir', dir]);

    // The whole CLI process with its clock 15 days ahead (libfaketime): e-conomic's clock still says day 1.
    const ahead = [FAKETIME, '-f', '+15d'];
    expect((await run(['sync', '--data-dir', dir], {}, ahead)).code).toBe(0);
    const refused = await run(['activate', '--data-dir', dir, '--checked', '--accept-risk', '--by', 'Mette Jensen', '--lang', 'en'], {}, ahead);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Day 1 of 14');
    const clockEntry = JSON.parse((await run(['log', '--data-dir', dir, '--json', '--lang', 'en'])).stdout).entries.find((e: { code: string }) => e.code === 'LB-2042');
    expect(clockEntry.message).toContain("The computer's clock says");

    // 15 days pass on e-conomic's clock (the sandbox's admin API); the next sync reads it.
    const later = new Date(Date.now() + 15 * 86_400_000).toISOString();
    await fetch(`${demo.line.economic.url}/_sandbox/settings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: later }) });
    await run(['sync', '--data-dir', dir]);
    const activate = await run(['activate', '--data-dir', dir, '--checked', '--accept-risk', '--by', 'Mette Jensen']);
    expect(activate.code, activate.stderr).toBe(0);
    const [order] = generateWooOrders({ count: 1, seed: 123, firstId: 90003 });
    await fetch(`${demo.line.shop.url}/_sandbox/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...order, status: 'processing', payment_method: 'mobilepay', payment_method_title: 'MobilePay' }) });
    const sync = JSON.parse((await run(['sync', '--data-dir', dir, '--json'])).stdout);
    expect(sync.booked).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('exits 4 when another process holds the data dir', async () => {
    const ledger = openLedger(dir);
    try {
      const sync = await run(['sync', '--data-dir', dir]);
      expect(sync.code).toBe(4);
      expect(sync.stderr).toMatch(/pid|process/i);
    } finally {
      ledger.close();
    }
  });

  it('backs the ledger up beside a running LedgerBridge, and restores it only when the data dir is free', async () => {
    const ledger = openLedger(dir);
    let backup: string;
    try {
      const written = await run(['backup', '--data-dir', dir]);
      expect(written.code).toBe(0);
      backup = written.stdout.trim();
      expect(backup).toMatch(/[/\\]backups[/\\]ledger-\d{4}-\d{2}-\d{2}T[\d-]+Z\.sqlite$/);
      const refused = await run(['restore', '--data-dir', dir, '--file', backup]);
      expect(refused.code).toBe(4);
    } finally {
      ledger.close();
    }
    const restored = await run(['restore', '--data-dir', dir, '--file', backup, '--json']);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: backup });
    // A file that is no ledger is bad usage (exit 2), named as such.
    await expect(restoreCommand(['--data-dir', dir, '--file', join(dir, 'config.json')])).rejects.toThrow(new UsageError(`${join(dir, 'config.json')} cannot be restored: file is not a database. Choose one of the backups in the data dir's "backups" folder.`));
  });
});

describe('ledgerbridge configure', () => {
  it('explains every invalid field in plain words and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-cfg-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify({ name: 'Butik ApS', shop: { platform: 'woocommerce', url: 'butik.dk' }, economic: {}, orderStages: [] }));
    const r = await run(['configure', '--data-dir', dir, '--file', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name');
    expect(r.stderr).toContain('orderStages');
    expect(r.stderr).toContain('shop.url');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a field it does not know, naming it and the nearest known field, and stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-cfg-'));
    const file = join(dir, 'profile.json');
    const profile = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'woocommerce-profile.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...profile, osss: true }));
    const r = await run(['configure', '--data-dir', dir, '--file', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('osss: unknown field. Did you mean "oss"?');
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a valid profile and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-cfg-'));
    const r = await run(['configure', '--data-dir', dir, '--file', join(__dirname, '..', '..', 'docs', 'examples', 'shopify-profile.json')], {
      ECONOMIC_APP_SECRET: 'app-secret-for-test',
      ECONOMIC_GRANT: 'grant-for-test',
      SHOPIFY_TOKEN: 'shpat_for_test',
    });
    if (process.env.DBUS_SESSION_BUS_ADDRESS) {
      // With the keychain (npm test runs in a D-Bus session with gnome-keyring) the secrets go there.
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('shopify-butik');
    } else {
      // Without a keychain configure must say how to use environment variables instead.
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('LEDGERBRIDGE_');
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('ledgerbridge sync when e-conomic cannot be reached', () => {
  it('says so in plain words and exits 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-dead-'));
    const file = join(dir, 'profile.json');
    // Port 9 on this machine refuses connections: nothing listens there.
    writeFileSync(file, JSON.stringify(demoProfile({ platform: 'woocommerce', shopUrl: 'http://127.0.0.1:9', economicUrl: 'http://127.0.0.1:9', smtp: { host: '127.0.0.1', port: 9 } })));
    expect((await run(['configure', '--data-dir', dir, '--file', file])).code).toBe(0);
    const sync = await run(['sync', '--data-dir', dir]);
    expect(sync.code).toBe(3);
    expect(sync.stderr).toContain('LB-4004 e-conomic kan ikke nås');
    expect(sync.stderr).toContain('Could not reach e-conomic');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
