// Issues a LedgerBridge licence signed with the vendor's Ed25519 private key.
//
//   node bin/run-ts.js scripts/issue-licence.ts --key ~/.ledgerbridge/vendor-private-key.pem \
//     --licensee "Butik ApS" --plan standard [--expires 2027-12-31] [--sandbox-only] [--agreement 1234567]
//
// The private key never lives in this repository; the app only carries the public key
// (main/licence/vendor-public-key.ts). Prints the licence on stdout.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planSchema } from '../shared/profile/schema';
import { signLicence } from '../main/licence/sign-licence';
import { verifyLicence } from '../main/licence/verify-licence';
import type { LicencePayload } from '../main/licence/licence-payload';
import { VENDOR_PUBLIC_KEY_PEM } from '../main/licence/vendor-public-key';

const USAGE = 'usage: issue-licence --key <private-key.pem> --licensee NAME --plan basic|standard|premium|enterprise|dedicated [--expires YYYY-MM-DD] [--sandbox-only] [--agreement N]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      key: { type: 'string' },
      licensee: { type: 'string' },
      plan: { type: 'string' },
      expires: { type: 'string' },
      'sandbox-only': { type: 'boolean', default: false },
      agreement: { type: 'string' },
    },
    strict: true,
  }));
} catch (err) {
  fail((err as Error).message);
}

if (!values.key) fail('--key is required.');
if (!values.licensee?.trim()) fail('--licensee is required.');
const plan = planSchema.safeParse(values.plan);
if (!plan.success) fail(`--plan must be one of ${planSchema.options.join(', ')}.`);

const payload: LicencePayload = { v: 1, licensee: values.licensee.trim(), plan: plan.data, issuedAt: new Date().toISOString() };
if (values.expires) {
  // A date means "valid through that day" (UTC).
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(values.expires) ? `${values.expires}T23:59:59.999Z` : values.expires;
  if (Number.isNaN(Date.parse(iso))) fail(`--expires must be a date like 2027-12-31; got "${values.expires}".`);
  payload.expiresAt = new Date(iso).toISOString();
}
if (values['sandbox-only']) payload.sandboxOnly = true;
if (values.agreement) {
  const n = Number(values.agreement);
  if (!Number.isInteger(n) || n <= 0) fail(`--agreement must be an e-conomic agreement number; got "${values.agreement}".`);
  payload.agreementNumber = n;
}

let privateKeyPem: string;
try {
  privateKeyPem = readFileSync(values.key, 'utf8');
} catch (err) {
  fail(`Cannot read the private key file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
}

const licence = signLicence(payload, privateKeyPem);
// Self-check against the key's own public half, so a wrong or corrupt key never ships a licence.
const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
const check = verifyLicence(licence, { publicKeyPem });
if (!check.ok) fail(`The issued licence does not verify: ${check.message}`);
if (publicKeyPem.trim() !== VENDOR_PUBLIC_KEY_PEM.trim()) {
  process.stderr.write('Note: this key is not the vendor key shipped in the app, so the app will reject this licence (fine for tests).\n');
}
process.stdout.write(`${licence}\n`);
