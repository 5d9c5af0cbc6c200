import type { OrderStatus } from './order-status';

/** The states of a daily summary (main/ledger/days.ts), as the app receives them. */
export type DayStateName = 'open' | 'closing' | 'drafted' | 'held' | 'done' | 'needs-attention';

/**
 * A daily summary in the app's one vocabulary of statuses (order-status.ts), so a day and its
 * orders read alike: a day still collecting is "in the daily summary"; a closed day that waits
 * for an order, or whose totals check failed, needs action; a frozen day being written is ready
 * to transfer (retrying after a failed write); a draft left for the owner is a draft; a booked
 * day is booked.
 */
export function dayStatusOf(state: DayStateName, reasonCode: string | null): OrderStatus {
  switch (state) {
    case 'open':
      return reasonCode ? 'action' : 'day';
    case 'closing':
    case 'drafted':
      return reasonCode ? 'retrying' : state === 'closing' ? 'ready' : 'draft';
    case 'held':
      return 'draft';
    case 'done':
      return 'booked';
    case 'needs-attention':
      return 'action';
  }
}
