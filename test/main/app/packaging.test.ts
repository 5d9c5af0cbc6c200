import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { trayStateSchema } from '../../../shared/ipc/schemas/common';
import { describe, expect, it } from 'vitest';
import type { FuseConfig } from '@electron/fuses';
import Ajv from 'ajv';
import { UPDATE_FEED_URL } from '../../../main/updates';
import { parseYamlSubset, type YamlValue } from './yaml-subset';

const root = join(__dirname, '..', '..', '..');
const config = parseYamlSubset(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
// electron-builder's own JSON schema, to catch misspelt options (they are silently ignored otherwise).
const scheme = createRequire(join(root, 'package.json'))('app-builder-lib/scheme.json') as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties: Record<string, unknown> }>;
};

function section(key: string): Record<string, YamlValue> {
  return config[key] as Record<string, YamlValue>;
}

/** Width, height and colour type from a PNG's IHDR, after checking signature and data. */
function readPng(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat = bytes.indexOf('IDAT');
  const length = bytes.readUInt32BE(idat - 4);
  const pixels = inflateSync(bytes.subarray(idat + 4, idat + 4 + length));
  expect(pixels.length).toBe(height * (width * 4 + 1));
  return { width, height, colorType: bytes[25] };
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('dk.ledgerbridge.app');
    expect(config.productName).toBe('LedgerBridge');
  });

  it('packages only the build output and package.json, without sources, tests or maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!out/**/*.map', '!**/test/**']));
    expect(files.some((f) => /^(main|renderer|shared|preload|test)\//.test(f))).toBe(false);
  });

  it('uses asar and unpacks the native modules', () => {
    expect(config.asar).toBe(true);
    const unpack = config.asarUnpack as string[];
    expect(unpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**', 'node_modules/@napi-rs/keyring*/**']));
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(section('win').target).toEqual(['nsis']);
    expect(section('mac').target).toEqual(['dmg']);
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
  });

  it('keeps electron-builder default deb dependencies and adds the keychain', () => {
    const deb = section('deb');
    expect(deb.depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libsecret-1-0']));
    expect(deb.recommends).toEqual(['gnome-keyring']);
  });

  it('uses only options electron-builder knows, with values its own schema accepts', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(scheme);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('publishes releases to the generic feed the installed app reads its updates from', () => {
    expect(section('publish')).toEqual({ provider: 'generic', url: UPDATE_FEED_URL, channel: 'latest' });
  });

  it('signs Windows installers (SHA-256, timestamped) and lets an update install only when signed by the same publisher', () => {
    const win = section('win');
    expect(win.forceCodeSigning).toBe(true);
    expect(win.verifyUpdateCodeSignature).toBe(true);
    const signtool = win.signtoolOptions as Record<string, YamlValue>;
    expect(signtool.publisherName).toEqual(['LedgerBridge ApS']);
    expect(signtool.signingHashAlgorithms).toEqual(['sha256']);
    expect(signtool.rfc3161TimeStampServer).toMatch(/^https?:\/\//);
  });

  it('signs macOS builds with the hardened runtime and has them notarised by Apple', () => {
    const mac = section('mac');
    expect(mac).toMatchObject({ hardenedRuntime: true, forceCodeSigning: true, notarize: true });
  });

  it('holds no secret: certificates, passwords and Apple credentials come from the environment only', () => {
    // The options through which electron-builder would take a secret from the file instead of the environment.
    const secretOptions = /^(cscLink|cscKeyPassword|certificateFile|certificatePassword|certificateSha1|appleId|appleIdPassword|appleApiKey|appleApiIssuer|teamId|keychain|token|password)$/i;
    const walk = (value: YamlValue, path: string): string[] => {
      if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${path}[${i}]`));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(secretOptions.test(k) ? [`${path}.${k}`] : []), ...walk(v, `${path}.${k}`)]);
      return typeof value === 'string' && /\$\{env\.|BEGIN [A-Z ]*PRIVATE KEY|\.p12$|\.pfx$/.test(value) ? [path] : [];
    };
    expect(walk(config, 'config')).toEqual([]);
    // What the release machine sets instead, as the file's own comment tells it.
    const text = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    for (const name of ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'APPLE_API_KEY']) expect(text).toContain(name);
  });

  it('points at icons that exist and are real PNGs of the right size', () => {
    expect(section('directories').buildResources).toBe('build');
    expect(readPng(join(root, 'build', 'icon.png'))).toEqual({ width: 512, height: 512, colorType: 6 });
    for (const size of [16, 32, 256, 512]) expect(readPng(join(root, 'build', 'icons', `${size}x${size}.png`)).width).toBe(size);
    for (const state of trayStateSchema.options) {
      expect(readPng(join(root, 'build', 'tray', `tray-${state}.png`)).width).toBe(16);
      expect(readPng(join(root, 'build', 'tray', `tray-${state}@2x.png`)).width).toBe(32);
      expect(readPng(join(root, 'build', 'tray', `tray-${state}-256.png`)).width).toBe(256);
    }
  });
});

describe('the Electron fuses of the shipped binary', () => {
  // @electron/fuses (the library electron-builder flips them with) finds the fuse wire behind
  // this sentinel in the Electron executable: a version byte, a length byte, one byte per fuse.
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const ON = 0x31;
  const OFF = 0x30;
  // Electron's own defaults, in wire order: RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect,
  // asar integrity, only-asar, browser V8 snapshot, file:// privileges.
  const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];

  it('are flipped by the packaging step to: no running as Node, no NODE_OPTIONS, no --inspect, only the integrity-checked asar, encrypted cookies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-fuses-'));
    try {
      // A stand-in for the Electron executable electron-builder packs (it cannot be downloaded here).
      const binary = join(dir, 'LedgerBridge');
      writeFileSync(binary, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, ELECTRON_DEFAULTS.length, ...ELECTRON_DEFAULTS]), Buffer.alloc(4096, 0x90)]));

      // The packaging step: electron-builder's own translation of electronFuses, applied by @electron/fuses.
      const require = createRequire(join(root, 'package.json'));
      const { PlatformPackager } = require('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<FuseConfig> } } };
      const fuses = await import('@electron/fuses');
      await fuses.flipFuses(binary, await PlatformPackager.prototype.generateFuseConfig(config.electronFuses));

      const wire = await fuses.getCurrentFuseWire(binary);
      const state = (fuse: number) => (wire[fuse as keyof typeof wire] === ON ? 'on' : wire[fuse as keyof typeof wire] === OFF ? 'off' : 'unset');
      const O = fuses.FuseV1Options;
      expect({
        runAsNode: state(O.RunAsNode),
        nodeOptions: state(O.EnableNodeOptionsEnvironmentVariable),
        inspect: state(O.EnableNodeCliInspectArguments),
        asarIntegrity: state(O.EnableEmbeddedAsarIntegrityValidation),
        onlyAsar: state(O.OnlyLoadAppFromAsar),
        cookieEncryption: state(O.EnableCookieEncryption),
        fileProtocolPrivileges: state(O.GrantFileProtocolExtraPrivileges),
      }).toEqual({ runAsNode: 'off', nodeOptions: 'off', inspect: 'off', asarIntegrity: 'on', onlyAsar: 'on', cookieEncryption: 'on', fileProtocolPrivileges: 'off' });
      // The option names are the ones electron-builder knows (a misspelt one would be ignored silently).
      expect(Object.keys(scheme.definitions.FuseOptionsV1.properties)).toEqual(expect.arrayContaining(Object.keys(section('electronFuses'))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the YAML subset reader', () => {
  it('reads nested maps, lists, quotes, comments and booleans', () => {
    expect(parseYamlSubset('a: 1\nb:\n  c: "x # not a comment" # comment\n  d:\n    - one\n    - "!two"\ne: true\n')).toEqual({
      a: 1,
      b: { c: 'x # not a comment', d: ['one', '!two'] },
      e: true,
    });
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(() => parseYamlSubset('a: 1\n   b: 2\n')).toThrow(/line 2/);
    expect(() => parseYamlSubset('just text\n')).toThrow(/line 1/);
  });
});
