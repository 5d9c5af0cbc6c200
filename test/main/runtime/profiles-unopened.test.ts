/**
 * One shop that cannot be opened stops no other (issue 17 §3): an owner with a Danish shop
 * (`demo`) and a Swedish one (`se`) in one data dir, when the Swedish shop's ledger is damaged
 * or held by another program. The Danish shop is opened and synced; the Swedish one waits with
 * LB-2055 naming its ledger file, and is opened and synced by the first sync after the owner
 * has fixed it, without a restart. Real SQLite files, and a real second process holding the lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema } from '../../../shared/profile/schema';
import { describe as describeProblem } from '../../../shared/errors';
import { startSandboxHarness, type SandboxHarness } from '../../../main/demo/sandbox-harness';
import { demoProfile } from '../../../main/demo/demo-profile';
import { DEMO_CREDENTIALS } from '../../../main/runtime/sandbox-only';
import { ProfileRuntimes, type ProfileSyncResult } from '../../../main/runtime/profiles';
import { classifyError } from '../../../main/runtime/classify-error';
import { generateWooOrders, startWooSandbox, type WooSandbox } from '../../../main/sandbox/shops/woocommerce';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore } from '../../../main/settings';

const danishOrders = generateWooOrders({ count: 4, seed: 3101 });
const swedishOrders = generateWooOrders({ count: 4, seed: 3102 });
/** What the demo profile transfers (its order stages for WooCommerce). */
const transferred = (orders: Record<string, unknown>[]) => orders.filter((o) => o.status === 'processing' || o.status === 'completed').length;

let harness: SandboxHarness;
let swedishShop: WooSandbox;
/** The Swedish shop's ledger: a further profile lives in profiles/<name>/. */
let swedishLedger: string;

const open = () => ProfileRuntimes.open({ dataDir: harness.dataDir, secrets: new MemorySecretStore(), clock: harness.clock.now, economicClientOptions: { sleep: async () => undefined } });
const outcome = (results: ProfileSyncResult[]) => results.map((r) => [r.profile, r.error ? classifyError(r.error, { lang: 'da' }).problem?.code : r.summary!.drafted]);

/**
 * Another program holding the ledger: a second process that opened it in SQLite's exclusive
 * locking mode (as database tools may) and wrote to it, so no other connection may even read it.
 */
async function holdLedger(file: string): Promise<ChildProcess> {
  const script = `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.pragma('locking_mode = EXCLUSIVE');db.exec("UPDATE kv SET value = value WHERE key = 'ledger:profile'");console.log('held');setInterval(()=>{},1000);`;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', () => resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited ${code}`)));
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  harness = await startSandboxHarness({ orders: danishOrders, profile: { rules: [] } });
  swedishShop = await startWooSandbox({ consumerKey: DEMO_CREDENTIALS.wooConsumerKey, consumerSecret: DEMO_CREDENTIALS.wooConsumerSecret, orders: swedishOrders });
  const swedish = demoProfile({ platform: 'woocommerce', shopUrl: swedishShop.url, economicUrl: harness.economic.url, smtp: { host: harness.smtp.host, port: harness.smtp.port } });
  new ConfigStore(harness.dataDir).saveProfile(profileSchema.parse({ ...swedish, name: 'se', rules: [] }));
  swedishLedger = join(harness.dataDir, 'profiles', 'se', 'ledger.sqlite');
}, 60_000);

afterAll(async () => {
  await swedishShop?.close();
  await harness?.close();
});

describe('a shop whose ledger is damaged', () => {
  it('is left out while the other shop is opened and synced, and says which file cannot be opened', async () => {
    mkdirSync(join(harness.dataDir, 'profiles', 'se'), { recursive: true });
    writeFileSync(swedishLedger, 'this is not an SQLite database, but a file a backup tool wrote over it'.repeat(100));
    const profiles = await open();
    try {
      expect(profiles.all.map((r) => r.profile.name)).toEqual(['demo']);
      expect(profiles.unopened.map((u) => u.profile)).toEqual(['se']);
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', transferred(danishOrders)],
        ['se', 'LB-2055'],
      ]);
      const { kind, problem } = classifyError(profiles.unopened[0].error, { lang: 'da' });
      expect(kind).toBe('failure');
      const told = describeProblem(problem!.code, problem!.params, 'da');
      expect([told.title, told.message]).toEqual([
        'Butikken kan ikke åbnes',
        `LedgerBridge kan ikke åbne bogføringsregistret for butikken "se", ${swedishLedger} (file is not a database), så "se" synkroniseres ikke. De andre butikker kører videre.`,
      ]);
      expect(told.places).toEqual(['log.supportBundle']);
      expect(describeProblem(problem!.code, problem!.params, 'en').title).toBe('The shop cannot be opened');
    } finally {
      profiles.close();
    }
  });

  it('comes back at the next sync once the file is gone (the owner moved it aside), without opening the shops again', async () => {
    writeFileSync(swedishLedger, 'still damaged');
    const profiles = await open();
    try {
      expect(profiles.unopened.map((u) => u.profile)).toEqual(['se']);
      rmSync(swedishLedger);
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 0],
        ['se', transferred(swedishOrders)],
      ]);
      expect(profiles.all.map((r) => r.profile.name)).toEqual(['demo', 'se']);
      expect(profiles.unopened).toEqual([]);
    } finally {
      profiles.close();
    }
  });
});

describe('a shop whose profile a hand edit of config.json broke', () => {
  it('is set aside with LB-2056 naming the field, the other shop syncs, and the shop comes back at the first sync after the file is corrected', async () => {
    const file = join(harness.dataDir, 'config.json');
    const written = readFileSync(file, 'utf8');
    const config = JSON.parse(written) as { profiles: Record<string, Record<string, unknown>> };
    writeFileSync(file, JSON.stringify({ ...config, profiles: { ...config.profiles, se: { ...config.profiles.se, layoutNumber: 'nineteen' } } }));
    const profiles = await open();
    try {
      expect(profiles.all.map((r) => r.profile.name)).toEqual(['demo']);
      expect(profiles.unopened.map((u) => [u.profile, u.shop.url])).toEqual([['se', swedishShop.url]]);
      const { kind, problem } = classifyError(profiles.unopened[0].error, { lang: 'da' });
      expect(kind).toBe('usage');
      const told = describeProblem(problem!.code, problem!.params, 'da');
      expect([told.code, told.title, told.message]).toEqual([
        'LB-2056',
        'Butikkens indstillinger i config.json er ugyldige',
        `Butikken "se" i ${file} kan ikke bruges, som den står (layoutNumber: angiv nummeret på e-conomic-fakturalayoutet, et helt tal som fx 19), så "se" synkroniseres ikke. De andre butikker kører videre.`,
      ]);
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 0],
        ['se', 'LB-2056'],
      ]);
      writeFileSync(file, written);
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 0],
        ['se', 0],
      ]);
    } finally {
      profiles.close();
      writeFileSync(file, written);
    }
  });
});

describe('a shop whose ledger another program holds', () => {
  it('is left out while the other shop syncs, and is opened by the first sync after the program let go', async () => {
    const holder = await holdLedger(swedishLedger);
    let profiles: ProfileRuntimes | null = null;
    try {
      profiles = await open();
      expect(profiles.all.map((r) => r.profile.name)).toEqual(['demo']);
      const { problem } = classifyError(profiles.unopened[0].error, { lang: 'en' });
      expect(problem).toEqual({ code: 'LB-2055', params: { shop: 'se', file: swedishLedger, detail: 'database is locked' } });
    } finally {
      await stop(holder);
    }
    try {
      // The Swedish shop has nothing new: its orders were booked above.
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 0],
        ['se', 0],
      ]);
      expect(profiles.unopened).toEqual([]);
    } finally {
      profiles.close();
    }
  }, 30_000);

  it('is still refused on its own: `--profile se` alone has no other shop to go on with', async () => {
    const holder = await holdLedger(swedishLedger);
    try {
      await expect(ProfileRuntimes.open({ dataDir: harness.dataDir, profileName: 'se', secrets: new MemorySecretStore() })).rejects.toMatchObject({ name: 'ShopNotOpenedError', profile: 'se', file: swedishLedger });
    } finally {
      await stop(holder);
    }
  }, 30_000);
});

describe('a shop on the webshop of a shop before it that cannot be opened', () => {
  it('waits (LB-2057) while that shop cannot be opened, so no order is invoiced once by each, and is refused as a copy (LB-2054) once it is back', async () => {
    const file = join(harness.dataDir, 'config.json');
    const store = new ConfigStore(harness.dataDir);
    // A copy of the Danish profile under another name, on the same webshop and e-conomic.
    store.saveProfile(profileSchema.parse({ ...store.requireProfile('demo'), name: 'kopi' }));
    const written = readFileSync(file, 'utf8');
    const config = JSON.parse(written) as { profiles: Record<string, Record<string, unknown>> };
    // The Danish profile, first in config.json, broken by a hand edit.
    writeFileSync(file, JSON.stringify({ ...config, profiles: { ...config.profiles, demo: { ...config.profiles.demo, layoutNumber: 'nineteen' } } }));
    const profiles = await open();
    try {
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 'LB-2056'],
        ['se', 0],
        ['kopi', 'LB-2057'],
      ]);
      const { problem } = classifyError((await profiles.syncOnce())[2].error, { lang: 'en' });
      expect(describeProblem(problem!.code, problem!.params, 'en').message).toBe(
        'The shop "kopi" fetches orders from the same web shop as the shop "demo", which cannot be opened now. As long as LedgerBridge cannot see whether they book into the same e-conomic agreement, "kopi" is not synced, so no order is invoiced twice.',
      );
      writeFileSync(file, written);
      expect(outcome(await profiles.syncOnce())).toEqual([
        ['demo', 0],
        ['se', 0],
        ['kopi', 'LB-2054'],
      ]);
    } finally {
      profiles.close();
      store.deleteProfile('kopi');
    }
    // Every Danish order went into e-conomic once, under the Danish shop's reference.
    const drafts = (harness.economic.state() as unknown as { drafts: Array<{ references?: { other?: string } }> }).drafts.map((d) => d.references?.other ?? '');
    expect(drafts.filter((r) => r.startsWith('wc:kopi:'))).toEqual([]);
  });
});
