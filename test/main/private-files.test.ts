import { chmodSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../main/ledger';
import { LogStore } from '../../main/log';
import { storeInvoicePdf } from '../../main/mail';
import { ConfigStore } from '../../main/settings';
import { createSupportBundle } from '../../main/support';
import { demoProfile } from '../../main/demo/demo-profile';
import { removeDir, tempDir } from './ledger/helpers/temp-ledger';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file and folder under dir with its mode, e.g. { 'pdf': 0o700, 'pdf/Faktura-1.pdf': 0o600 }. */
function modesUnder(dir: string, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) continue;
    out[rel] = mode(join(dir, rel));
    if (entry.isDirectory()) Object.assign(out, modesUnder(dir, rel));
  }
  return out;
}

let dir: string;
const isDir = (path: string) => statSync(join(dir, path)).isDirectory();
let umask: number;
beforeEach(() => {
  // The usual desktop umask, under which files come out world-readable unless asked otherwise.
  umask = process.umask(0o022);
  dir = join(tempDir('lb-modes-'), 'data');
});
afterEach(() => {
  process.umask(umask);
  removeDir(join(dir, '..'));
});

describe.skipIf(process.platform === 'win32')('the data dir is private to the owner', () => {
  it('is created 0700, and the ledger, config, invoice PDFs and support bundles in it 0600', () => {
    new ConfigStore(dir).saveProfile(demoProfile({ platform: 'woocommerce', shopUrl: 'http://127.0.0.1:1', economicUrl: 'http://127.0.0.1:2', smtp: { host: '127.0.0.1', port: 3 } }));
    const ledger = openLedger(dir);
    ledger.kv.set('written', true);
    storeInvoicePdf(dir, 1042, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    createSupportBundle({ dataDir: dir, shops: [{ profile: null, ledger, logStore: new LogStore(ledger.db, () => new Date()) }], config: new ConfigStore(dir).load(), appVersion: '0.1.0' });

    const modes = modesUnder(dir);
    expect(mode(dir)).toBe(0o700);
    expect(Object.keys(modes)).toEqual(expect.arrayContaining(['config.json', 'ledger.sqlite', 'ledger.sqlite-wal', 'ledger.sqlite-shm', 'pdf', 'pdf/Faktura-1042.pdf', 'support']));
    for (const [path, m] of Object.entries(modes)) expect([path, m.toString(8)]).toEqual([path, isDir(path) ? '700' : '600']);
    ledger.close();
  });

  it('tightens an install made before, on the next start', () => {
    // An install as an earlier version left it under umask 022: folders 0755, files 0644.
    openLedger(dir).close();
    storeInvoicePdf(dir, 7, new Uint8Array([1]));
    mkdirSync(join(dir, 'support'));
    writeFileSync(join(dir, 'support', 'ledgerbridge-support-old.json'), '{}');
    writeFileSync(join(dir, 'config.json'), '{}');
    for (const path of Object.keys(modesUnder(dir))) chmodSync(join(dir, path), isDir(path) ? 0o755 : 0o644);
    chmodSync(dir, 0o755);
    // A link to something outside is not followed: chmod would change its target, which is not ours.
    const outside = join(dir, '..', 'outside.txt');
    writeFileSync(outside, 'not ours', { mode: 0o644 });
    symlinkSync(outside, join(dir, 'pdf', 'link.pdf'));

    openLedger(dir).close();

    expect(mode(dir)).toBe(0o700);
    const modes = modesUnder(dir);
    expect(Object.keys(modes)).toEqual(expect.arrayContaining(['config.json', 'ledger.sqlite', 'pdf/Faktura-7.pdf', 'support/ledgerbridge-support-old.json']));
    for (const [path, m] of Object.entries(modes)) expect([path, m.toString(8)]).toEqual([path, isDir(path) ? '700' : '600']);
    expect(mode(outside)).toBe(0o644);
  });
});
