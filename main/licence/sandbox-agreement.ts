/**
 * The agreement number of the built-in e-conomic sandbox (main/sandbox/economic/seed.ts names
 * the same number on its side). e-conomic numbers agreements one after another and real ones
 * have at most seven digits, so no real agreement has this ten-digit number: a sandbox-only
 * licence (the demo's) is bound to it and to nothing else.
 */
export const SANDBOX_AGREEMENT_NUMBER = 9_000_000_001;
