import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyLicence } from '../../../main/licence';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'lb-licence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const keyFile = join(dir, 'test-vendor-key.pem');
writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

function issue(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/run-ts.js'), join(root, 'scripts/issue-licence.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('scripts/issue-licence.ts', () => {
  it('prints a licence that verifies with the matching public key, valid through the given day', () => {
    const run = issue('--key', keyFile, '--licensee', 'Butik ApS', '--plan', 'premium', '--expires', '2027-12-31', '--sandbox-only', '--agreement', '7654321');
    expect(run.status).toBe(0);
    const result = verifyLicence(run.stdout.trim(), { publicKeyPem, now: new Date('2027-12-31T22:00:00Z') });
    expect(result.ok && result.payload).toMatchObject({
      licensee: 'Butik ApS',
      plan: 'premium',
      expiresAt: '2027-12-31T23:59:59.999Z',
      sandboxOnly: true,
      agreementNumber: 7654321,
    });
    expect(run.stderr).toMatch(/not the vendor key/);
  });

  it('refuses an unknown plan with usage and exit code 2', () => {
    const run = issue('--key', keyFile, '--licensee', 'Butik ApS', '--plan', 'gold');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--plan must be one of basic, standard/);
    expect(run.stdout).toBe('');
  });
});
