/**
 * A local update feed over real HTTP, laid out as electron-builder publishes a release to a
 * generic provider: the installers and, per platform, the channel file naming the version and
 * each file's SHA-512 (base64) and size. It is read with electron-updater's own GenericProvider
 * and downloaded with builder-util-runtime's checksum-verifying download, the two parts of
 * electron-updater that run without Electron.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, createServer, type ClientRequest, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationToken, configureRequestUrl, HttpExecutor, type DownloadOptions, type UpdateInfo } from 'builder-util-runtime';
import type { AppUpdater } from 'electron-updater';
import type { ProviderRuntimeOptions } from 'electron-updater/out/providers/Provider';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider';
import type { UpdateSource } from '../../../main/updates';

/** builder-util-runtime's executor over node:http (the app's uses Electron's net module). */
class NodeExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    // No keep-alive pool: each request gets its own connection, so no listeners pile up on a reused socket.
    return request({ ...options, agent: false }, callback);
  }

  /** As electron-updater's own executor downloads: through DigestTransform, which checks the SHA-512. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      this.doDownload(requestOptions, { destination, options, onCancel, callback: (error) => (error ? reject(error) : resolve(destination)), responseHandler: null }, 0);
    });
  }
}

export interface Release {
  version: string;
  /** The installer's bytes as the feed serves them. */
  installer: Buffer;
  /** The bytes the channel file's SHA-512 was computed over (default: the installer's). */
  signedBytes?: Buffer;
}

const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

/** latest.yml as electron-builder writes it for an NSIS installer. */
export function channelFile(release: Release, fileName: string): string {
  const hash = sha512(release.signedBytes ?? release.installer);
  return `version: ${release.version}
files:
  - url: ${fileName}
    sha512: ${hash}
    size: ${release.installer.length}
path: ${fileName}
sha512: ${hash}
releaseDate: '2027-01-15T10:00:00.000Z'
`;
}

export interface LocalFeed {
  /** The feed's base URL for `name` (one folder per feed). */
  url(name: string): string;
  /** Publishes `release` under /name/ for Windows, macOS and Linux. */
  publish(name: string, release: Release): void;
  /** Request paths seen so far. */
  requested: string[];
  /** A folder that is deleted on close, for downloads. */
  downloads: string;
  close(): Promise<void>;
}

export async function startLocalFeed(): Promise<LocalFeed> {
  const files = new Map<string, Buffer | string>();
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://feed').pathname;
    requested.push(path);
    const body = files.get(path);
    if (body === undefined) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'Content-Type': typeof body === 'string' ? 'text/yaml' : 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const downloads = mkdtempSync(join(tmpdir(), 'lb-update-'));
  return {
    url: (name) => `${base}/${name}/`,
    publish(name, release) {
      for (const [channel, file] of [
        ['latest.yml', `LedgerBridge-Setup-${release.version}.exe`],
        ['latest-mac.yml', `LedgerBridge-${release.version}.dmg`],
        [`latest-linux${process.arch === 'x64' ? '' : `-${process.arch}`}.yml`, `LedgerBridge-${release.version}.AppImage`],
      ]) {
        files.set(`/${name}/${channel}`, channelFile(release, file));
        files.set(`/${name}/${file}`, release.installer);
      }
    },
    requested,
    downloads,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * The feed read as the installed app reads it: electron-updater's GenericProvider for the
 * platform's channel file, and a download that is refused unless its SHA-512 matches.
 */
export function genericFeedSource(feedUrl: string, platform: 'win32' | 'darwin' | 'linux', downloadDir: string): { latest(): Promise<UpdateInfo>; download(version: string): Promise<void> } {
  const executor = new NodeExecutor();
  // GenericProvider asks the updater only for a channel override and the no-cache query flag.
  const updater = { channel: null, isAddNoCacheQuery: false } as unknown as AppUpdater;
  // The provider types its executor as Electron's; it uses only HttpExecutor's part of it.
  const runtime = { executor: executor as unknown as ProviderRuntimeOptions['executor'], platform, isUseMultipleRangeRequest: false };
  const provider = new GenericProvider({ provider: 'generic', url: feedUrl }, updater, runtime);
  return {
    latest: () => provider.getLatestVersion(),
    async download(version) {
      const info = await provider.getLatestVersion();
      if (info.version !== version) throw new Error(`the feed moved on from ${version} to ${info.version}`);
      const [file] = provider.resolveFiles(info);
      await executor.download(file.url, join(downloadDir, `${version}-${platform}`), { sha512: file.info.sha512, cancellationToken: new CancellationToken() });
    },
  } satisfies UpdateSource;
}
