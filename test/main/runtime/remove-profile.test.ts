/**
 * Removing a shop from a data dir with several (issue 17 §3): its orders are not deleted but
 * kept as a backup that says whose ledger it is, and nothing of it is left where a profile's
 * ledger is looked for — also when it is the first profile, whose ledger is the data dir's own.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementKeyForNumber } from '../../../main/connectors/economic';
import { demoProfile } from '../../../main/demo/demo-profile';
import { ledgerOwner } from '../../../main/runtime/profile-dirs';
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { LastProfileError, removeProfile, REMOVED_PROFILES_DIR } from '../../../main/runtime/remove-profile';
import { MemorySecretStore } from '../../../main/secrets';
import { ConfigStore, UnknownProfileError } from '../../../main/settings';
import { profileSchema } from '../../../shared/profile/schema';

let dataDir: string;
const at = new Date('2026-12-07T06:30:00.000Z');

function addProfile(name: string): void {
  const profile = demoProfile({ platform: 'woocommerce', shopUrl: `https://${name}.example`, economicUrl: 'https://restapi.e-conomic.com', smtp: { host: '127.0.0.1', port: 2525 } });
  new ConfigStore(dataDir).saveProfile(profileSchema.parse({ ...profile, name }));
}

/** Opens every profile as the app does and leaves a mark in each ledger, so we can tell them apart later. */
async function openAndMark(): Promise<void> {
  const profiles = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
  try {
    for (const runtime of profiles.all) runtime.ledger.kv.set('mark', `orders of ${runtime.profile.name}`);
  } finally {
    profiles.close();
  }
}

/** The mark in a ledger file or a backup of one, read as it is on disk. */
function markOf(file: string): unknown {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT value FROM kv WHERE key = ?').get('mark') as { value: string } | undefined;
    return row && JSON.parse(row.value);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lb-remove-profile-'));
  addProfile('dk');
  addProfile('se');
  await openAndMark();
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('removing a profile', () => {
  it('moves the first profile’s ledger out of the data dir, says where its backup is, and leaves the other shop as it was', async () => {
    expect(existsSync(join(dataDir, 'ledger.sqlite'))).toBe(true);
    const removed = await removeProfile(dataDir, 'dk', () => at);

    const archive = join(dataDir, REMOVED_PROFILES_DIR, 'dk-2026-12-07T06-30-00-000Z');
    expect(removed.archivedIn).toBe(archive);
    expect(dirname(removed.backup!)).toBe(join(archive, 'backups'));
    // The backup records whose orders it holds, so it can only be restored into that shop.
    expect(ledgerOwner(removed.backup!)).toBe('dk');
    expect(markOf(removed.backup!)).toBe('orders of dk');
    expect(markOf(join(archive, 'ledger.sqlite'))).toBe('orders of dk');

    // Nothing of it is left where a ledger is looked for.
    expect(readdirSync(dataDir).filter((f) => f.startsWith('ledger.sqlite') || f === 'backups')).toEqual([]);
    expect(Object.keys(new ConfigStore(dataDir).load().profiles)).toEqual(['se']);

    // The other shop opens on its own ledger, and the data dir's own stays unused and absent.
    const profiles = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
    try {
      expect(profiles.all.map((r) => [r.profile.name, r.ledger.kv.get('mark')])).toEqual([['se', 'orders of se']]);
    } finally {
      profiles.close();
    }
    expect(existsSync(join(dataDir, 'ledger.sqlite'))).toBe(false);
  });

  it('hands the first shop’s count of e-conomic calls to the shop that is first now, so the shops left on the agreement do not start its fair use afresh', async () => {
    const agreement = agreementKeyForNumber(7001);
    const hour = 3_600_000;
    const before = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
    try {
      // Both shops' calls are counted in the first one's ledger (profiles.ts).
      const counts = before.all[0].ledger.callBudget;
      counts.record(agreement, at.getTime() - 30 * hour, 10);
      counts.record(agreement, at.getTime() - 2 * hour, 1234);
      expect(before.all[1].ledger.callBudget.countSince(agreement, at.getTime() - 24 * hour)).toBe(0);
    } finally {
      before.close();
    }

    await removeProfile(dataDir, 'dk', () => at);

    const after = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
    try {
      expect(after.all.map((r) => r.profile.name)).toEqual(['se']);
      const counts = after.all[0].ledger.callBudget;
      // The last 24 hours hold the 1,234 calls of two hours ago; the 10 of 30 hours ago are kept for the 48 the store keeps.
      expect(counts.countSince(agreement, at.getTime() - 24 * hour)).toBe(1234);
      expect(counts.countSince(agreement, at.getTime() - 48 * hour)).toBe(1244);
    } finally {
      after.close();
    }
  });

  it('moves a further profile’s whole folder, with its backups, beside the other removed shops', async () => {
    const removed = await removeProfile(dataDir, 'se', () => at);
    expect(existsSync(join(dataDir, 'profiles', 'se'))).toBe(false);
    expect(markOf(join(removed.archivedIn, 'ledger.sqlite'))).toBe('orders of se');
    expect(ledgerOwner(removed.backup!)).toBe('se');
    // The first shop keeps the data dir's own ledger.
    expect(markOf(join(dataDir, 'ledger.sqlite'))).toBe('orders of dk');
  });

  it('keeps the last shop, and refuses a name that is no shop, changing nothing', async () => {
    await removeProfile(dataDir, 'se', () => at);
    await expect(removeProfile(dataDir, 'dk', () => at)).rejects.toThrow(LastProfileError);
    await expect(removeProfile(dataDir, 'no', () => at)).rejects.toThrow(UnknownProfileError);
    expect(Object.keys(new ConfigStore(dataDir).load().profiles)).toEqual(['dk']);
    expect(markOf(join(dataDir, 'ledger.sqlite'))).toBe('orders of dk');
  });

  it('refuses while another LedgerBridge holds the data dir', async () => {
    const profiles = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
    try {
      await expect(removeProfile(dataDir, 'se', () => at)).rejects.toThrow(/lock|another|use/i);
    } finally {
      profiles.close();
    }
    expect(Object.keys(new ConfigStore(dataDir).load().profiles)).toEqual(['dk', 'se']);
  });
});
