import type { MailOutbox } from '../mail';
import type { OrderRow } from '../../shared/ipc/schemas/operations';

/** An order's invoice mail as the owner follows it: none, on its way, sent, or not sent (see the log). */
export type MailStatus = OrderRow['mailStatus'];

export function mailStatusOf(outbox: MailOutbox, orderId: string): MailStatus {
  const rows = outbox.statusForOrder(orderId);
  if (rows.length === 0) return 'none';
  if (rows.some((r) => r.status === 'failed' || r.status === 'uncertain')) return 'failed';
  if (rows.every((r) => r.status === 'sent')) return 'sent';
  return 'pending';
}
