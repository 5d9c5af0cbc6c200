import { migration001Orders } from './001-orders';
import { migration002Operations } from './002-operations';
import { migration003EngineState } from './003-engine-state';
import { migration004Supervised } from './004-supervised';
import { migration005CallBudget } from './005-call-budget';
import { migration006RefundTracking } from './006-refund-tracking';
import { migration007OrderApproval } from './007-order-approval';
import { migration008DaySummaries } from './008-day-summaries';
import { migration009FewerPagesPerCommit } from './009-fewer-pages-per-commit';
import { migration010Log } from './010-log';
import { migration020MailOutbox } from './020-mail-outbox';
import { migration021AccountantMails } from './021-accountant-mails';
import { migration030CreditNotes } from './030-credit-notes';
import { migration031Payments } from './031-payments';
import { migration032DayPayments } from './032-day-payments';
import { migration033DayVouchers } from './033-day-vouchers';
import { migration034MailOutboxKeyedByRow } from './034-mail-outbox-keyed-by-row';
import { migration035StateHistoryByTrigger } from './035-state-history-by-trigger';
import { migration036DayVoucherAnswers } from './036-day-voucher-answers';
import { migration037OrderCreatedIndexed } from './037-order-created-indexed';
import { migration038DayGeneration } from './038-day-generation';
import { migration039DayVoucherBookedSeen } from './039-day-voucher-booked-seen';
import type { Migration } from './migration';

export type { Migration } from './migration';

/**
 * Every ledger migration in version order. Other modules append theirs here:
 * 1–9 ledger core, 10s log store, 20s mail outbox, 30s money flows.
 * Never renumber or edit a released migration; add a new one.
 */
export const migrations: Migration[] = [
  migration001Orders,
  migration002Operations,
  migration003EngineState,
  migration004Supervised,
  migration005CallBudget,
  migration006RefundTracking,
  migration007OrderApproval,
  migration008DaySummaries,
  migration009FewerPagesPerCommit,
  migration010Log,
  migration020MailOutbox,
  migration021AccountantMails,
  migration030CreditNotes,
  migration031Payments,
  migration032DayPayments,
  migration033DayVouchers,
  migration034MailOutboxKeyedByRow,
  migration035StateHistoryByTrigger,
  migration036DayVoucherAnswers,
  migration037OrderCreatedIndexed,
  migration038DayGeneration,
  migration039DayVoucherBookedSeen,
];
