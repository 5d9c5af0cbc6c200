export { LogStore, groupKeyFor } from './log-store';
export { formatLogEntry, type FormattedLogEntry } from './format';
export type { ListQuery, ListResult, LogEntry, LogStatus, ReportChange, ReportInput } from './types';
