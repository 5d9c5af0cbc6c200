import { LogStore } from '../log';
import type { LogEntry, ReportChange, ReportInput } from '../log';

/** A log store that remembers what was reported, so each cycle can notify about the news. */
export class ObservedLogStore extends LogStore {
  private reported: Array<LogEntry & { change: ReportChange }> = [];

  override report(input: ReportInput): LogEntry & { change: ReportChange } {
    const entry = super.report(input);
    this.reported.push(entry);
    return entry;
  }

  drainReported(): Array<LogEntry & { change: ReportChange }> {
    const out = this.reported;
    this.reported = [];
    return out;
  }
}
