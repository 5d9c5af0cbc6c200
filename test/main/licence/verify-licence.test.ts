import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signLicence, verifyLicence, type LicencePayload } from '../../../main/licence';
import { DEMO_LICENCE } from '../../../main/demo/demo-licence';

// The tests' own vendor: never the real vendor private key.
function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
const vendor = keyPair();
const basic: LicencePayload = { v: 1, licensee: 'Butik ApS', plan: 'basic', issuedAt: '2026-11-01T00:00:00.000Z', agreementNumber: 1234567 };

describe('licence verification', () => {
  it('accepts a licence signed by the vendor and returns what it grants', () => {
    const licence = signLicence(basic, vendor.privateKeyPem);
    expect(verifyLicence(licence, { publicKeyPem: vendor.publicKeyPem })).toEqual({ ok: true, payload: basic });
  });

  it('rejects a licence whose payload was edited to unlock a bigger plan', () => {
    const licence = signLicence(basic, vendor.privateKeyPem);
    const [payloadPart, signature] = licence.split('.');
    const edited = { ...JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')), plan: 'premium' };
    const tampered = `${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${signature}`;
    const result = verifyLicence(tampered, { publicKeyPem: vendor.publicKeyPem });
    expect(result).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(result.ok === false && result.message).toMatch(/changed/);
  });

  it('rejects a licence signed by anyone else', () => {
    const someoneElse = keyPair();
    const forged = signLicence({ ...basic, plan: 'enterprise' }, someoneElse.privateKeyPem);
    expect(verifyLicence(forged, { publicKeyPem: vendor.publicKeyPem })).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('rejects an expired licence, saying when it expired', () => {
    const licence = signLicence({ ...basic, expiresAt: '2026-12-31T23:59:59.999Z' }, vendor.privateKeyPem);
    expect(verifyLicence(licence, { publicKeyPem: vendor.publicKeyPem, now: new Date('2026-12-31T12:00:00Z') }).ok).toBe(true);
    const result = verifyLicence(licence, { publicKeyPem: vendor.publicKeyPem, now: new Date('2027-01-01T00:00:00Z') });
    expect(result).toMatchObject({ ok: false, reason: 'expired' });
    expect(result.ok === false && result.message).toContain('2026-12-31');
  });

  it('calls damaged licence text malformed, with advice to copy it again', () => {
    const licence = signLicence(basic, vendor.privateKeyPem);
    for (const broken of ['', 'not a licence', licence.replace('.', ''), `${licence}.extra`, licence.replace(/^./, '*')]) {
      const result = verifyLicence(broken, { publicKeyPem: vendor.publicKeyPem });
      expect(result, broken).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it('ships a demo licence that the app\'s own vendor key accepts: standard, sandbox only', () => {
    const result = verifyLicence(DEMO_LICENCE);
    expect(result.ok).toBe(true);
    expect(result.ok && result.payload).toMatchObject({ licensee: 'LedgerBridge demo', plan: 'standard', sandboxOnly: true });
    expect(verifyLicence(DEMO_LICENCE, { publicKeyPem: vendor.publicKeyPem })).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses to sign with a key that is not Ed25519', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => signLicence(basic, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/Ed25519/);
  });
});
