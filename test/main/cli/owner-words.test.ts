import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretName } from '../../../shared/profile/schema';
import { activateCommand } from '../../../main/cli/commands/activate';
import { logCommand } from '../../../main/cli/commands/log';
import { ordersCommand } from '../../../main/cli/commands/orders';
import { retryCommand } from '../../../main/cli/commands/retry';
import { statusCommand } from '../../../main/cli/commands/status';
import { main } from '../../../main/cli/index';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { envVariableNames } from '../../../main/secrets';
import { startHarness, type Harness } from '../moneyflows/harness';

/**
 * The command line speaks the app's language: the owner's order statuses (never the engine's
 * `held` or `needs-attention`), amounts as "751,50 kr.", local times, Danish unless asked
 * otherwise, and help texts in the same language. Commands run in-process against the
 * sandboxes with the secrets in the environment, as on a server.
 */

const TZ = 'Europe/Copenhagen';
const orders: Array<Record<string, unknown>> = generateWooOrders({ count: 4, seed: 31, start: new Date('2026-09-02T08:00:00Z') }).map((o) => ({ ...o, status: 'processing' }));
// The first order lacks a product number: it needs the owner's action (LB-1001).
const broken = orders[0] as unknown as { id: number; number?: string; line_items: Array<{ sku: string }> };
broken.line_items = broken.line_items.map((l, i) => (i === 0 ? { ...l, sku: '' } : l));
const drafts = orders.slice(1) as unknown as Array<{ id: number; number?: string; total: string; billing: { email: string } }>;
const numberOf = (o: { id: number; number?: string }) => String(o.number ?? o.id);

const SECRETS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey],
  ['wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret],
];

/** "1.751,50 kr." and "DKK 1,751.50": worked out from the payload's total in øre, grouped by hand. */
function kroner(ore: number): string {
  const whole = Math.floor(ore / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${whole},${String(ore % 100).padStart(2, '0')} kr.`;
}
function dkk(ore: number): string {
  const whole = Math.floor(ore / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `DKK ${whole}.${String(ore % 100).padStart(2, '0')}`;
}

/** Upserts an order in the shop sandbox on a fresh connection (an idle keep-alive one may be closed by now). */
function upsertOrder(order: unknown): Promise<void> {
  const url = new URL(`${h.shop.url}/_sandbox/orders`);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`upsert: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(JSON.stringify(order));
  });
}
const ore = (total: string) => Math.round(Number(total) * 100);

let h: Harness;

async function run(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await command(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

beforeAll(async () => {
  vi.stubEnv('TZ', TZ);
  vi.stubEnv('LEDGERBRIDGE_LANG', '');
  const mail = demoProfile({ platform: 'woocommerce', shopUrl: 'http://127.0.0.1:1', economicUrl: 'http://127.0.0.1:1', smtp: { host: '127.0.0.1', port: 2525 } }).mail;
  h = await startHarness({ orders, profile: { invoiceSource: 'economic', mail, rules: [] } });
  for (const [name, value] of SECRETS) vi.stubEnv(envVariableNames(h.runtime.profile.name, name)[0], value);
  await h.runtime.syncOnce();
  // The commands that change the ledger take the data dir's lock, as a second process would.
  h.runtime.close();
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await h.reopen();
  await h.close();
});

describe('ledgerbridge orders', () => {
  it('lists each order in Danish by default: the status as the app says it, the amount in kroner and the local date', async () => {
    const { code, stdout } = await run(ordersCommand, ['--data-dir', h.dataDir]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Ordre\s+Dato\s+Status\s+Beløb\s+Kladde\s+Faktura\s+Mail\s+Årsag/);
    for (const order of drafts) {
      const row = lines.find((l) => l.startsWith(`${numberOf(order)} `))!;
      expect(row).toContain('Kladde i e-conomic');
      expect(row).toContain(kroner(ore(order.total)));
      // Created between 08:07 and 17:00 UTC on 2 September: the same day in Copenhagen.
      expect(row).toContain('02.09.2026');
    }
    const brokenRow = lines.find((l) => l.startsWith(`${numberOf(broken)} `))!;
    expect(brokenRow).toContain('Kræver handling');
    expect(brokenRow).toContain('LB-1001');
    expect(stdout).not.toMatch(/\b(held|needs-attention|drafted|seen|eligible)\b/);
    expect(lines.at(-2)).toBe('4 ordrer');
  });

  it('speaks English when asked, with the currency first as English readers write it', async () => {
    const { stdout } = await run(ordersCommand, ['--data-dir', h.dataDir, '--state', 'draft', '--lang', 'en']);
    const order = drafts[0];
    const row = stdout.split('\n').find((l) => l.startsWith(`${numberOf(order)} `))!;
    expect(row).toContain('Draft in e-conomic');
    expect(row).toContain(dkk(ore(order.total)));
    expect(stdout).not.toContain(numberOf(broken) + ' ');
    expect(stdout.trim().split('\n').at(-1)).toBe('3 orders');
  });

  it('filters by the owner’s statuses and keeps the JSON fields scripts rely on', async () => {
    const { stdout } = await run(ordersCommand, ['--data-dir', h.dataDir, '--state', 'action', '--json']);
    const result = JSON.parse(stdout) as { total: number; orders: Array<Record<string, unknown>> };
    expect(result.total).toBe(1);
    expect(result.orders[0]).toMatchObject({ orderId: String(broken.id), status: 'processing', ownerStatus: 'action', state: 'needs-attention', reasonCode: 'LB-1001' });
    // The engine's state names still work, as before.
    const held = JSON.parse((await run(ordersCommand, ['--data-dir', h.dataDir, '--state', 'held', '--json'])).stdout) as { total: number };
    expect(held.total).toBe(3);
  });

  it('refuses an unknown status and names the ones there are', async () => {
    await expect(ordersCommand(['--data-dir', h.dataDir, '--state', 'kladde'])).rejects.toThrow('ukendt status "kladde"; brug en af waiting, ready, draft, approval, day, booked, skipped, retrying, action.');
  });
});

describe('ledgerbridge status', () => {
  it('counts orders by the owner’s statuses and says automatic posting is off', async () => {
    const { stdout } = await run(statusCommand, ['--data-dir', h.dataDir]);
    expect(stdout).toContain('Ordrer: Kladde i e-conomic 3, Kræver handling 1\n');
    expect(stdout).toContain('Automatisk bogføring: fra · ordrer oprettes som kladder\n');
    expect(stdout).toMatch(/Seneste synkronisering: \d{2}\.\d{2}\.\d{4} \d{2}\.\d{2} · Synkronisering færdig: 4 ordrer hentet, 3 nye kladder i e-conomic, 3 venter på dig, 1 med problemer\./);
    expect(stdout).not.toMatch(/\b(held|needs-attention|drafts|automatic)\b/);
  });
});

describe('ledgerbridge log', () => {
  it('shows each problem at local time with its level in Danish', async () => {
    const { stdout } = await run(logCommand, ['--data-dir', h.dataDir]);
    expect(stdout).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2} {2}FEJL {2}LB-1001 {2}/m);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 post');
  });
});

describe('ledgerbridge activate', () => {
  it('shows before switching on what happens to the waiting drafts and the invoice mails, and changes nothing', async () => {
    const total = drafts.reduce((sum, o) => sum + ore(o.total), 0);
    const { stdout } = await run(activateCommand, ['--data-dir', h.dataDir, '--preview']);
    expect(stdout).toBe(`3 kladder (${kroner(total)}), der venter, bogføres ved næste synkronisering. Derefter sendes 3 fakturamails.\n`);
    const onlyNew = await run(activateCommand, ['--data-dir', h.dataDir, '--preview', '--only-new', '--lang', 'en']);
    expect(onlyNew.stdout).toBe(`3 waiting drafts (${dkk(total)}) are left for you to book.\n`);
    expect(JSON.parse((await run(activateCommand, ['--data-dir', h.dataDir, '--preview', '--json'])).stdout)).toEqual({
      drafts: 3,
      mails: 3,
      total: [{ currency: 'DKK', amount: (total / 100).toFixed(2) }],
      // docs/contracts.md: the first shop's figures at the top, every shop's under "profiles" — here the one shop.
      profiles: [{ profile: h.runtime.profile.name, drafts: 3, mails: 3, total: [{ currency: 'DKK', amount: (total / 100).toFixed(2) }] }],
    });
  });

  it('refuses to switch on during the supervised period, with the reason in Danish', async () => {
    const { code, stderr } = await run(activateCommand, ['--data-dir', h.dataDir, '--checked', '--accept-risk', '--by', 'Mette Jensen']);
    expect(code).toBe(2);
    expect(stderr).toContain('Automatisk bogføring kan ikke slås til endnu:');
    expect(stderr).toMatch(/Dag 1 af 14: automatisk bogføring kan tidligst slås til \d{2}\.\d{2}\.\d{4}\./);
  });

  it('switches automatic posting off with who and when, and status says so', async () => {
    const { code, stdout } = await run(activateCommand, ['--data-dir', h.dataDir, '--off', '--by', 'Mette Jensen']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Automatisk bogføring er slået fra af Mette Jensen \d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}\.\n$/);
    const status = JSON.parse((await run(statusCommand, ['--data-dir', h.dataDir, '--json'])).stdout) as { automaticPosting: { on: boolean }; posting: { effectiveMode: string } };
    expect(status.automaticPosting.on).toBe(false);
    expect(status.posting.effectiveMode).toBe('drafts');
  });
});

describe('ledgerbridge retry', () => {
  it('says for each order what it was and what it is now, and names ids it does not know', async () => {
    const fixed = { ...broken, line_items: broken.line_items.map((l) => (l.sku === '' ? { ...l, sku: 'KRUS-BLA' } : l)) };
    await upsertOrder(fixed);
    const { code, stdout } = await run(retryCommand, ['--data-dir', h.dataDir, String(broken.id), '999999']);
    expect(code).toBe(0);
    expect(stdout).toBe(`Ordre ${numberOf(broken)}: Kræver handling → Kladde i e-conomic\nOrdre-id 999999 findes ikke i LedgerBridge.\n1 ordre prøvet igen.\n`);
  });
});

describe('ledgerbridge --help', () => {
  it('is in Danish unless English is asked for, for the command list and each command', async () => {
    const list = await run(main, ['--help']);
    expect(list.stdout).toContain('Brug: ledgerbridge <kommando> [tilvalg]');
    expect(list.stdout).toContain('alle ordrer med status og årsag');
    const orders = await run(main, ['orders', '--help']);
    expect(orders.stdout).toContain('    draft    Kladde i e-conomic: Ligger som kladde i e-conomic og venter på, at du bogfører den.');
    const english = await run(main, ['orders', '--help', '--lang', 'en']);
    expect(english.stdout).toContain('    action   Needs action: Cannot go on without you; see the reason.');
    vi.stubEnv('LEDGERBRIDGE_LANG', 'en');
    expect((await run(main, ['--help'])).stdout).toContain('Usage: ledgerbridge <command> [options]');
    vi.stubEnv('LEDGERBRIDGE_LANG', '');
  });
});
