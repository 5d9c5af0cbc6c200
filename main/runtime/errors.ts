/** The runtime's own failures, apart from the Runtime so that classify-error.ts (which the Runtime uses) can name them. */

/** Another profile of the data dir, earlier in config.json, books the same webshop in the same agreement (LB-2054). */
export class ShopSetUpTwiceError extends Error {
  constructor(
    readonly profile: string,
    readonly other: string,
  ) {
    super(`Profile "${profile}" reads the same web shop as profile "${other}" and books into the same e-conomic agreement; it is not synced, so no order is invoiced twice.`);
    this.name = 'ShopSetUpTwiceError';
  }
}

/** A profile on the webshop of a profile before it that could not be opened: it waits for that one (LB-2057). */
export class ShopWaitsForCopyError extends Error {
  constructor(
    readonly profile: string,
    readonly other: string,
  ) {
    super(`Profile "${profile}" reads the same web shop as profile "${other}", which cannot be opened now; it is not synced until "${other}" is back, so no order is invoiced twice.`);
    this.name = 'ShopWaitsForCopyError';
  }
}

export class ProfileMissingError extends Error {
  constructor(dataDir: string) {
    super(`No profile is set up in ${dataDir}. Run "ledgerbridge configure --data-dir ${dataDir} --file profile.json" first.`);
    this.name = 'ProfileMissingError';
  }
}

/**
 * A profile whose ledger could not be opened beside the others (ProfileRuntimes): the file is
 * damaged, another program holds it, or its folder cannot be read (LB-2055). `cause` is what
 * SQLite or the file system said.
 */
export class ShopNotOpenedError extends Error {
  constructor(
    readonly profile: string,
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`Profile "${profile}" cannot be opened (${file}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ShopNotOpenedError';
  }
}
