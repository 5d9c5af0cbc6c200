export { openLedger, LEDGER_FILE_NAME, type Ledger, type OpenLedgerOptions } from './ledger';
export { BackupInvalidError, DataDirLockedError, LedgerTooNewError, UnknownOrderError, UnknownOperationError, OperationConflictError } from './errors';
export { acquireDataDirLock, LOCK_FILE_NAME, LOCK_HOLDER_FILE_NAME, type DataDirLock } from './data-dir-lock';
export { backupLedger, backupIfDue, listBackups, restoreLedger, BACKUPS_DIR, BACKUPS_KEPT, type BackupFile, type RestoreResult } from './backup';
export { runMigrations, type MigrationResult } from './migrate';
export { migrations, type Migration } from './migrations/index';
export { ORDER_STATES, isOrderState, type OrderState } from './order-states';
export {
  OrdersRepository,
  type SeenOrder,
  type UpsertResult,
  type OrderRow,
  type OrderFacts,
  type RuleDecision,
  type TransitionOptions,
  type HistoryEntry,
  type ListQuery,
  type ListResult,
  type OrderSort,
} from './orders';
export {
  OperationsJournal,
  OPERATION_STEPS,
  type OperationStep,
  type OperationStatus,
  type OperationRecord,
  type BeginOperation,
  type BeginResult,
} from './operations';
export { WatermarksRepository } from './watermarks';
export { KeyValueStore } from './kv';
export { DaysRepository, DAY_STATES, type DayState, type DayZone, type DayEntryKind, type DayRow, type DayEntry, type DayChange } from './days';
export { EconomicFactsStore, EconomicFacts, type AgreementSeen } from './economic-facts';
export { SupervisedPeriodStore, SupervisedPeriod, type SupervisedRecord, type ManualBooking, type SupervisedEvent } from './supervised';
export { CALL_BUDGET_KEEP_MS, SqliteCallBudgetStore, type CallBucket } from './call-budget-store';
