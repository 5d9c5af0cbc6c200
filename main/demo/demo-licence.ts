/**
 * The demo licence: plan "standard", valid only against the local sandbox (sandboxOnly),
 * no expiry. Issued with scripts/issue-licence.ts and the vendor key:
 *   --licensee 'LedgerBridge demo' --plan standard --sandbox-only
 */
export const DEMO_LICENCE =
  'eyJ2IjoxLCJsaWNlbnNlZSI6IkxlZGdlckJyaWRnZSBkZW1vIiwicGxhbiI6InN0YW5kYXJkIiwiaXNzdWVkQXQiOiIyMDI2LTExLTI3VDEyOjE2OjE5Ljg3NloiLCJzYW5kYm94T25seSI6dHJ1ZX0.lFMuNGNqEBAmB29F-wZ9Xj-nM8e2GoIb8VXB85_wyCzNNxeK_K-nuSvqQaMYSa2Dwa2v6UjjhmIRQqKnxJ9iCg';
