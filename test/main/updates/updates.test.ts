import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateChecker, decideUpdate } from '../../../main/updates';
import { genericFeedSource, startLocalFeed, type LocalFeed } from './local-feed';

const INSTALLER_140 = Buffer.from('MZ LedgerBridge 1.4.0 installer '.repeat(64));
const INSTALLER_150 = Buffer.from('MZ LedgerBridge 1.5.0 installer '.repeat(64));

let feed: LocalFeed;
beforeAll(async () => {
  feed = await startLocalFeed();
  feed.publish('stable', { version: '1.4.0', installer: INSTALLER_140 });
  // A feed (or a network in between) that serves other bytes than the channel file vouches for.
  feed.publish('tampered', { version: '1.4.0', installer: Buffer.from('MZ something else entirely'), signedBytes: INSTALLER_140 });
  feed.publish('replayed', { version: '1.2.9', installer: Buffer.from('MZ an old signed release') });
  feed.publish('beta', { version: '1.5.0-beta.1', installer: INSTALLER_150 });
  feed.publish('moving', { version: '1.4.0', installer: INSTALLER_140 });
});
afterAll(() => feed.close());

const offer = (version: string) => ({ version });

describe("the update feed, read by electron-updater's generic provider", () => {
  it("reads the running platform's channel file as electron-builder publishes it", async () => {
    const windows = genericFeedSource(feed.url('stable'), 'win32', feed.downloads);
    expect(await windows.latest()).toMatchObject({ version: '1.4.0', files: [{ url: 'LedgerBridge-Setup-1.4.0.exe', size: INSTALLER_140.length }] });
    expect((await genericFeedSource(feed.url('stable'), 'darwin', feed.downloads).latest()).path).toBe('LedgerBridge-1.4.0.dmg');
    expect((await genericFeedSource(feed.url('stable'), 'linux', feed.downloads).latest()).path).toBe('LedgerBridge-1.4.0.AppImage');
    expect(feed.requested.filter((p) => p.startsWith('/stable/')).slice(-3)).toEqual(['/stable/latest.yml', '/stable/latest-mac.yml', expect.stringMatching(/^\/stable\/latest-linux(-\w+)?\.yml$/)]);
  });

  it('fails plainly when the feed has no channel file', async () => {
    await expect(genericFeedSource(feed.url('nothing'), 'win32', feed.downloads).latest()).rejects.toMatchObject({ code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
  });
});

describe('which update to take', () => {
  it('takes a newer stable release, and nothing when it is the running version', () => {
    expect(decideUpdate({ current: '1.3.2', offered: offer('1.4.0'), downloaded: null })).toEqual({ kind: 'download', version: '1.4.0' });
    expect(decideUpdate({ current: '1.4.0', offered: offer('1.4.0'), downloaded: null })).toEqual({ kind: 'up-to-date' });
  });

  it('never takes a downgrade (an old signed release replayed by the feed) or a pre-release', () => {
    expect(decideUpdate({ current: '1.3.2', offered: offer('1.2.9'), downloaded: null })).toEqual({ kind: 'up-to-date' });
    expect(decideUpdate({ current: '1.3.2', offered: offer('1.5.0-beta.1'), downloaded: null })).toEqual({ kind: 'up-to-date' });
    expect(decideUpdate({ current: '1.3.2', offered: offer('not-a-version'), downloaded: null })).toEqual({ kind: 'up-to-date' });
  });

  it('says "ready" once the offered release is downloaded, and fetches a yet newer one when the feed moves on', () => {
    expect(decideUpdate({ current: '1.3.2', offered: offer('1.4.0'), downloaded: '1.4.0' })).toEqual({ kind: 'ready', version: '1.4.0' });
    expect(decideUpdate({ current: '1.3.2', offered: null, downloaded: '1.4.0' })).toEqual({ kind: 'ready', version: '1.4.0' });
    expect(decideUpdate({ current: '1.3.2', offered: offer('1.5.0'), downloaded: '1.4.0' })).toEqual({ kind: 'download', version: '1.5.0' });
  });
});

describe('checking for updates against the feed', () => {
  const checker = (name: string, currentVersion = '1.3.2') => {
    const ready: string[] = [];
    const source = genericFeedSource(feed.url(name), 'win32', feed.downloads);
    return { ready, check: createUpdateChecker({ currentVersion, source, onReady: (v) => ready.push(v) }).check };
  };
  const installerDownloads = (name: string, file: string) => feed.requested.filter((p) => p === `/${name}/${file}`).length;

  it('downloads a newer release once, verifies it, and reports it ready for the tray', async () => {
    const { ready, check } = checker('stable');
    expect(await check()).toEqual({ kind: 'ready', version: '1.4.0' });
    expect(ready).toEqual(['1.4.0']);
    expect(readFileSync(join(feed.downloads, '1.4.0-win32'))).toEqual(INSTALLER_140);
    // The next tick finds the same release: nothing is fetched again, the tray is not told twice.
    expect(await check()).toEqual({ kind: 'ready', version: '1.4.0' });
    expect(ready).toEqual(['1.4.0']);
    expect(installerDownloads('stable', 'LedgerBridge-Setup-1.4.0.exe')).toBe(1);
  });

  it('refuses an installer whose bytes do not match the SHA-512 of the channel file: never "ready"', async () => {
    const { ready, check } = checker('tampered');
    await expect(check()).rejects.toThrow(/sha512 checksum mismatch/);
    expect(ready).toEqual([]);
  });

  it('leaves an old release replayed by the feed and a pre-release alone, without downloading them', async () => {
    for (const name of ['replayed', 'beta']) {
      const { ready, check } = checker(name);
      expect(await check()).toEqual({ kind: 'up-to-date' });
      expect(ready).toEqual([]);
    }
    expect(feed.requested.some((p) => /^\/(replayed|beta)\/LedgerBridge-Setup/.test(p))).toBe(false);
  });

  it('fetches the newer release when the feed moves on after one was downloaded', async () => {
    const { ready, check } = checker('moving');
    await check();
    feed.publish('moving', { version: '1.5.0', installer: INSTALLER_150 });
    expect(await check()).toEqual({ kind: 'ready', version: '1.5.0' });
    expect(ready).toEqual(['1.4.0', '1.5.0']);
    expect(existsSync(join(feed.downloads, '1.5.0-win32'))).toBe(true);
  });
});
