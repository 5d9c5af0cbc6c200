import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideUpdate, readUpdateFeed, UpdateFeedError, type UpdateInfo } from '../../../main/updates';

/** A channel file the way electron-builder publishes it beside a release (generic provider). */
const channel = (version: string, file: string) => `version: ${version}
files:
  - url: ${file}
    sha512: 3j0TpkD1qv2Vg3uJ3m1c2Wq9yGq0pX1yJ4Zb1cE3Qe4x0vKz9bP8t8aQxW6n6mJ3p1jS0vN2mUe4aQfJ0yT8Ag==
    size: 92837465
path: ${file}
sha512: 3j0TpkD1qv2Vg3uJ3m1c2Wq9yGq0pX1yJ4Zb1cE3Qe4x0vKz9bP8t8aQxW6n6mJ3p1jS0vN2mUe4aQfJ0yT8Ag==
releaseDate: '2027-01-15T10:00:00.000Z'
`;

/** A local update feed: the files under /desktop/, as the real one serves them. */
const FEED: Record<string, string> = {
  '/desktop/latest.yml': channel('1.4.0', 'LedgerBridge-Setup-1.4.0.exe'),
  '/desktop/latest-mac.yml': channel('1.4.0', 'LedgerBridge-1.4.0.dmg'),
  '/desktop/latest-linux.yml': channel('1.4.0', 'LedgerBridge-1.4.0.AppImage'),
  '/broken/latest.yml': 'version: 1.4.0\nfiles:\n  - url: LedgerBridge-Setup-1.4.0.exe\n',
  '/garbled/latest.yml': 'version: [1.4.0\n',
};

let server: Server;
let feed: string;
const requested: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const body = FEED[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/yaml' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

const offer = (version: string): UpdateInfo => ({ version, files: [{ url: `LedgerBridge-Setup-${version}.exe`, sha512: 'x' }] });

describe('the update feed', () => {
  it("reads the channel file of the running platform, with the installer's SHA-512", async () => {
    const windows = await readUpdateFeed(`${feed}/desktop/`, 'win32');
    expect(windows).toMatchObject({ version: '1.4.0', files: [{ url: 'LedgerBridge-Setup-1.4.0.exe', size: 92837465 }] });
    expect((await readUpdateFeed(`${feed}/desktop`, 'darwin')).files[0].url).toBe('LedgerBridge-1.4.0.dmg');
    expect((await readUpdateFeed(`${feed}/desktop/`, 'linux')).files[0].url).toBe('LedgerBridge-1.4.0.AppImage');
    expect(requested.slice(-3)).toEqual(['/desktop/latest.yml', '/desktop/latest-mac.yml', '/desktop/latest-linux.yml']);
  });

  it('refuses a channel file without checksums, one that is not YAML, and a missing one', async () => {
    await expect(readUpdateFeed(`${feed}/broken/`, 'win32')).rejects.toThrow(new UpdateFeedError('/broken/latest.yml on the update feed lacks a version or files with their SHA-512.'));
    await expect(readUpdateFeed(`${feed}/garbled/`, 'win32')).rejects.toThrow(UpdateFeedError);
    await expect(readUpdateFeed(`${feed}/nothing/`, 'win32')).rejects.toThrow('The update feed answered 404 for /nothing/latest.yml.');
  });
});

describe('which update to take', () => {
  it('takes a newer stable release from the feed', async () => {
    const offered = await readUpdateFeed(`${feed}/desktop/`, 'win32');
    expect(decideUpdate({ current: '1.3.2', offered, downloaded: null })).toEqual({ kind: 'download', version: '1.4.0' });
    expect(decideUpdate({ current: '1.4.0', offered, downloaded: null })).toEqual({ kind: 'up-to-date' });
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
