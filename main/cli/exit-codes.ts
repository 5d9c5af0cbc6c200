/** Exit codes of docs/contracts.md; programs outside the repo rely on them. */
export const EXIT = {
  ok: 0,
  /** Bad usage or an invalid profile. */
  usage: 2,
  /** The shop or e-conomic cannot be reached. */
  unreachable: 3,
  /** Another LedgerBridge process holds the data dir. */
  locked: 4,
  /** Anything unexpected; the message says what. */
  failure: 1,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
