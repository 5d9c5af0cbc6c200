/**
 * The vendor's Ed25519 public key. Licences are signed with the matching private key,
 * which is kept by the vendor and never in this repository (scripts/issue-licence.ts).
 */
export const VENDOR_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEALwQ2I+IiMFKcwPuvHEPyNAOa0VFxBESUxqRrHOokaOA=
-----END PUBLIC KEY-----
`;
