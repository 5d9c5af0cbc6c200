/** Another process already uses this data directory (the CLI maps this to exit code 4). */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    /** Null when the holder has only just taken the lock and not yet said who it is. */
    readonly holderPid: number | null,
    readonly holderStartedAt: string | null,
  ) {
    super(
      `The data directory ${dataDir} is in use by another LedgerBridge process` +
        (holderPid === null ? '' : ` (pid ${holderPid}${holderStartedAt ? `, started ${holderStartedAt}` : ''})`) +
        '. Close that window or stop that command first; only one LedgerBridge may use a data directory at a time.',
    );
  }
}

/** The ledger was written by a newer LedgerBridge than this one. */
export class LedgerTooNewError extends Error {
  override readonly name = 'LedgerTooNewError';
  constructor(
    readonly dataDir: string,
    readonly unknownVersions: number[],
  ) {
    super(
      `The ledger in ${dataDir} was updated by a newer LedgerBridge (schema versions ${unknownVersions.join(', ')} are unknown to this version). Install the newer LedgerBridge again to open it.`,
    );
  }
}

export class UnknownOrderError extends Error {
  override readonly name = 'UnknownOrderError';
  constructor(readonly orderId: string) {
    super(`Order ${orderId} is not in the ledger; it has to be fetched from the shop first.`);
  }
}

export class UnknownOperationError extends Error {
  override readonly name = 'UnknownOperationError';
  constructor(readonly key: string) {
    super(`No journal entry for operation ${key}; call begin() before the external write.`);
  }
}

/** The same Idempotency-Key was begun again with a different request body — a bug in the caller. */
export class OperationConflictError extends Error {
  override readonly name = 'OperationConflictError';
  constructor(readonly key: string) {
    super(`Operation ${key} was already started with a different request; an Idempotency-Key must always carry the same request.`);
  }
}

/** `ledgerbridge restore` was given a file that is not a sound LedgerBridge ledger. */
export class BackupInvalidError extends Error {
  override readonly name = 'BackupInvalidError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} cannot be restored: ${reason}. Choose one of the backups in the data dir's "backups" folder.`);
  }
}
