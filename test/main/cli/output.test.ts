import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SecretName } from '../../../shared/profile/schema';
import { logCommand } from '../../../main/cli/commands/log';
import { ordersCommand } from '../../../main/cli/commands/orders';
import { reconcileCommand } from '../../../main/cli/commands/reconcile';
import { statusCommand } from '../../../main/cli/commands/status';
import { syncCommand } from '../../../main/cli/commands/sync';
import { terminalSafe, terminalSafeJson } from '../../../main/cli/output';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { generateWooOrders } from '../../../main/sandbox/shops/woocommerce';
import { envVariableNames } from '../../../main/secrets';
import { admin, startHarness, type Harness } from '../moneyflows/harness';

// An order number a buyer controls (WooCommerce plugins let it be anything): set the window
// title, clear the screen, move the cursor up, a one-byte CSI (C1), and a right-to-left override.
const HOSTILE = '1042\x1b]0;pwned\x07\x1b[2J\x1b[1A\u009b2K\u202eevil';
const SHOWN = '1042\\x1b]0;pwned\\x07\\x1b[2J\\x1b[1A\\x9b2K\\u202eevil';
const SHOWN_IN_JSON = '1042\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[1A\\u009b2K\\u202eevil';
const CUSTOM_STAGE = 'wc-afhentet\x1b]0;pwned\x07';
// Anything a terminal would act on, other than the line feeds the CLI writes itself.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('writes every control character out as visible text and keeps line breaks, Danish letters and emoji', () => {
    expect(terminalSafe(HOSTILE)).toBe(SHOWN);
    expect(terminalSafe('a\tb\rc\u0000d\u007fe\u2066f\u200fg\u061ch')).toBe('a\\tb\\rc\\x00d\\x7fe\\u2066f\\u200fg\\u061ch');
    expect(terminalSafe('Ordre 7 · Søren Ærø 🧦\n  Løsning: tryk "Prøv igen"\n')).toBe('Ordre 7 · Søren Ærø 🧦\n  Løsning: tryk "Prøv igen"\n');
  });

  it('keeps JSON output parseable to the very same value', () => {
    const value = { number: HOSTILE, name: 'Åse\r\n', nested: [HOSTILE] };
    const json = terminalSafeJson(value);
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});

const SECRETS: Array<[SecretName, string]> = [
  ['economicAppSecretToken', DEMO_CREDENTIALS.economicAppSecretToken],
  ['economicAgreementGrantToken', DEMO_CREDENTIALS.economicAgreementGrantToken],
  ['wooConsumerKey', DEMO_CREDENTIALS.wooConsumerKey],
  ['wooConsumerSecret', DEMO_CREDENTIALS.wooConsumerSecret],
];

function hostileOrder(id: number, start: string): Record<string, unknown> {
  const order = generateWooOrders({ count: 1, seed: id, firstId: id, start: new Date(start) })[0];
  return { ...order, number: HOSTILE, status: 'processing', billing: { ...(order.billing as object), last_name: 'Hansen\x1b[31m' } };
}

/** Runs a command in this process and returns everything it wrote to stdout and stderr. */
async function run(command: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; output: string }> {
  const chunks: string[] = [];
  const capture = (chunk: string | Uint8Array) => (chunks.push(String(chunk)), true);
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    return { code: await command(argv), output: chunks.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

let h: Harness;
beforeAll(async () => {
  // A custom order status the shop defines (a plugin's), picked as a stage from the shop's list.
  h = await startHarness({ orders: [hostileOrder(7001, '2026-09-02T08:00:00Z')], profile: { orderStages: ['processing', CUSTOM_STAGE] } });
  for (const [name, value] of SECRETS) vi.stubEnv(envVariableNames(h.runtime.profile.name, name)[0], value);
  await h.runtime.syncOnce(); // the order fails validation: its number would reach e-conomic with control characters
  await admin(h.shop.url, 'orders', hostileOrder(7002, '2026-09-03T08:00:00Z')); // waits for the next sync
}, 30_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});

describe('shop data printed by the CLI', () => {
  const dataDir = () => ['--data-dir', h.dataDir];
  const orderNumber = { text: SHOWN, json: SHOWN_IN_JSON };
  const cases: Array<[string, (argv: string[]) => Promise<number>, () => string[], { text: string; json: string }]> = [
    ['orders', ordersCommand, () => [...dataDir()], orderNumber],
    ['log', logCommand, () => [...dataDir(), '--technical'], orderNumber],
    ['status', statusCommand, () => [...dataDir()], { text: 'wc-afhentet\\x1b]0;pwned\\x07', json: 'wc-afhentet\\u001b]0;pwned\\u0007' }],
    ['sync --dry-run', syncCommand, () => [...dataDir(), '--dry-run'], orderNumber],
    ['reconcile', reconcileCommand, () => [...dataDir(), '--from', '2026-09-01', '--to', '2026-09-30'], orderNumber],
  ];

  for (const [name, command, argv, shown] of cases) {
    it(`cannot move the cursor or set the title through ${name}: control characters are shown escaped`, async () => {
      for (const args of [argv(), [...argv(), '--json']]) {
        const { code, output } = await run(command, args);
        expect(code).toBe(0);
        expect(output).not.toMatch(RAW_CONTROL);
        // Visible as text: in the plain output as \x1b…, in JSON as \u001b… (which parses back to the real value).
        expect(output).toContain(args.includes('--json') ? shown.json : shown.text);
      }
    });
  }
});
